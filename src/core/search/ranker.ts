import { analyse, foldText, splitWords, synonymVocabulary, WEAK_TERMS } from './normalize';
import { createSpellingCorrector } from './spelling';

/** The parts of an entry the search reads. */
export interface SearchableEntry {
  id: string;
  title: string;
  questions: readonly string[];
  tags: readonly string[];
  body: string;
  /** How patients have asked for this entry (knowledge/phrasings/): matched like questions, never shown. */
  phrasings?: readonly string[];
}

export interface RankedEntry {
  index: number;
  score: number;
}

export type Field = 'question' | 'phrasing' | 'title' | 'tag' | 'body';

export interface RankerSettings {
  /** How much a match in each field counts: example questions most, the body least (0 leaves the field out). */
  fieldWeights: Record<Field, number>;
  /** How much it matters that the query also covers the matched question (0: not at all). */
  unitCoverageWeight: number;
  /** Fixed weight of question words and everyday words ("how", "not", "good", "ago"). */
  weakTermWeight: number;
  /** Least weight of a topic word, however many entries use it ("ketamine", "spravato"). */
  minimumTermWeight: number;
  /** In that whole-entry share, a word found only in patients' phrasings counts this much. */
  phrasingTermFactor: number;
  /** Weight of a corrected misspelling relative to the word spelled right. */
  correctedTermFactor: number;
  /** Weight of a word the knowledge base never uses, relative to its rarest word. */
  unknownTermFactor: number;
  /** A long message is also scored sentence by sentence; a sentence's score counts this much... */
  clauseFactor: number;
  /** ...and a sentence that asks (a question mark, or opening like a question) this much... */
  questionClauseFactor: number;
  /**
   * ...times the square root of its share of the message's topic words, up to this share. A short
   * generic sentence ("can I have ketamine?") after the real topic ("I'm pregnant") counts less.
   */
  clauseShareForFull: number;
  /** The same share for a sentence that asks: a short question after a long story still counts in full. */
  questionShareForFull: number;
  /**
   * Share of the score that comes from the whole entry (every query word found anywhere in it)
   * rather than from its single best-matching question, title or tag.
   */
  entryCoverageShare: number;
  /** In that whole-entry share, a word found only in the body counts this much. */
  bodyTermFactor: number;
  /**
   * Matched topic weight needed for full confidence (about one distinctive word). A match made only
   * of words most entries use ("ketamine", "treatment") scores proportionally less.
   */
  evidenceForFullScore: number;
}

export const DEFAULT_RANKER_SETTINGS: RankerSettings = {
  fieldWeights: { question: 1, phrasing: 0.98, title: 0.95, tag: 0.9, body: 0.5 },
  unitCoverageWeight: 0.25,
  weakTermWeight: 0.1,
  minimumTermWeight: 0.35,
  phrasingTermFactor: 1,
  correctedTermFactor: 0.85,
  unknownTermFactor: 1,
  clauseFactor: 0.95,
  questionClauseFactor: 1,
  clauseShareForFull: 0.5,
  questionShareForFull: 0.2,
  entryCoverageShare: 0.3,
  bodyTermFactor: 0.7,
  evidenceForFullScore: 1,
};

interface Unit {
  entry: number;
  field: Field;
  terms: Set<string>;
}

export interface Ranker {
  rank(query: string, limit?: number): RankedEntry[];
  /** For tuning by hand: the terms, their weights and the best-matching unit of the top entries. */
  explain(query: string): string[];
}

/**
 * Ranks entries by how much of the query's meaning (its words weighted by rarity, IDF) the entry
 * covers: partly its single best example question, title or tag, partly the whole entry including
 * its body. Unlike edit-distance scoring over whole strings, the score does not depend on where words
 * sit or how long the message is, and a query made of words the knowledge base never uses scores near
 * zero, which is what lets the search say "I don't know".
 */
export function createRanker(entries: readonly SearchableEntry[], settings: RankerSettings = DEFAULT_RANKER_SETTINGS): Ranker {
  const index = buildIndex(entries, settings);
  const { termIds, termWeights, unitPostingStart, unitPostings, entryPostingStart, entryPostingEntries, entryPostingFactors, unitEntry, unitFieldWeight, unitIsBody, unitWeight } = index;
  const unitCount = unitEntry.length;
  const isWeak = (term: string): boolean => WEAK_TERMS.has(term) || /^\d+$/.test(term);
  const termWeight = (term: string): number => {
    const id = termIds.get(term);
    if (id !== undefined) return termWeights[id] ?? 0;
    return isWeak(term) ? settings.weakTermWeight : index.rarestKnownIdf * settings.unknownTermFactor;
  };
  const correct = createSpellingCorrector(countVocabulary(entries));

  // Scratch space reused by every search (searches are synchronous, so never shared): typed arrays
  // and a list of touched slots keep a search proportional to the postings it reads, not to the index.
  const unitMatched = new Float64Array(unitCount);
  const unitOwn = new Float64Array(unitCount);
  const unitTopical = new Uint8Array(unitCount);
  const touchedUnits: number[] = [];
  const entryMatched = new Float64Array(entries.length);
  const unitBest = new Float64Array(entries.length);
  const mutualBest = new Float64Array(entries.length);
  const touchedEntries: number[] = [];

  let explanation: Map<number, string> | undefined;
  /** Only explain() reads the units' terms; they are rebuilt for it rather than kept for every search. */
  let explainedUnits: Unit[] | undefined;

  const topicWeight = (terms: readonly string[]): number => terms.reduce((sum, term) => (isWeak(term) ? sum : sum + termWeight(term)), 0);

  /** Scores one message or sentence into `best`; returns the weight of its topic words. */
  const scoreSegment = (text: string, factor: number | ((topic: number) => number), best: Float64Array): number => {
    const { terms, corrected } = analyse(text, { correct });
    const distinct = [...new Set(terms)];
    const topic = topicWeight(distinct);
    // Question words and everyday words alone ("what is 2+2", "how are you today") are no topic.
    if (distinct.length === 0 || distinct.every(isWeak)) return topic;
    const segmentFactor = typeof factor === 'number' ? factor : factor(topic);
    const queryWeight = distinct.reduce((sum, term) => sum + termWeight(term), 0);
    // Topic words first: only units holding one of them can score, so question words only add to those.
    const ordered = [...distinct.filter((term) => !isWeak(term)), ...distinct.filter(isWeak)];
    for (const term of ordered) {
      // A word no entry uses matches nothing; it only counted towards the query's weight.
      const id = termIds.get(term);
      if (id === undefined) continue;
      const base = termWeight(term);
      const weight = corrected.has(term) ? base * settings.correctedTermFactor : base;
      const weak = isWeak(term);
      for (let posting = unitPostingStart[id] ?? 0, end = unitPostingStart[id + 1] ?? 0; posting < end; posting++) {
        const unitIndex = unitPostings[posting] ?? 0;
        if (weak && unitTopical[unitIndex] === 0) continue;
        if (unitTopical[unitIndex] === 0) {
          unitTopical[unitIndex] = 1;
          touchedUnits.push(unitIndex);
        }
        unitMatched[unitIndex] = (unitMatched[unitIndex] ?? 0) + weight;
        unitOwn[unitIndex] = (unitOwn[unitIndex] ?? 0) + base;
      }
      if (weak) continue;
      for (let posting = entryPostingStart[id] ?? 0, end = entryPostingStart[id + 1] ?? 0; posting < end; posting++) {
        const entry = entryPostingEntries[posting] ?? 0;
        if (entryMatched[entry] === 0) touchedEntries.push(entry);
        entryMatched[entry] = (entryMatched[entry] ?? 0) + weight * (entryPostingFactors[posting] ?? 0);
      }
    }
    for (const unitIndex of touchedUnits) {
      const entry = unitEntry[unitIndex] ?? 0;
      const queryCoverage = (unitMatched[unitIndex] ?? 0) / queryWeight;
      const unitCoverage = Math.min(1, (unitOwn[unitIndex] ?? 0) / (unitWeight[unitIndex] ?? 1));
      const score = queryCoverage * (1 - settings.unitCoverageWeight + settings.unitCoverageWeight * unitCoverage) * (unitFieldWeight[unitIndex] ?? 0);
      if (unitIsBody[unitIndex] === 0) mutualBest[entry] = Math.max(mutualBest[entry] ?? 0, queryCoverage * unitCoverage);
      if (score > (unitBest[entry] ?? 0)) {
        unitBest[entry] = score;
        if (explanation) {
          const unit = explainedUnits?.[unitIndex];
          explanation.set(entry, `${unit?.field ?? ''}:[${[...(unit?.terms ?? [])].join(' ')}] q=${queryCoverage.toFixed(2)} u=${unitCoverage.toFixed(2)}`);
        }
      }
      unitMatched[unitIndex] = 0;
      unitOwn[unitIndex] = 0;
      unitTopical[unitIndex] = 0;
    }
    touchedUnits.length = 0;
    for (const entry of touchedEntries) {
      const matched = entryMatched[entry] ?? 0;
      const coverage = (1 - settings.entryCoverageShare) * (unitBest[entry] ?? 0) + (settings.entryCoverageShare * matched) / queryWeight;
      // Little evidence is still enough when the patient asked (almost) exactly an example question.
      const confidence = Math.min(1, Math.max(matched / settings.evidenceForFullScore, mutualBest[entry] ?? 0));
      const score = coverage * confidence * segmentFactor;
      if (score > (best[entry] ?? 0)) best[entry] = score;
      entryMatched[entry] = 0;
      unitBest[entry] = 0;
      mutualBest[entry] = 0;
    }
    touchedEntries.length = 0;
    return topic;
  };

  const rank = (query: string, limit = 5): RankedEntry[] => {
    const best = new Float64Array(entries.length);
    const wholeTopic = scoreSegment(query, 1, best);
    const clauses = splitClauses(query);
    const clauseFactor = (question: boolean) => (topic: number): number =>
      (question ? settings.questionClauseFactor : settings.clauseFactor) *
      Math.sqrt(Math.min(1, wholeTopic > 0 ? topic / wholeTopic / (question ? settings.questionShareForFull : settings.clauseShareForFull) : 0));
    // In a long message the question sentence counts most: the story around it is context.
    if (clauses.length > 1) for (const clause of clauses) scoreSegment(clause.text, clauseFactor(clause.question), best);
    // Keep only the best `limit` while scanning: sorting every scored entry is the slow part at thousands of entries.
    const ranked: RankedEntry[] = [];
    best.forEach((score, index) => {
      if (score <= 0) return;
      if (ranked.length === limit && score <= (ranked[limit - 1]?.score ?? 0)) return;
      let at = ranked.length;
      while (at > 0 && (ranked[at - 1]?.score ?? 0) < score) at--;
      ranked.splice(at, 0, { index, score });
      if (ranked.length > limit) ranked.pop();
    });
    return ranked;
  };

  return {
    rank,
    explain(query: string): string[] {
      explainedUnits ??= collectUnits(entries, settings).units;
      explanation = new Map();
      const ranked = rank(query, 4);
      const { terms } = analyse(query, { correct });
      const lines = [`terms: ${[...new Set(terms)].map((term) => `${term}=${termWeight(term).toFixed(2)}`).join(' ')}`];
      for (const result of ranked) lines.push(`  ${entries[result.index]?.id ?? '?'} ${result.score.toFixed(3)} ${explanation.get(result.index) ?? ''}`);
      explanation = undefined;
      return lines;
    },
  };
}

/**
 * The index, flat: each term has a number, and its postings are one slice of a shared typed array.
 * Thousands of small per-term arrays, Maps and Sets cost several times their contents in heap.
 */
interface SearchIndex {
  /** Every term the entries use, numbered: the position of its weight and its postings below. */
  termIds: Map<string, number>;
  termWeights: Float64Array;
  /** Weight of a word no entry uses, before unknownTermFactor: that of a word only one entry uses. */
  rarestKnownIdf: number;
  /** Term t's units are unitPostings[unitPostingStart[t]] up to unitPostings[unitPostingStart[t + 1]], in unit order. */
  unitPostingStart: Int32Array;
  unitPostings: Int32Array;
  /** Likewise the entries using term t, in entry order, and how much the term counts in each. */
  entryPostingStart: Int32Array;
  entryPostingEntries: Int32Array;
  entryPostingFactors: Float64Array;
  unitEntry: Int32Array;
  unitFieldWeight: Float64Array;
  unitIsBody: Uint8Array;
  unitWeight: Float64Array;
}

/** The units that can match (questions, titles, tags, body sentences), and each entry's terms. */
function collectUnits(entries: readonly SearchableEntry[], settings: RankerSettings): { units: Unit[]; entryTerms: Map<string, number>[] } {
  const units: Unit[] = [];
  /** For each entry, each term and how much it counts there (1 in a question, title or tag; less in the body only). */
  const entryTerms = entries.map(() => new Map<string, number>());
  const addUnit = (entry: number, field: Field, text: string): void => {
    const terms = new Set(analyse(text).terms);
    if (terms.size === 0) return;
    const fieldFactor = field === 'body' ? settings.bodyTermFactor : field === 'phrasing' ? settings.phrasingTermFactor : 1;
    const known = entryTerms[entry];
    for (const term of terms) if (known && (known.get(term) ?? 0) < fieldFactor) known.set(term, fieldFactor);
    if (settings.fieldWeights[field] > 0) units.push({ entry, field, terms });
  };
  entries.forEach((entry, index) => {
    for (const question of entry.questions) addUnit(index, 'question', question);
    for (const phrasing of entry.phrasings ?? []) addUnit(index, 'phrasing', phrasing);
    addUnit(index, 'title', entry.title);
    for (const tag of entry.tags) addUnit(index, 'tag', tag);
    // Each sentence or list item of the body is a unit of its own, so one sentence that answers
    // the question can match without the rest of the body diluting it.
    for (const sentence of splitSentences(entry.body)) addUnit(index, 'body', sentence);
  });
  return { units, entryTerms };
}

function buildIndex(entries: readonly SearchableEntry[], settings: RankerSettings): SearchIndex {
  const { units, entryTerms } = collectUnits(entries, settings);
  const termIds = new Map<string, number>();
  const documentFrequency: number[] = [];
  for (const terms of entryTerms) {
    for (const term of terms.keys()) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
        documentFrequency.push(0);
      }
      documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
    }
  }
  const idOf = (term: string): number => termIds.get(term) ?? 0;

  const entryCount = Math.max(entries.length, 1);
  const idf = (frequency: number): number => Math.log(1 + (entryCount - frequency + 0.5) / (frequency + 0.5));
  // Ids were handed out in insertion order, so a term's position in termIds is its id.
  const termWeights = Float64Array.from(termIds.keys(), (term, id) =>
    WEAK_TERMS.has(term) || /^\d+$/.test(term) ? settings.weakTermWeight : Math.max(idf(documentFrequency[id] ?? 1), settings.minimumTermWeight),
  );

  const entryPostingStart = postingStarts(documentFrequency);
  const entryPostingEntries = new Int32Array(entryPostingStart[documentFrequency.length] ?? 0);
  const entryPostingFactors = new Float64Array(entryPostingEntries.length);
  {
    const next = entryPostingStart.slice(0, -1);
    entryTerms.forEach((terms, entry) => {
      for (const [term, factor] of terms) {
        const id = idOf(term);
        const at = next[id] ?? 0;
        next[id] = at + 1;
        entryPostingEntries[at] = entry;
        entryPostingFactors[at] = factor;
      }
    });
  }

  const unitsPerTerm = new Array<number>(termIds.size).fill(0);
  for (const unit of units) for (const term of unit.terms) unitsPerTerm[idOf(term)] = (unitsPerTerm[idOf(term)] ?? 0) + 1;
  const unitPostingStart = postingStarts(unitsPerTerm);
  const unitPostings = new Int32Array(unitPostingStart[unitsPerTerm.length] ?? 0);
  {
    const next = unitPostingStart.slice(0, -1);
    units.forEach((unit, unitIndex) => {
      for (const term of unit.terms) {
        const id = idOf(term);
        const at = next[id] ?? 0;
        next[id] = at + 1;
        unitPostings[at] = unitIndex;
      }
    });
  }

  return {
    termIds,
    termWeights,
    rarestKnownIdf: idf(1),
    unitPostingStart,
    unitPostings,
    entryPostingStart,
    entryPostingEntries,
    entryPostingFactors,
    unitEntry: Int32Array.from(units, (unit) => unit.entry),
    unitFieldWeight: Float64Array.from(units, (unit) => settings.fieldWeights[unit.field]),
    unitIsBody: Uint8Array.from(units, (unit) => (unit.field === 'body' ? 1 : 0)),
    unitWeight: Float64Array.from(units, (unit) => [...unit.terms].reduce((sum, term) => sum + (termWeights[idOf(term)] ?? 0), 0)),
  };
}

/** Where each term's slice starts, from how many postings each term has; one more slot holds the total. */
function postingStarts(counts: readonly number[]): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  counts.forEach((count, id) => {
    starts[id + 1] = (starts[id] ?? 0) + count;
  });
  return starts;
}

/** How often each word occurs in the entries (and the synonym lists), for the spelling corrector. */
function countVocabulary(entries: readonly SearchableEntry[]): Map<string, number> {
  const vocabulary = new Map<string, number>();
  const countWords = (text: string): void => {
    for (const word of splitWords(foldText(text))) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  };
  for (const entry of entries) {
    entry.questions.forEach(countWords);
    countWords(entry.title);
    entry.tags.forEach(countWords);
    countWords(entry.body);
  }
  for (const word of synonymVocabulary()) if (!vocabulary.has(word)) vocabulary.set(word, 1);
  return vocabulary;
}

/** Sentences and list items of an entry body. */
export function splitSentences(markdown: string): string[] {
  return markdown
    .split(/\n+|(?<=[.!?])\s+/)
    .map((sentence) => sentence.replace(/^[\s*#>-]+/, '').trim())
    .filter((sentence) => sentence.length > 0);
}

const QUESTION_OPENING = /^(?:\W*)(?:what|how|why|when|where|who|which|is|are|can|could|does|do|did|will|would|should|am|may|has|have|any)\b/i;

/** Sentences and clauses of a long message, and whether each asks: the question is often the last of several sentences of context. */
export function splitClauses(text: string): { text: string; question: boolean }[] {
  const clauses: { text: string; question: boolean }[] = [];
  const pattern = /([^.!?;\n]+)([.!?;\n]*)/g;
  for (const [, body = '', end = ''] of text.matchAll(pattern)) {
    const question = end.includes('?');
    for (const part of body.split(/,\s+(?:but|so|and)\s+|\s+but\s+/i)) {
      const trimmed = part.trim();
      if (trimmed.length > 0) clauses.push({ text: trimmed, question: question || QUESTION_OPENING.test(trimmed) });
    }
  }
  return clauses;
}
