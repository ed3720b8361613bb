import { describe, expect, it } from 'vitest';
import { analyse, comparableQuestion, foldText, stem } from '../../../src/core/search/normalize';
import { isNeverAnswered } from '../../../src/core/search/neverAnswer';
import { editDistance } from '../../../src/core/search/spelling';

const terms = (text: string): string[] => analyse(text).terms;

describe('analyse', () => {
  it('folds case, accents, curly apostrophes and punctuation', () => {
    expect(foldText('Éskétamine — what’s THAT?!')).toBe("esketamine what's that");
  });

  it.each([
    ['dont', ['not']],
    ["don't", ['not']],
    ['u r', []],
    ['b4 2day', ['befor', 'today']],
  ])('expands shorthand and contractions: "%s"', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('maps different words for one idea to the same term', () => {
    expect(terms('how much')).toEqual(terms('price'));
    expect(terms('nasal spray')).toEqual(terms('Spravato'));
    expect(terms('IV')).toEqual(terms('drip'));
    expect(terms('coverage')).toEqual(terms('insurance'));
    expect(terms('driving')).toEqual(terms('car'));
  });

  it('keeps esketamine distinct from Spravato while linking them', () => {
    expect(terms('esketamine')).toEqual(expect.arrayContaining(terms('spravato')));
    expect(terms('esketamine')).not.toEqual(terms('spravato'));
  });

  it('keeps "nurse" (staff) apart from "nursing" (breastfeeding)', () => {
    expect(terms('nursing')).toEqual(terms('breastfeeding'));
    expect(terms('nurse')).not.toEqual(terms('nursing'));
  });

  it('corrects a misspelling only when a correction function is given', () => {
    const correct = (word: string): string | undefined => (word === 'insurence' ? 'insurance' : undefined);
    expect(analyse('insurence', { correct }).terms).toEqual(terms('insurance'));
    expect(analyse('insurence').terms).not.toEqual(terms('insurance'));
  });

  it('stems word forms together', () => {
    expect(stem('drives')).toBe(stem('drive'));
    expect(stem('driving')).toBe(stem('drive'));
    expect(stem('note')).not.toBe(stem('not'));
  });

  it('compares example questions without case, punctuation or shorthand', () => {
    expect(comparableQuestion('Whats the COST?')).toBe(comparableQuestion('what is the cost'));
  });
});

describe('spelling distance', () => {
  it.each([
    ['sied', 'side', 1],
    ['ketamin', 'ketamine', 1],
    ['skitzophrenia', 'schizophrenia', 3],
  ])('%s -> %s is %i edits', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });
});

describe('requests the search never answers', () => {
  it.each([
    'where can i buy ketamine',
    'can I order ketamine online?',
    'how much ketamine should i take at home',
    'how many mg for a k hole',
    'whats the dose for my dog',
    'how to get ketamine without a prescription',
    'can you refill my prescription',
  ])('"%s"', (message) => {
    expect(isNeverAnswered(message)).toBe(true);
  });

  it.each(['how much does it cost', 'is ketamine legal', "isn't it a horse tranquilizer", 'can I take it at home'])('lets "%s" through', (message) => {
    expect(isNeverAnswered(message)).toBe(false);
  });
});
