/**
 * Readings of a message that reach past the sentence of a match: what was found among someone
 * else's things, a clinician's note about a patient, a goodbye after a course that helped, a joke
 * about a trivial annoyance. Each is judged by the classifier (classifier.ts) next to the
 * sentence-level context in context.ts.
 */
import { contextWindow, countSpaces, spanText } from './context';
import { compileTest } from './patterns';
import { personOf } from './persons';

/** Found among someone else's things: "i found a list of ways to die in his notebook". */
const FOUND_IN_THEIR_THINGS = compileTest(
  '(?:(?:he|she|they) left (?:a )?(?:tab|tabs|browser|window|search) open|(?:found|read)(?: {W}){0,4} (?:letter|note|notes|letters) (?:my|his|her) {W} (?:wrote|had written|left)|(?:my {W}s|his|her|their) (?:browser|laptop|phone|computer|tablet) (?:had|has|showed|shows)|(?:found|saw|discovered|came across|read|checked|looked at|looked through) (?:my {W}s|his|her|their) (?:search history|browser history|history|notebook|journal|diary|phone|laptop|notes|texts|messages))|(?:found|saw|discovered|came across|read)(?: {W}| ,){0,12} (?:in|on|under) (?:his|her|their|my {W}s|my {W} {W}s) (?:notebook|journal|diary|phone|laptop|computer|room|desk|drawer|browser|backpack|bag|car|truck|closet|bed|pillow|notes|tablet|history|youtube|search history|locker|case|makeup case|trash|garbage|bathroom)',
);

/** Whether the match is something the writer found among someone else's things ("a goodbye note in my daughters journal"). */
export function isFoundInTheirThings(tokens: readonly string[], start: number, end: number): boolean {
  const { from, to } = contextWindow(tokens, start, end, 12, 10);
  if (FOUND_IN_THEIR_THINGS.test(spanText(tokens, from, to))) return true;
  // What was found often follows a colon, in a sentence of its own: then the sentence before says whose it is.
  if (from < 2) return false;
  for (let i = from; i <= end; i++) if (personOf(tokens[i] as string) === 'first') return false;
  const before = contextWindow(tokens, from - 2, from - 2, 16, 0);
  return FOUND_IN_THEIR_THINGS.test(spanText(tokens, before.from, to));
}

/**
 * A goodbye at the end of a course that helped, or before a move ("i wanted to say goodbye and thank you,
 * the treatment worked and im going back to work"), with nothing in the message that says otherwise.
 */
const WELL_FAREWELL = compileTest(
  '(?:the )?(?:treatment|it|ketamine|spravato) (?:worked|really worked|changed my life|saved my life|gave me my life back)' +
    '|(?:im|i am|im finally) (?:doing (?:well|great|so much better)|so much better|like myself again)|going back to work|back to work next' +
    '|end of my (?:course|treatment)|(?:finished|completed) my (?:last|final) (?:session|infusion|treatment)|last (?:spravato |ketamine )?(?:session|infusion|treatment)(?: was)? today' +
    '|moving (?:overseas|abroad|across the country)|(?:im|i am|were|we are) (?:moving|relocating) (?:to|back to)(?! (?:a better|heaven|the other side|somewhere better))|moving back to|returning to (?:india|mexico|my country|{W} next)|switching to (?:the|a|another) (?:clinic|provider)|changing providers|de vacaciones|regreso en|vuelvo en|finishing my (?:series|course|treatment)|you changed my life|(?:done|finished) with my (?:\\d+ )?(?:infusions|sessions|treatments)|feel like a different person|(?:infusions|treatments|sessions) are (?:really )?working',
);
const NOT_WELL = compileTest(
  '(?:didnt|did not|doesnt|does not|never) (?:work|help)|not (?:working|helping)|nothing (?:works|helped|helps)|no point|cant (?:do this|go on|take)|hopeless|tired of|end it|for good|(?<!isnt goodbye )(?<!not goodbye )forever|pills|better off|last time|no longer|anymore' +
    '|for a (?:little |short )?while|at first|for a bit|(?:im|i am|just) done|getting things ready|(?:updated|wrote|written) (?:my will|letters)|dont call|turned (?:the|my) phone off|picked a|(?:thank you|thanks) for trying|saying my goodbyes|this is goodbye(?! from me)',
);

/** The goodbyes such a message can hold: words of parting, not a note written or a plan ("i already wrote my note" stays a crisis). */
const PARTING_WORDS = compileTest('goodbye|goodbyes|bye|farewell|see you|thank you|thanks|needing|appointments|adios');

/** Whether the words of a goodbye match are words of parting that an ordinary farewell could use. */
export function isPartingWords(tokens: readonly string[], start: number, end: number): boolean {
  return PARTING_WORDS.test(spanText(tokens, start, end));
}

/** Whether a goodbye in this message is an ordinary one: a course that helped, a move, a holiday. */
export function isWellFarewell(tokens: readonly string[]): boolean {
  const message = spanText(tokens, 0, tokens.length - 1);
  return WELL_FAREWELL.test(message) && !NOT_WELL.test(message);
}

/**
 * A clinician or staff member writing about a patient ("referral from dr wu: 29f with chronic passive si",
 * "flagging: pt who called to cancel said theres no point"): words with no "i" or "me" in them are the patient's.
 */
const ABOUT_A_PATIENT = compileTest(
  '{START}(?:referral(?: from| [.,])|referring|flagging|front desk note)|patient of mine|referring a \\d{1,2} ?(?:m|f|yo)|(?:pt|patient) in (?:room )?\\d|(?:the|a|our|my|this|that) (?:pt|patient)(?: {W}| ,){0,6} (?:disclosed|reported|endorsed|endorses|endorsing|screened|denies)',
);
const FIRST_WORDS = new Set(['i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'myself', 'mine']);

export function isAboutAPatient(tokens: readonly string[]): boolean {
  return ABOUT_A_PATIENT.test(spanText(tokens, 0, tokens.length - 1));
}

/** Whether the match itself names the writer ("i", "me", "my"). */
export function namesTheWriter(tokens: readonly string[], start: number, end: number): boolean {
  for (let i = start; i <= end; i++) if (FIRST_WORDS.has(tokens[i] as string)) return true;
  return false;
}

/** A trivial annoyance told as a joke: "if they play that playlist one more time im going to walk into the sea lol". */
const JOKE_CONDITIONAL = '(?:if|when)(?: {W}){1,14} (?:one more (?:time|form|intake form|meeting|email|call|zoom|song)|another one of|(?:dont|doesnt|do not|does not) stop (?:talking|singing|playing|texting))(?: {W}| [.,]){0,16} (?:lol|lmao|haha|hahaha|lmfao|jk)';
const JOKE = compileTest(JOKE_CONDITIONAL);

/**
 * The tokens such a joke covers: from the start of the sentence it begins in (the threat may come
 * before the "if") to the laugh. Undefined when there is none. A disclosure outside it still counts.
 */
export function jokeSpan(tokens: readonly string[]): { from: number; to: number } | undefined {
  const text = spanText(tokens, 0, tokens.length - 1);
  const match = JOKE.exec(text);
  if (match === null) return undefined;
  let from = countSpaces(text, match.index + 1) - 1;
  const to = from + countSpaces(match[0], match[0].length) - 1;
  while (from > 0 && tokens[from - 1] !== '.' && tokens[from - 1] !== '?') from--;
  return { from, to };
}

/** For compiling at start-up with the rules. */
export const READING_PATTERNS: readonly RegExp[] = [FOUND_IN_THEIR_THINGS, ABOUT_A_PATIENT, WELL_FAREWELL, NOT_WELL, PARTING_WORDS, JOKE];
