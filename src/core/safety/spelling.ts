/**
 * Word-level repair for the safety normaliser: one raw word token to its canonical spelling
 * (stretched letters, leetspeak, censoring, misspellings of the risk vocabulary within a small
 * edit distance, run-together harm phrases). The stream-level steps are in normalize.ts.
 */
import { ALIASES, FUZZY_TARGETS, SEGMENT_VOCAB, isKnownWord, knownSpelling, squeeze, squeezedLookup } from './lexicon';

const LEET_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '!': 'i', '|': 'l', $: 's', '@': 'a' };

/** diiiie -> diie: three or more of a letter become two (the lexicon then tries one). */
function collapseRuns(t: string): string {
  if (!hasTripleLetter(t)) return t; // the common case: nothing to build
  let out = '';
  for (let i = 0; i < t.length; i++) {
    if (i >= 2 && t.charCodeAt(i) === t.charCodeAt(i - 1) && t.charCodeAt(i) === t.charCodeAt(i - 2)) continue;
    out += t[i] as string;
  }
  return out;
}

function deleet(t: string, oneAs: string): string {
  let out = '';
  for (const c of t) out += c === '1' ? oneAs : (LEET_DIGITS[c] ?? c);
  return out;
}

export function lookupWord(t: string): string | undefined {
  const alias = ALIASES.get(t);
  if (alias !== undefined) return alias;
  if (isKnownWord(t)) return t;
  return squeezedLookup(t);
}

// Three reusable rows: spelling repair runs for every unknown word and must not churn memory.
const MAX_FUZZY_LENGTH = 40;
let rowBefore = new Int32Array(MAX_FUZZY_LENGTH + 1);
let rowPrevious = new Int32Array(MAX_FUZZY_LENGTH + 1);
let rowCurrent = new Int32Array(MAX_FUZZY_LENGTH + 1);

/** Damerau-Levenshtein distance (adjacent swaps count once), giving up (max + 1) once it must exceed `max`. */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > MAX_FUZZY_LENGTH || b.length > MAX_FUZZY_LENGTH) return max + 1;
  for (let j = 0; j <= b.length; j++) rowPrevious[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rowCurrent[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((rowPrevious[j] as number) + 1, (rowCurrent[j - 1] as number) + 1, (rowPrevious[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, (rowBefore[j - 2] as number) + 1);
      rowCurrent[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [rowBefore, rowPrevious, rowCurrent] = [rowPrevious, rowCurrent, rowBefore];
  }
  return rowPrevious[b.length] as number;
}

function letterCounts(word: string, counts = new Int8Array(27)): Int8Array {
  counts.fill(0);
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    const slot = code >= 0 && code < 26 ? code : 26;
    counts[slot] = (counts[slot] as number) + 1;
  }
  return counts;
}
const WORD_COUNTS = new Int8Array(27);
const TARGET_COUNTS = new Map(FUZZY_TARGETS.map((t) => [t.word, letterCounts(t.word)]));

/** Each edit changes the letter counts by at most two, so a large difference rules a target out cheaply. */
function countsWithin(a: Int8Array, b: Int8Array, maxDistance: number): boolean {
  let diff = 0;
  for (let i = 0; i < 27; i++) {
    diff += Math.abs((a[i] as number) - (b[i] as number));
    if (diff > 2 * maxDistance) return false;
  }
  return true;
}

/** Fuzzy targets by the char code of their first letter (a misspelling rarely changes the first letter). */
const TARGETS_BY_FIRST_LETTER: (typeof FUZZY_TARGETS)[number][][] = Array.from({ length: 128 }, () => []);
for (const target of FUZZY_TARGETS) TARGETS_BY_FIRST_LETTER[target.word.charCodeAt(0)]?.push(target);

function fuzzyLookup(t: string): string | undefined {
  if (t.length < 5 || t.length > 14) return undefined;
  const targets = TARGETS_BY_FIRST_LETTER[t.charCodeAt(0)];
  if (targets === undefined || targets.length === 0) return undefined;
  let counts: Int8Array | undefined;
  for (const target of targets) {
    if (Math.abs(target.word.length - t.length) > target.maxDistance) continue;
    if (target.except.has(t)) continue;
    counts ??= letterCounts(t, WORD_COUNTS);
    if (!countsWithin(counts, TARGET_COUNTS.get(target.word) as Int8Array, target.maxDistance)) continue;
    if (editDistanceWithin(t, target.word, target.maxDistance) <= target.maxDistance) return target.word;
  }
  return undefined;
}

/** k*ll, su**ide: each star stands for one unknown letter. */
function wildcardLookup(t: string): string | undefined {
  if (!/^[a-z*]+$/.test(t) || t.replace(/\*/g, '').length < 2) return undefined;
  const pattern = new RegExp(`^${t.replace(/\*/g, '[a-z]')}$`);
  for (const target of FUZZY_TARGETS) if (pattern.test(target.word)) return target.word;
  for (const word of WILDCARD_WORDS) if (pattern.test(word)) return word;
  return undefined;
}
const WILDCARD_WORDS = ['kill', 'killing', 'die', 'dead', 'death', 'dying', 'suicide', 'suicidal', 'myself', 'life', 'cut', 'cutting', 'hang', 'overdose', 'fuck', 'fucking', 'shit'];

/**
 * Splits run-together words into known pieces ("killmyself", letters spaced out and
 * re-joined). Only accepted when every piece is a known word, so ordinary words survive.
 */
export function segmentWord(t: string): string[] | undefined {
  if (t.length < 3 || t.length > 40 || !/^[a-z]+$/.test(t)) return undefined;
  // best[i] = fewest pieces covering t[0..i)
  const best: (number | undefined)[] = new Array<number | undefined>(t.length + 1).fill(undefined);
  const from: number[] = new Array<number>(t.length + 1).fill(0);
  best[0] = 0;
  for (let end = 1; end <= t.length; end++) {
    for (let start = Math.max(0, end - 14); start < end; start++) {
      const before = best[start];
      if (before === undefined) continue;
      if (!SEGMENT_VOCAB.has(t.slice(start, end))) continue;
      const cost = before + 1;
      const current = best[end];
      if (current === undefined || cost < current) {
        best[end] = cost;
        from[end] = start;
      }
    }
  }
  const pieces = best[t.length];
  if (pieces === undefined || pieces > 8) return undefined;
  const out: string[] = [];
  for (let end = t.length; end > 0; end = from[end] as number) out.unshift(t.slice(from[end], end));
  return out;
}

/** Run-together phrases are only split when they spell a self-directed harm phrase. */
const HARM_BIGRAMS = new Set([
  'kill myself', 'end my', 'hang myself', 'hurt myself', 'cut myself', 'unalive myself', 'to die', 'wanna die', 'want die', 'im dead', 'kms now',
  'off myself', 'my life', 'commit suicide', 'to suicide', 'i die', 'go die', 'just die',
]);

/** A run-together token can only be accepted if one of the phrases is spelled inside it, so check that first. */
const HARM_BIGRAM_SPELLED = new RegExp([...HARM_BIGRAMS].map((pair) => pair.replace(' ', '')).join('|'));

function segmentRunTogether(t: string): string[] | undefined {
  if (t.length < 7 || !HARM_BIGRAM_SPELLED.test(t)) return undefined;
  const pieces = segmentWord(t);
  if (!pieces || pieces.length < 2 || pieces.some((p) => p.length === 1 && p !== 'i')) return undefined;
  for (let i = 0; i + 1 < pieces.length; i++) if (HARM_BIGRAMS.has(`${pieces[i] as string} ${pieces[i + 1] as string}`)) return pieces;
  return undefined;
}

const canonicalCache = new Map<string, string>();
const CACHE_LIMIT = 5_000;

/** The canonical form of one raw word token; may expand to several words ("wanna" -> "want to"). */
export function canonicalWord(raw: string): string {
  // Most tokens are spelled the way the lexicon spells them: answer those without the cache.
  const direct = knownSpelling(raw);
  if (direct !== undefined) return direct;
  if (raw.length < 5 && /^[a-z]+$/.test(raw) && !hasTripleLetter(raw)) return squeezedLookup(raw) ?? raw; // cheap enough to redo
  const cached = canonicalCache.get(raw);
  if (cached !== undefined) return cached;
  const result = computeCanonicalWord(raw);
  // Only repairs are remembered: caching every unknown word (names, gibberish) would churn
  // thousands of strings through the heap and show up as garbage-collection pauses.
  if (result !== raw) {
    if (canonicalCache.size >= CACHE_LIMIT) canonicalCache.clear();
    canonicalCache.set(raw, result);
  }
  return result;
}

function hasTripleLetter(t: string): boolean {
  for (let i = 2; i < t.length; i++) if (t.charCodeAt(i) === t.charCodeAt(i - 1) && t.charCodeAt(i) === t.charCodeAt(i - 2)) return true;
  return false;
}

function computeCanonicalWord(raw: string): string {
  const t = collapseRuns(raw);
  const direct = lookupWord(t);
  if (direct !== undefined) return direct;
  if (/[^a-z]/.test(t)) {
    if (/^[0-9]+$/.test(t)) return t;
    if (/[0-9!|$@]/.test(t) && /[a-z]/.test(t)) {
      for (const oneAs of ['i', 'l']) {
        const candidate = collapseRuns(deleet(t, oneAs));
        const found = lookupWord(candidate) ?? fuzzyLookup(candidate);
        if (found !== undefined) return found;
      }
    }
    if (t.includes('*')) {
      const found = wildcardLookup(t.replace(/[!|$@]/g, ''));
      if (found !== undefined) return found;
    }
    const stripped = t.replace(/[!|$@*]/g, '');
    return stripped === t ? t : stripped === '' ? '' : (lookupWord(stripped) ?? stripped);
  }
  if (t.endsWith('in')) {
    const withG = lookupWord(`${t}g`); // thinkin, killin, thiiinkin
    if (withG !== undefined) return withG;
  }
  const squeezed = squeeze(t);
  const fuzzy = fuzzyLookup(t) ?? (squeezed === t ? undefined : fuzzyLookup(squeezed)); // "myyslef": stretched and misspelled
  if (fuzzy !== undefined) return fuzzy;
  const pieces = segmentRunTogether(t);
  if (pieces) return pieces.map((p) => lookupWord(p) ?? p).join(' ');
  return t;
}
