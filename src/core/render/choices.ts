import type { Choice } from '../reply';

/** Words around a pick that do not change it: "option 2 please", "the second one". */
const FILLERS = new Set([
  'the', 'option', 'opt', 'choice', 'number', 'num', 'nr', 'please', 'pls', 'plz', 'thanks', 'thank', 'you',
  'i', 'want', 'pick', 'choose', 'select', 'take', 'go', 'with', 'for', 'me', 'll', 'd', 'like', 'id', 'im',
]);

/** Words too common to identify a choice by themselves. Negations are deliberately absent everywhere. */
const STOPWORDS = new Set(['a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'my', 'your', 'is', 'it', 'about', 'one']);

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** Ways of saying yes or no that should pick a plain "Yes" or "No" choice. */
const YES_NO_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  yes: ['y', 'yeah', 'yep', 'yup', 'sure'],
  no: ['n', 'nope', 'nah'],
};

/**
 * The choice a typed reply picks, or undefined when it picks none or could mean more than one.
 * Accepts the number ("2", "#2", "option 2"), the position ("second", "2nd", "the last one"),
 * the label or value, a synonym, or words found in only one label ("spravato").
 */
export function matchChoice(input: string, choices: readonly Choice[]): Choice | undefined {
  const text = normalise(input);
  if (!text || choices.length === 0) return undefined;
  // Each choice's phrases, normalised once for all the tests below.
  const phrased = choices.map((choice) => ({ choice, phrases: phrasesOf(choice) }));

  const whole = choicesSaying(text, phrased);
  if (whole.length > 0) return unique(whole);

  const tokens = text.split(' ').filter((token) => !FILLERS.has(token));
  if (tokens.length === 0) return undefined;
  const withoutFillers = tokens.join(' ');
  if (withoutFillers !== text) {
    const stripped = choicesSaying(withoutFillers, phrased);
    if (stripped.length > 0) return unique(stripped);
  }

  const position = positionOf(tokens, choices.length);
  const byPosition = position === undefined ? undefined : choices[position - 1];
  const byWords = unique(choicesContainingWords(tokens, phrased));
  if (byPosition && byWords && byPosition !== byWords) return undefined;
  return byPosition ?? byWords;
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function unique(matches: readonly Choice[]): Choice | undefined {
  const distinct = [...new Set(matches)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

function phrasesOf(choice: Choice): string[] {
  const phrases = [choice.label, choice.value, ...(choice.synonyms ?? [])].map(normalise).filter(Boolean);
  const builtIn = phrases.flatMap((phrase) => YES_NO_SYNONYMS[phrase] ?? []);
  return [...phrases, ...builtIn];
}

interface PhrasedChoice {
  choice: Choice;
  phrases: string[];
}

function choicesSaying(text: string, phrased: readonly PhrasedChoice[]): Choice[] {
  return phrased.filter(({ phrases }) => phrases.includes(text)).map(({ choice }) => choice);
}

/** 1-based position named by the tokens, if they name one within range. */
function positionOf(tokens: readonly string[], count: number): number | undefined {
  // "the second one", "last one": the trailing "one" is a pronoun, not the number 1.
  const words = tokens.length > 1 ? tokens.filter((token) => token !== 'one') : tokens;
  if (words.length !== 1) return undefined;
  const word = words[0] ?? '';
  const position = word === 'last' ? count : /^\d+$/.test(word) ? Number(word) : ordinalNumber(word);
  return position !== undefined && position >= 1 && position <= count ? position : undefined;
}

function ordinalNumber(word: string): number | undefined {
  const numbered = /^(\d+)(st|nd|rd|th)$/.exec(word);
  if (numbered) return Number(numbered[1]);
  return Object.prototype.hasOwnProperty.call(ORDINALS, word) ? ORDINALS[word] : undefined;
}

/** Choices whose words include every meaningful word typed; a plural "s" is ignored. */
function choicesContainingWords(tokens: readonly string[], phrased: readonly PhrasedChoice[]): Choice[] {
  const wanted = tokens.filter((token) => !STOPWORDS.has(token)).map(stem);
  if (wanted.length === 0) return [];
  return phrased
    .filter(({ phrases }) => {
      const words = new Set(phrases.flatMap((phrase) => phrase.split(' ')).map(stem));
      return wanted.every((word) => words.has(word));
    })
    .map(({ choice }) => choice);
}

function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
