/**
 * Turns what a patient typed into one canonical spelling, so the intent patterns can be written once:
 * lower case, no punctuation or apostrophes, no stretched letters ("hiii"), and texting shorthand and
 * contractions spelled out ("u r" -> "you are", "appt" -> "appointment", "dont" -> "do not").
 */

/** Longer messages are never short commands, and capping keeps the work per message bounded. */
export const MAX_INPUT_CHARS = 600;

export interface NormalizedText {
  /** Canonical tokens joined by single spaces; '' when nothing readable was written. */
  text: string;
  tokens: string[];
  /** Punctuation is dropped from `text`, but a question mark still says the patient is asking. */
  hadQuestionMark: boolean;
}

/**
 * Texting shorthand, common misspellings and contractions, by their apostrophe-free spelling.
 * A Map, not an object literal: a patient typing "constructor" must not reach Object.prototype.
 */
const SPELLED_OUT: ReadonlyMap<string, string> = new Map(Object.entries({
  u: 'you',
  ya: 'you',
  r: 'are',
  ur: 'your',
  yr: 'your',
  urs: 'yours',
  pls: 'please',
  plz: 'please',
  plse: 'please',
  pleas: 'please',
  thx: 'thanks',
  thnx: 'thanks',
  thanx: 'thanks',
  thks: 'thanks',
  tks: 'thanks',
  tx: 'thanks',
  ty: 'thanks',
  tyvm: 'thanks',
  tysm: 'thanks',
  thankyou: 'thank you',
  thanku: 'thank you',
  appt: 'appointment',
  appts: 'appointments',
  apt: 'appointment',
  apts: 'appointments',
  appointmnt: 'appointment',
  b4: 'before',
  '2day': 'today',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrow: 'tomorrow',
  tmw: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  tomorow: 'tomorrow',
  tommorow: 'tomorrow',
  tommorrow: 'tomorrow',
  rn: 'right now',
  wat: 'what',
  wut: 'what',
  wht: 'what',
  abt: 'about',
  cn: 'can',
  ppl: 'people',
  msg: 'message',
  dr: 'doctor',
  doc: 'doctor',
  im: 'i am',
  ive: 'i have',
  id: 'i would',
  youre: 'you are',
  whats: 'what is',
  wheres: 'where is',
  whos: 'who is',
  hows: 'how is',
  thats: 'that is',
  theres: 'there is',
  its: 'it is',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  wont: 'will not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'have to',
  lemme: 'let me',
  gimme: 'give me',
  cya: 'see you',
  ttyl: 'talk to you later',
  nvm: 'never mind',
  nvmd: 'never mind',
  nevermind: 'never mind',
  idk: 'i do not know',
  '1st': 'first',
  hrs: 'hours',
  hr: 'hour',
  mins: 'minutes',
  gm: 'good morning',
  gn: 'good night',
  nite: 'night',
  gnite: 'good night',
  k: 'ok',
  kk: 'ok',
  okay: 'ok',
  okey: 'ok',
  oki: 'ok',
  yea: 'yes',
  yeah: 'yes',
  yep: 'yes',
  yup: 'yes',
  bc: 'because',
  cuz: 'because',
  thru: 'through',
  hlep: 'help',
  halp: 'help',
  helo: 'hello',
  ello: 'hello',
  startover: 'start over',
  signup: 'sign up',
  setup: 'set up',
  chatbot: 'bot',
}));

/** Letters a texter doubles that the three-letter collapse leaves behind ("heyy", "hii", "byee"). */
const STRETCHED_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:hi+|ha+i+)$/, 'hi'],
  [/^he+y+[ao]?$/, 'hey'],
  [/^he+l+o+$/, 'hello'],
  [/^by+e+$/, 'bye'],
  [/^ok+$/, 'ok'],
  [/^no+$/, 'no'],
  [/^thanks+$/, 'thanks'],
  [/^(ap+oi?n?t+m?e?n?t)$/, 'appointment'],
];

/** One cheap test that rules out most words before the per-pattern loop. */
const MAYBE_STRETCHED = new RegExp(STRETCHED_WORDS.map(([pattern]) => pattern.source).join('|'));

function canonicalWord(word: string): string {
  const spelled = SPELLED_OUT.get(word);
  if (spelled !== undefined) return spelled;
  if (!MAYBE_STRETCHED.test(word)) return word;
  for (const [pattern, canonical] of STRETCHED_WORDS) {
    if (pattern.test(word)) return canonical;
  }
  return word;
}

export function normalizeText(raw: unknown): NormalizedText {
  const input = typeof raw === 'string' ? raw.slice(0, MAX_INPUT_CHARS) : '';
  const hadQuestionMark = /[?¿？]/.test(input);
  const plain = /[^\x20-\x7e]/.test(input) ? input.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : input; // "café" -> "cafe"
  const words = plain
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, '') // "don't" -> "dont", spelled out below
    .replace(/\bw\//g, ' with ')
    .replace(/&/g, ' and ')
    .replace(/\b(talk|speak|chat|go|come|listen|reply|back|able|going|nice) 2\b/g, '$1 to') // "talk 2 someone"
    .replace(/\$+/g, ' $ ')
    .replace(/[^a-z0-9$]+/g, ' ')
    .replace(/([a-z])\1{2,}/g, '$1') // "hellooo" -> "hello", "pleeease" -> "please"
    .split(' ');
  const canonical: string[] = [];
  for (const word of words) if (word.length > 0) canonical.push(canonicalWord(word));
  const text = canonical.join(' ');
  return { text, tokens: text === '' ? [] : text.split(' '), hadQuestionMark };
}
