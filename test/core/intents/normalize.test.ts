import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, normalizeText } from '../../../src/core/intents/normalize';

describe('normalizeText', () => {
  it.each([
    ["Don't CANCEL!!", 'do not cancel'],
    ['I’m here', 'i am here'],
    ['can u plz move my appt 2moro', 'can you please move my appointment tomorrow'],
    ['wat r ur hrs', 'what are your hours'],
    ['hellooooo', 'hello'],
    ['heyyy', 'hey'],
    ['hii', 'hi'],
    ['pleeeease', 'please'],
    ['nvm', 'never mind'],
    ['thx, ttyl', 'thanks talk to you later'],
    ['café  résumé', 'cafe resume'],
    ['w/ my partner & me', 'with my partner and me'],
    ['can i talk 2 someone', 'can i talk to someone'],
    ['is it 2 hours', 'is it 2 hours'],
    ['how much $$$', 'how much $'],
  ])('when a patient writes %j, then the recognizer reads %j', (raw, expected) => {
    expect(normalizeText(raw).text).toBe(expected);
  });

  it('when punctuation is dropped, then a question mark is still remembered', () => {
    expect(normalizeText('open today?')).toEqual({ text: 'open today', tokens: ['open', 'today'], hadQuestionMark: true });
    expect(normalizeText('open today').hadQuestionMark).toBe(false);
  });

  it('when the message has no readable words, then it normalizes to nothing', () => {
    expect(normalizeText('?!… 😊')).toEqual({ text: '', tokens: [], hadQuestionMark: true });
  });

  it('when a word is also a JavaScript property name, then it is kept as a plain word', () => {
    expect(normalizeText('constructor toString __proto__').text).toBe('constructor tostring proto');
  });

  it('when the message is very long, then only the first part is read', () => {
    const long = `${'a'.repeat(MAX_INPUT_CHARS)} cancel`;
    expect(normalizeText(long).tokens).not.toContain('cancel');
  });

  it('when the input is not a string, then it normalizes to nothing instead of throwing', () => {
    expect(normalizeText(undefined).text).toBe('');
    expect(normalizeText(42).text).toBe('');
  });
});
