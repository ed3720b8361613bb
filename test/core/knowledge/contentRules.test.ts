import { describe, expect, it } from 'vitest';
import { countWords, findForbiddenContent } from '../../../src/core/knowledge/contentRules';

describe('forbidden content', () => {
  const forbidden: [string, string, string][] = [
    ['a dose in mg', 'The usual dose is 56 mg.', 'dose amount'],
    ['a dose per kilogram', 'Infusions use 0.5 mg/kg over 40 minutes.', 'dose amount'],
    ['milligrams written out', 'Each device holds twenty-eight milligrams.', 'dose amount'],
    ['a measured amount', 'Mix 2 ml with water.', 'measured amount'],
    ['take N pills', 'Take two pills before bed.', '"take N ..."'],
    ['use N sprays', 'Use 3 sprays in each nostril.', '"take N ..."'],
    ['buying ketamine', 'Some people buy ketamine from friends.', 'buying or ordering ketamine'],
    ['ordering online', 'You can order it online in minutes.', 'ordering online'],
    ['the dark web', 'Avoid the dark web.', 'dark web'],
    ['where to get it', 'Here is where to get ketamine safely.', 'where to get something'],
    ['a price', 'A session costs $450.', 'states a price ($450)'],
    ['a price in words', 'It is about 400 dollars.', 'states a price (400 dollars)'],
  ];

  it.each(forbidden)('rejects %s', (_case, text, expected) => {
    const messages = findForbiddenContent(text);
    expect(messages.some((message) => message.includes(expected))).toBe(true);
  });

  const allowed: [string, string][] = [
    ['ordinary advice', 'Tell your clinician about every medicine you take, and never stop one on your own.'],
    ['a number of sessions', 'A first course is often six infusions over two or three weeks.'],
    ['a duration', 'You stay at least 2 hours after the dose.'],
    ['the ride home', 'Take a friend with you, and plan to rest for the rest of the day.'],
    ['where to get help', 'If you are in crisis, {{crisis.line}} any time.'],
  ];

  it.each(allowed)('accepts %s', (_case, text) => {
    expect(findForbiddenContent(text)).toEqual([]);
  });

  it('accepts a sourced amount only when the entry lists it in allowed_prices', () => {
    const text = 'Eligible patients may pay $10 per treatment, up to $7,150 a year.';
    expect(findForbiddenContent(text, { allowedPrices: ['$10', '$7,150'] })).toEqual([]);
    expect(findForbiddenContent(text, { allowedPrices: ['$10'] })[0]).toContain('states a price ($7,150)');
  });
});

describe('word count', () => {
  it('counts the words a patient reads, not link targets or list markers', () => {
    expect(countWords('- **Call** [our front desk](https://example.org/a/very/long/path) today.')).toBe(5);
  });
});
