import { describe, expect, it } from 'vitest';
import type { Choice } from '../../../src/core/reply';
import { matchChoice } from '../../../src/core/render';

const treatments: Choice[] = [
  { label: 'IV ketamine infusion', value: 'iv' },
  { label: 'Spravato nasal spray', value: 'spravato', synonyms: ['esketamine'] },
  { label: 'Not sure yet', value: 'unsure' },
];

const yesNo: Choice[] = [
  { label: 'Yes', value: 'yes' },
  { label: 'No', value: 'no' },
];

describe('matchChoice', () => {
  it.each([
    // by number
    ['1', 'iv'],
    ['2', 'spravato'],
    ['#2', 'spravato'],
    ['2.', 'spravato'],
    [' 3) ', 'unsure'],
    ['option 2', 'spravato'],
    ['Option #3', 'unsure'],
    ['number 1', 'iv'],
    // by position
    ['first', 'iv'],
    ['the first one', 'iv'],
    ['second', 'spravato'],
    ['the second one', 'spravato'],
    ['2nd', 'spravato'],
    ['3rd please', 'unsure'],
    ['the last one', 'unsure'],
    ['last', 'unsure'],
    ['two', 'spravato'],
    // by label, value or synonym, ignoring case and punctuation
    ['Spravato nasal spray', 'spravato'],
    ['spravato NASAL spray!!', 'spravato'],
    ['iv', 'iv'],
    ['unsure', 'unsure'],
    ['Esketamine', 'spravato'],
    ['not sure yet.', 'unsure'],
    // by words only one label has
    ['spravato', 'spravato'],
    ['Spravato please', 'spravato'],
    ['nasal sprays', 'spravato'],
    ['infusion', 'iv'],
    ['ketamine', 'iv'],
    ['not sure', 'unsure'],
  ])('when the patient types %j, then %s is picked', (input, expected) => {
    expect(matchChoice(input, treatments)?.value).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['4'],
    ['0'],
    ['fifth'],
    ['I do not want spravato'],
    ['no spravato'],
    ['what does it cost?'],
    ['the'],
    ['a'],
  ])('when the patient types %j, then nothing is picked', (input) => {
    expect(matchChoice(input, treatments)).toBeUndefined();
  });

  it.each([
    ['yes', 'yes'],
    ['Yes!', 'yes'],
    ['yeah', 'yes'],
    ['Y', 'yes'],
    ['yes please', 'yes'],
    ['no', 'no'],
    ['Nope', 'no'],
    ['no thanks', 'no'],
    ['2', 'no'],
  ])('when a yes/no question gets %j, then %s is picked', (input, expected) => {
    expect(matchChoice(input, yesNo)?.value).toBe(expected);
  });

  it('when a word appears in two labels, then the answer is ambiguous and nothing is picked', () => {
    const visits: Choice[] = [
      { label: 'First visit', value: 'first-visit' },
      { label: 'Follow-up visit', value: 'follow-up' },
    ];
    expect(matchChoice('visit', visits)).toBeUndefined();
    expect(matchChoice('follow up', visits)?.value).toBe('follow-up');
  });

  it('when a position word points at one choice but a label word at another, then nothing is picked', () => {
    const choices: Choice[] = [
      { label: 'Cost', value: 'cost' },
      { label: 'My first visit', value: 'first-visit' },
    ];
    expect(matchChoice('first', choices)).toBeUndefined();
    expect(matchChoice('1', choices)?.value).toBe('cost');
  });

  it('when two choices share a label, then typing it picks neither', () => {
    const duplicated: Choice[] = [
      { label: 'Call us', value: 'call-a' },
      { label: 'Call us', value: 'call-b' },
    ];
    expect(matchChoice('call us', duplicated)).toBeUndefined();
  });

  it('when a label is itself a number, then typing it picks that label rather than the position', () => {
    const hours: Choice[] = [
      { label: '2', value: 'two-hours' },
      { label: '1', value: 'one-hour' },
    ];
    expect(matchChoice('1', hours)?.value).toBe('one-hour');
  });

  it('when "None of these" has synonyms, then they pick it', () => {
    const options: Choice[] = [...treatments, { label: 'None of these', value: 'none', synonyms: ['none', 'neither', 'no'] }];
    expect(matchChoice('neither', options)?.value).toBe('none');
    expect(matchChoice('no', options)?.value).toBe('none');
    expect(matchChoice('4', options)?.value).toBe('none');
  });
});
