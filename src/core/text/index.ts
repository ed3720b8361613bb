/**
 * The one text front end, shared by safety, search and routing: one Unicode fold, one word
 * splitter, one shorthand table. Each consumer adds its own later stages (safety: risk vocabulary
 * and misspellings; search: synonyms, stems and spelling correction; routing: conversation control).
 */
import { expandShorthand } from './shorthand';

export { expandShorthand, SHORTHAND } from './shorthand';

/** Case, accents, curly quotes and punctuation folded away; apostrophes kept inside words; letters stretched past two cut to two. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/\bw\/o\b/g, ' without ')
    .replace(/\bw\//g, ' with ')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .trim();
}

export function splitWords(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}

export interface FrontEndText {
  /** The folded message. */
  folded: string;
  /** Its words with shorthand spelled out ("u r" -> "you are"). */
  words: string[];
}

export function frontEnd(text: string): FrontEndText {
  const folded = foldText(typeof text === 'string' ? text : '');
  const words: string[] = [];
  let previous: string | undefined;
  for (const raw of splitWords(folded)) {
    for (const word of expandShorthand(raw, previous)) if (word !== '') words.push(word);
    previous = raw;
  }
  return { folded, words };
}
