/**
 * Turns whatever a person typed into a plain token stream the safety rules can match:
 * lower case, ASCII where possible, one space between tokens, and clause boundaries as
 * their own tokens ("." for sentence ends, "?" for questions, "," for soft breaks).
 *
 * It undoes the ways real messages differ from dictionary text: unicode look-alikes and
 * invisible characters, accents, missing apostrophes, stretched letters (diiie), leetspeak
 * (su1cide), spaced or dotted letters (k i l l), censoring (k*ll), texting shorthand (wanna,
 * rn, kms) and common misspellings of the words the rules care about.
 */
import { canonicalWord, lookupWord, segmentWord } from './spelling';

export { canonicalWord, editDistanceWithin, segmentWord } from './spelling';

export interface NormalizedText {
  /** " tok tok . tok " — padded with spaces so every token is bounded by a space on both sides. */
  text: string;
  tokens: string[];
  /** Offset in `text` of the first character of each token. */
  starts: number[];
  /** The message opens with a quote mark: a leading boundary is dropped, but a quote there may be someone else's words. */
  opensWithQuote?: boolean;
}

export const BOUNDARY_TOKENS: ReadonlySet<string> = new Set(['.', '?', ',']);

// Invisible or formatting characters people (or copy-paste) put inside words.
// (Combining ones are listed outside the character class so each is matched on its own.)
const INVISIBLE = /[\u00AD\u061C\u115F\u1160\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]|\u034F|\u17B4|\u17B5|\u180B|\u180C|\u180D|\u180E|\u180F|\uFE00|\uFE01|\uFE02|\uFE03|\uFE04|\uFE05|\uFE06|\uFE07|\uFE08|\uFE09|\uFE0A|\uFE0B|\uFE0C|\uFE0D|\uFE0E|\uFE0F|\uDB40[\uDC00-\uDCFF]/g;
const COMBINING_MARKS = /\p{M}+/gu;
/** Anything but printable ASCII, tab and line breaks sends the text through full Unicode folding. */
const NEEDS_FOLDING = /[^\t\n\r\x20-\x7e]/;

// Letters from other scripts that look like Latin ones (NFKC leaves these alone).
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', к: 'k', м: 'm', т: 't', ԁ: 'd', ӏ: 'l', һ: 'h', ԛ: 'q', ԝ: 'w',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ς: 's',
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe',
};
const LOOKALIKE_CHARS = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');
const APOSTROPHES = new Set(["'", '’', '‘', '`', '´', 'ʼ', '′', 'ʹ']);
/** Symbols that stand in for letters inside a word (k!ll, $uicide, su*cide). */
const LEET_SYMBOLS = new Set(['!', '|', '$', '@', '*']);
const SENTENCE_ENDS = new Set(['.', '!', ';', ':', '…', '¡', '¿', '。', '！', '？']);
const QUESTION_MARKS = new Set(['?', '？']);
const SOFT_BREAKS = new Set([',', '—', '–', '(', ')', '[', ']', '"', '“', '”', '«', '»']);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII_WORD_RUN = /[a-z0-9]+/y;

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  return code > 127 && WORD_CHAR.test(c);
}
function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code > 127 && /\p{L}/u.test(c));
}

/** Unicode clean-up: compatibility forms, invisible characters, case, accents, look-alikes. */
export function foldCharacters(raw: string): string {
  if (!NEEDS_FOLDING.test(raw)) return raw.toLowerCase(); // nothing to fold; the common case
  const folded = raw.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
  return folded.replace(LOOKALIKE_CHARS, (c) => LOOKALIKES[c] ?? c);
}

/** Splits folded text into raw word tokens and boundary tokens. */
export function splitTokens(s: string): string[] {
  const tokens: string[] = [];
  let word = '';
  // Inside single quotes: "my son said 'im done'" quotes him, and the rules must see where his words start and end.
  let singleQuoted = false;
  const flush = (): void => {
    if (word) tokens.push(word);
    word = '';
  };
  const pushBoundary = (b: string): void => {
    flush();
    const last = tokens[tokens.length - 1];
    if (last === undefined) return; // nothing before it: a leading boundary carries no meaning
    if (BOUNDARY_TOKENS.has(last)) {
      // Keep the strongest of a run of marks ("?!" is a question, ".," a sentence end).
      if (b === '?' || (b === '.' && last === ',')) tokens[tokens.length - 1] = b;
      return;
    }
    tokens.push(b);
  };
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 32) {
      flush(); // the most common character by far: decide it first
      continue;
    }
    const c = s[i] as string;
    const next = s[i + 1];
    if (isWordChar(c)) {
      ASCII_WORD_RUN.lastIndex = i;
      const run = ASCII_WORD_RUN.exec(s);
      if (run && run[0].length > 1) {
        word += run[0];
        i += run[0].length - 1;
      } else word += c;
    } else if (APOSTROPHES.has(c) && word && isWordChar(next)) {
      // don't -> dont: people drop apostrophes anyway, so the rules never expect them
    } else if (APOSTROPHES.has(c) && !word && !singleQuoted && isLetter(next)) {
      singleQuoted = true;
      pushBoundary(',');
    } else if (APOSTROPHES.has(c) && singleQuoted && !isWordChar(next)) {
      singleQuoted = false;
      pushBoundary(',');
    } else if (LEET_SYMBOLS.has(c) && ((word && (isWordChar(next) || (next !== undefined && LEET_SYMBOLS.has(next) && isWordChar(s[i + 2])))) || (!word && (c === '$' || c === '@') && isLetter(next)))) {
      word += c;
    } else if ((c === '-' || c === '_') && word && isWordChar(next)) {
      flush(); // self-harm -> self harm; k-i-l-l -> k i l l
    } else if (c === '.' && word.length === 1 && isLetter(next) && !isLetter(s[i + 2])) {
      flush(); // k.i.l.l: dots between single letters are spelling, not sentence ends
    } else if (c === '\n') {
      if (next === '\n' || next === '\r') pushBoundary('.');
      else flush();
    } else if (QUESTION_MARKS.has(c)) {
      pushBoundary('?');
    } else if (SENTENCE_ENDS.has(c)) {
      pushBoundary('.');
    } else if (SOFT_BREAKS.has(c) || ((c === '-' || c === '~') && !word)) {
      pushBoundary(',');
    } else {
      flush();
    }
  }
  flush();
  while (tokens.length > 0 && BOUNDARY_TOKENS.has(tokens[tokens.length - 1] as string)) tokens.pop();
  return tokens;
}

// ---------------------------------------------------------------------------------------
// Stream-level repair

const SINGLE_LETTER = /^[a-z]$/;

function hasSingleLetterRun(tokens: readonly string[]): boolean {
  let run = 0;
  for (const t of tokens) {
    run = t.length === 1 && SINGLE_LETTER.test(t) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/** "k i l l" and "i w a n t t o d i e": runs of single letters spell a word or a phrase. */
function joinSpelledOut(tokens: string[]): string[] {
  if (!hasSingleLetterRun(tokens)) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && SINGLE_LETTER.test(tokens[j] as string)) j++;
    if (j - i >= 3) {
      const joined = tokens.slice(i, j).join('');
      const pieces = lookupWord(joined) !== undefined ? [joined] : segmentWord(joined);
      if (pieces) out.push(...pieces);
      else out.push(...tokens.slice(i, j));
      i = j;
    } else {
      out.push(tokens[i] as string);
      i++;
    }
  }
  return out;
}

const SELF_NOUN_COMPOUNDS = new Set(['esteem', 'worth', 'image', 'confidence', 'care', 'respect', 'doubt', 'control', 'talk', 'awareness', 'help', 'pity', 'love']);
const PAIR_MERGES: Readonly<Record<string, string>> = {
  'un alive': 'unalive', 'un aliving': 'unaliving', 'un alived': 'unalived', 'sewer slide': 'suicide', 'sewer sliding': 'suicide',
  'no one': 'nobody', 'can not': 'cant', 'do not': 'dont', 'does not': 'doesnt', 'did not': 'didnt', 'will not': 'wont', 'would not': 'wouldnt',
  'could not': 'couldnt', 'should not': 'shouldnt', 'is not': 'isnt', 'are not': 'arent', 'was not': 'wasnt', 'were not': 'werent', 'have not': 'havent',
  'has not': 'hasnt', 'i am': 'im', 'i will': 'ill', 'i would': 'id', 'it will': 'itll', 'it is': 'its', 'there is': 'theres', 'he is': 'hes', 'she is': 'shes',
  'they are': 'theyre', 'he would': 'hed', 'she would': 'shed', 'they would': 'theyd', 'you are': 'youre', 'kill ur': 'kill your',
};
const REFLEXIVE_MERGES: Readonly<Record<string, string>> = { my: 'myself', him: 'himself', her: 'herself', your: 'yourself', them: 'themselves', our: 'ourselves' };
/** After these, a bare "2" is the word "to" (want 2 die). */
const BEFORE_TO = new Set(['want', 'going', 'need', 'ready', 'have', 'deserve', 'like', 'wish', 'trying', 'try', 'plan', 'planning', 'about', 'decided', 'tempted', 'supposed', 'urge', 'able', 'used', 'wanting', 'wants', 'needs']);

const PAIR_FIRST_WORDS = new Set([...Object.keys(PAIR_MERGES).map((pair) => pair.split(' ')[0] as string), ...Object.keys(REFLEXIVE_MERGES), 'any', '2', 'too']);
/** Verbs after which "too" is a slip for "to" ("i want too die"), never "also". */
const TOO_AS_TO_BEFORE = new Set(['die', 'kill', 'end', 'disappear', 'sleep', 'hurt', 'cut', 'overdose', 'jump', 'unalive', 'suicide', 'dye']);

function mergePairs(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!PAIR_FIRST_WORDS.has(t)) {
      out.push(t); // most tokens start no pair; skip building keys for them
      continue;
    }
    const next = tokens[i + 1];
    if (next !== undefined) {
      const pair = PAIR_MERGES[`${t} ${next}`];
      if (pair !== undefined) {
        out.push(pair);
        i++;
        continue;
      }
      const reflexive = REFLEXIVE_MERGES[t];
      if (reflexive !== undefined && (next === 'self' || next === 'selves' || next === 'selfs') && !SELF_NOUN_COMPOUNDS.has(tokens[i + 2] ?? '')) {
        out.push(reflexive);
        i++;
        continue;
      }
      if (t === 'any' && next === 'more' && (tokens[i + 2] === undefined || BOUNDARY_TOKENS.has(tokens[i + 2] as string))) {
        out.push('anymore');
        i++;
        continue;
      }
    }
    // "want 2 die", "want too die": the word "to" typed as a digit or a slip.
    if ((t === '2' || (t === 'too' && next !== undefined && TOO_AS_TO_BEFORE.has(next))) && BEFORE_TO.has(out[out.length - 1] ?? '') && next !== undefined && /^[a-z]/.test(next)) {
      out.push('to');
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Emoji that say something about dying or its means (a knife, a pill), and tears of laughter (read as "lol"); every other emoji is dropped with the rest of the symbols. */
const SPOKEN_EMOJI = /\u{1FAA6}|\u26B0\uFE0F?|\u{1F602}|\u{1F923}|\u{1F52A}|\u{1F48A}/gu;
const SPOKEN_EMOJI_WORDS: Readonly<Record<string, string>> = { '\u{1FAA6}': ' headstone ', '\u26B0': ' coffin ', '\u26B0\uFE0F': ' coffin ', '\u{1F602}': ' lol ', '\u{1F923}': ' lol ', '\u{1F52A}': ' knife ', '\u{1F48A}': ' pill ' };

/** The full pipeline: text as typed -> token stream for the rules. */
export function normalizeForSafety(raw: string): NormalizedText {
  const spoken = typeof raw === 'string' ? raw.replace(SPOKEN_EMOJI, (emoji) => SPOKEN_EMOJI_WORDS[emoji] ?? ' ') : '';
  const folded = foldCharacters(spoken);
  const rawTokens = joinSpelledOut(splitTokens(folded));
  const words: string[] = [];
  for (const t of rawTokens) {
    if (t.length === 1 && (t === '.' || t === '?' || t === ',')) {
      words.push(t); // a boundary token
      continue;
    }
    const canonical = canonicalWord(t);
    if (canonical === '') continue;
    if (canonical.includes(' ')) words.push(...canonical.split(' '));
    else words.push(canonical);
  }
  const tokens = mergePairs(words);
  const starts: number[] = [];
  let text = ' ';
  for (const t of tokens) {
    starts.push(text.length);
    text += `${t} `;
  }
  return { text, tokens, starts, opensWithQuote: OPENING_QUOTE.test(folded) };
}
const OPENING_QUOTE = /^\s*["“”«'‘’]/;
