/**
 * The words the safety rules know, and the ways people misspell or abbreviate them.
 *
 * The vocabulary is read from the rule patterns themselves, so a word added to a rule is
 * automatically protected from "correction" and can be recovered from a stretched or
 * leetspeak spelling. The tables below only hold what cannot be derived: shorthand, and
 * the few long words worth fuzzy-matching.
 */
import { MACROS } from './patterns';
import { PERSON_WORDS } from './persons';
import { RULE_SPECS } from './rules';

/** Texting shorthand and contractions, written without apostrophes (normalisation drops them). */
const ALIAS_TABLE: Readonly<Record<string, string>> = {
  wanna: 'want to', wana: 'want to', wannna: 'want to', wanted2: 'wanted to', gonna: 'going to', gona: 'going to', gunna: 'going to', finna: 'going to',
  tryna: 'trying to', gotta: 'got to', hafta: 'have to', outta: 'out of', kinda: 'kind of', sorta: 'sort of', lemme: 'let me', gimme: 'give me',
  ima: 'im going to', imma: 'im going to', iam: 'im', ime: 'im', u: 'you', ur: 'your', yu: 'you', r: 'are', ppl: 'people', bc: 'because', cuz: 'because',
  coz: 'because', cos: 'because', rn: 'right now', tn: 'tonight', tonite: 'tonight', '2nite': 'tonight', '2night': 'tonight', tmrw: 'tomorrow',
  tmr: 'tomorrow', tmrrw: 'tomorrow', '2morrow': 'tomorrow', '2day': 'today', b4: 'before', idk: 'i dont know', idc: 'i dont care',
  idgaf: 'i dont care', dnt: 'dont', cnt: 'cant', cannot: 'cant', pls: 'please', plz: 'please', pleas: 'please', bout: 'about', abt: 'about',
  wat: 'what', wut: 'what', jus: 'just', jst: 'just', wud: 'would', wld: 'would', shud: 'should', shld: 'should', cud: 'could', cld: 'could',
  sum1: 'someone', some1: 'someone', any1: 'anyone', no1: 'nobody', noone: 'nobody', every1: 'everyone', evry1: 'everyone', everyones: 'everyone',
  kms: 'kill myself', kmsf: 'kill myself', kmys: 'kill myself', od: 'overdose', oding: 'overdosing', odeing: 'overdosing', oded: 'overdosed', odd: 'odd',
  ded: 'dead', lyfe: 'life', anymor: 'anymore', nemore: 'anymore', anymoe: 'anymore', meself: 'myself', mself: 'myself', mysel: 'myself',
  wnat: 'want', wnt: 'want', watn: 'want', wnated: 'wanted', dieing: 'dying', diein: 'dying', diying: 'dying', selfharm: 'self harm',
  selfharming: 'self harming', selfharmed: 'self harmed', sewerslide: 'suicide', tho: 'though', thru: 'through', sry: 'sorry', im: 'im',
  ive: 'ive', id: 'id', ill: 'ill', dont: 'dont', wont: 'wont', cant: 'cant', didnt: 'didnt', doesnt: 'doesnt', isnt: 'isnt', wouldnt: 'wouldnt',
  couldnt: 'couldnt', shouldnt: 'shouldnt', havent: 'havent', hasnt: 'hasnt', aint: 'aint', youre: 'youre', theyre: 'theyre', hes: 'hes',
  shes: 'shes', itll: 'itll', thats: 'thats', theres: 'theres', whats: 'whats', killd: 'killed', kil: 'kill', kll: 'kill', pils: 'pills', kiled: 'killed', dyed: 'dyed', wil: 'will', cuting: 'cutting', hury: 'hurry', suicde: 'suicide',
  suacide: 'suicide', suicidle: 'suicidal', suicidel: 'suicidal', sucidle: 'suicidal', suicidial: 'suicidal', suicidical: 'suicidal', suacidal: 'suicidal', suicdial: 'suicidal', suisidle: 'suicidal', idiation: 'ideation', ideaction: 'ideation', ideations: 'ideations', ctb: 'kill myself', nite: 'night', kiero: 'quiero', rists: 'wrists', seisure: 'seizure', seezure: 'seizure', unalived: 'unalived', sucide: 'suicide', suiside: 'suicide', sucidio: 'suicidio', suisidio: 'suicidio', thots: 'thoughts', thoghts: 'thoughts', agin: 'again', slef: 'self', wan2: 'want to', wanna2: 'want to', exisiting: 'existing', exsisting: 'existing', thinkign: 'thinking', jumpng: 'jumping', jumpin: 'jumping', suiscide: 'suicide', sucidal: 'suicidal', suicdal: 'suicidal', suisidal: 'suicidal', sewercidal: 'suicidal', suicial: 'suicidal', whish: 'wish', dayly: 'daily', tooke: 'took', medecine: 'medicine', liveing: 'living', jsut: 'just',
  unalive: 'unalive', q: 'que', xq: 'porque', pq: 'porque', porq: 'porque', aki: 'aqui', tb: 'tambien', nd: 'nada', hacerme: 'hacerme',
  cya: 'see you', cuttin: 'cutting', agen: 'again', agian: 'again', hw: 'how', hav: 'have', srs: 'serious', frend: 'friend', freind: 'friend', frnd: 'friend', sez: 'says', wnts: 'wants',
  aswell: 'as well', alright: 'alright', dunno: 'dont know', wan: 'wan', ofc: 'of course', w: 'with', bday: 'birthday', hrs: 'hours', mins: 'minutes',
};

/** Long words people misspell in many ways; matched within a small edit distance. */
const FUZZY_TABLE: ReadonlyArray<{ word: string; maxDistance: number; except?: string[] }> = [
  { word: 'suicide', maxDistance: 2, except: ['succeed', 'sluice', 'suicided'] },
  { word: 'suicidal', maxDistance: 2 },
  { word: 'myself', maxDistance: 1 },
  { word: 'overdose', maxDistance: 1, except: ['overdone', 'overdoes', 'overdue'] },
  { word: 'unalive', maxDistance: 1 },
  { word: 'goodbye', maxDistance: 1, except: ['goodbye'] },
  { word: 'disappear', maxDistance: 2, except: ['disappears', 'disappeared'] },
  { word: 'anymore', maxDistance: 1, except: ['anyone'] },
  { word: 'committing', maxDistance: 2, except: ['commuting', 'commuting', 'commenting', 'committee'] },
  { word: 'stockpiling', maxDistance: 2 },
  { word: 'hopeless', maxDistance: 1 },
  { word: 'worthless', maxDistance: 1 },
  { word: 'killing', maxDistance: 1, except: ['kidding', 'killings', 'filling', 'billing', 'willing', 'chilling', 'kilning'] },
  { word: 'unaliving', maxDistance: 1 },
  { word: 'suicidarme', maxDistance: 2 },
  { word: 'morirme', maxDistance: 1 },
  { word: 'matarme', maxDistance: 1, except: ['mañana'] },
  { word: 'overdosing', maxDistance: 1 },
  { word: 'overdosed', maxDistance: 1, except: ['overdosed'] },
  { word: 'ideation', maxDistance: 2 },
];

/** Everyday words that spelling repair must leave alone although no rule names them. */
const EXTRA_WORDS = [
  'soon', 'son', 'friend', 'sad', 'mad', 'bad', 'fine', 'good', 'tired', 'sleep', 'pain', 'help', 'today', 'tomorrow', 'tonight', 'week', 'time', 'hope',
  'ketamine', 'spravato', 'esketamine', 'infusion', 'session', 'appointment', 'insurance', 'doctor', 'therapist', 'psychiatrist', 'nurse', 'clinic',
  'depression', 'depressed', 'anxiety', 'dose', 'doses', 'side', 'effects', 'effect', 'cost', 'price', 'pay', 'book', 'cancel', 'question', 'questions',
];

function wordsIn(source: string): string[] {
  // Escapes such as \d are not words; everything else lower-case in a pattern is.
  return source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]+/g) ?? [];
}

function buildVocabulary(): Set<string> {
  const words = new Set<string>();
  const add = (source: string): void => {
    for (const w of wordsIn(source)) if (w.length > 1 || w === 'i' || w === 'a') words.add(w);
  };
  for (const fragment of Object.values(MACROS)) add(fragment);
  for (const spec of RULE_SPECS) {
    add(spec.pattern);
    if (spec.unless) add(spec.unless);
  }
  for (const value of Object.values(ALIAS_TABLE)) add(value);
  for (const { word } of FUZZY_TABLE) words.add(word);
  for (const word of PERSON_WORDS) words.add(word);
  for (const word of EXTRA_WORDS) words.add(word);
  return words;
}

const VOCABULARY = buildVocabulary();

export const ALIASES: ReadonlyMap<string, string> = new Map(Object.entries(ALIAS_TABLE));


export function isKnownWord(word: string): boolean {
  return VOCABULARY.has(word);
}

/** Shorthand and vocabulary in one table: the canonical form of every word the lexicon knows as spelled. */
const KNOWN_SPELLINGS: ReadonlyMap<string, string> = new Map([...[...VOCABULARY].map((w) => [w, w] as const), ...ALIASES]);

export function knownSpelling(word: string): string | undefined {
  return KNOWN_SPELLINGS.get(word);
}

/** Removes every doubled letter: "killl" and "kil" both become "kil". */
export function squeeze(word: string): string {
  let first = -1;
  for (let i = 1; i < word.length && first < 0; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) first = i;
  if (first < 0) return word; // the common case: no doubled letter, nothing to build
  let out = word.slice(0, first);
  for (let i = first; i < word.length; i++) if (word.charCodeAt(i) !== word.charCodeAt(i - 1)) out += word[i] as string;
  return out;
}

interface Spelling {
  /** How the word is spelled ("wanna"). */
  spelled: string;
  /** What it normalises to ("want to"). */
  canonical: string;
}

function buildSqueezedIndex(): Map<string, Spelling[]> {
  const index = new Map<string, Spelling[]>();
  const add = (spelled: string, canonical: string): void => {
    const key = squeeze(spelled);
    const list = index.get(key);
    if (list === undefined) index.set(key, [{ spelled, canonical }]);
    else if (!list.some((s) => s.canonical === canonical)) list.push({ spelled, canonical });
  };
  // Shorthand gets stretched too ("wannaaa", "lyyyfe").
  for (const [alias, canonical] of ALIASES) if (alias.length >= 3) add(alias, canonical);
  for (const word of VOCABULARY) add(word, ALIASES.get(word) ?? word);
  return index;
}

const SQUEEZED_INDEX = buildSqueezedIndex();

function letterDistance(a: string, b: string): number {
  // Cheap enough for the handful of candidates a squeezed key has.
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const prev = rows[i - 1] as number[];
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * A vocabulary word spelled with stretched or missing double letters (diiie, kil, tomorow).
 * When several words squeeze alike ("al", "all") the one closest to what was typed wins.
 */
export function squeezedLookup(word: string): string | undefined {
  const key = squeeze(word);
  // A short word typed without doubles is more likely its own word ("son") than a misspelling ("soon").
  if (key === word && key.length < 5) return undefined;
  const candidates = SQUEEZED_INDEX.get(key);
  if (candidates === undefined) return undefined;
  if (candidates.length === 1) return candidates[0]?.canonical;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const d = letterDistance(word, candidate.spelled);
    if (d < bestDistance) {
      best = candidate.canonical;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return tie ? undefined : best;
}

export interface FuzzyTarget {
  word: string;
  maxDistance: number;
  except: ReadonlySet<string>;
}
export const FUZZY_TARGETS: readonly FuzzyTarget[] = FUZZY_TABLE.map((t) => ({ word: t.word, maxDistance: t.maxDistance, except: new Set(t.except ?? []) }));

/** Pieces that run-together words ("killmyself") may be split into. */
export const SEGMENT_VOCAB: ReadonlySet<string> = new Set([...VOCABULARY].filter((w) => w.length > 1 || w === 'i' || w === 'a'));
