import { describe, expect, it } from 'vitest';
import { canonicalWord, editDistanceWithin, normalizeForSafety, segmentWord } from '../../../src/core/safety/normalize';

const normal = (text: string): string => normalizeForSafety(text).text.trim();

describe('normalizeForSafety', () => {
  it.each([
    ['case and apostrophes', "I Don't WANT to", 'i dont want to'],
    ['curly apostrophes', 'I’m done', 'im done'],
    ['stretched letters', 'sooo tiiired', 'so tired'],
    ['shorthand', 'i wanna die rn', 'i want to die right now'],
    ['kms', 'kms', 'kill myself'],
    ['spaced letters', 'k i l l myself', 'kill myself'],
    ['spelled-out phrase', 'i w a n t t o d i e', 'i want to die'],
    ['dotted letters', 's.u.i.c.i.d.e', 'suicide'],
    ['hyphens', 'self-harm', 'self harm'],
    ['leetspeak', 'su1c1de d1e', 'suicide die'],
    ['censoring', 'k*ll mys*lf', 'kill myself'],
    ['fullwidth letters', 'ｋｉｌｌ', 'kill'],
    ['mathematical letters', '𝖉𝖎𝖊', 'die'],
    ['zero-width and soft hyphen', 'k\u200bil\u00adl', 'kill'],
    ['accents', 'quiero morír, más', 'quiero morir , mas'],
    ['Cyrillic look-alikes', 'diе', 'die'],
    ['small capitals', 'ᴅɪᴇ', 'die'],
    ['split reflexive', 'kill my self', 'kill myself'],
    ['self-esteem stays', 'my self esteem', 'my self esteem'],
    ['run-together words', 'killmyself', 'kill myself'],
    ['a word that only looks run-together', 'friend', 'friend'],
    ['2 for to', 'want 2 die', 'want to die'],
    ['numbers stay', 'take 2 pills at 10am, call 988', 'take 2 pills at 10am , call 988'],
    ['negation contractions', 'i do not want', 'i dont want'],
    ['short words are not "corrected"', 'my son', 'my son'],
  ])('handles %s: %j -> %j', (_what, input, expected) => {
    expect(normal(input)).toBe(expected);
  });

  it.each([
    ['a sentence end', 'i am fine. i want to die', 'im fine . i want to die'],
    ['a question', 'is it safe?? i guess', 'is it safe ? i guess'],
    ['a blank line', 'first\n\nsecond', 'first . second'],
    ['a single line break (no boundary)', 'i want to\ndie', 'i want to die'],
    ['a dash between clauses', 'tired - so tired', 'tired , so tired'],
  ])('marks %s as a boundary token', (_what, input, expected) => {
    expect(normal(input)).toBe(expected);
  });

  it('pads the text and records where each token starts', () => {
    const doc = normalizeForSafety('I want. To');
    expect(doc.text).toBe(' i want . to ');
    expect(doc.tokens).toEqual(['i', 'want', '.', 'to']);
    for (let i = 0; i < doc.tokens.length; i++) expect(doc.text.slice(doc.starts[i], (doc.starts[i] as number) + (doc.tokens[i] as string).length)).toBe(doc.tokens[i]);
  });

  it('returns an empty token list for text with no words', () => {
    expect(normalizeForSafety('... !!! 🙂').tokens).toEqual([]);
  });
});

describe('canonicalWord', () => {
  it.each([
    ['sucide', 'suicide'],
    ['suicdal', 'suicidal'],
    ['myslef', 'myself'],
    ['kil', 'kill'],
    ['killin', 'killing'],
    ['overdone', 'overdone'],
    ['commuting', 'commuting'],
    ['soon', 'soon'],
  ])('maps %j to %j', (raw, expected) => {
    expect(canonicalWord(raw)).toBe(expected);
  });
});

describe('editDistanceWithin', () => {
  it.each([
    ['suicide', 'sucide', 1],
    ['myself', 'myslef', 1],
    ['kitten', 'sitting', 3],
  ])('%j to %j is %d', (a, b, d) => {
    expect(editDistanceWithin(a, b, 5)).toBe(d);
  });

  it('gives up early once the distance is over the limit', () => {
    expect(editDistanceWithin('suicide', 'pancake', 2)).toBe(3);
  });
});

describe('segmentWord', () => {
  it('splits run-together words into known words, or not at all', () => {
    expect(segmentWord('iwanttodie')).toEqual(['i', 'want', 'to', 'die']);
    expect(segmentWord('qzxv')).toBeUndefined();
  });
});
