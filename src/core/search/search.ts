import type { KnowledgeEntry } from '../knowledge/schema';
import { isNeverAnswered } from './never-answer';
import { createRanker, DEFAULT_RANKER_SETTINGS, type RankerSettings, type SearchableEntry } from './ranker';

export type SearchOutcome<E = KnowledgeEntry> =
  | { kind: 'answer'; entry: E; score: number }
  | { kind: 'did-you-mean'; options: E[]; scores: number[] }
  | { kind: 'unknown' };

export interface SearchThresholds {
  /** The best entry answers outright when it scores at least this... */
  answer: number;
  /** ...and leads the next entry by at least this much; otherwise the patient picks. */
  ambiguityMargin: number;
  /** Below this nothing is offered: the bot says it does not know. */
  didYouMean: number;
  /** Other entries offered alongside the best one must score within this of it. */
  optionMargin: number;
}

/** Chosen from measurements on test/fixtures/search-eval.json (see scripts/eval-search.ts). */
export const DEFAULT_THRESHOLDS: SearchThresholds = {
  answer: 0.85,
  ambiguityMargin: 0.1,
  didYouMean: 0.46,
  optionMargin: 0.5,
};

export interface SearchOptions {
  ranker?: RankerSettings;
  thresholds?: SearchThresholds;
}

export interface RankedResult<E> {
  entry: E;
  score: number;
}

export interface KnowledgeSearch<E> {
  search(query: string): SearchOutcome<E>;
  /** The best-scoring entries, best first, without a decision: for checks and measurement. */
  rank(query: string, limit?: number): RankedResult<E>[];
}

const MAX_OPTIONS = 3;

/** Builds the index once; each search is pure and fast (no I/O, no state between calls). */
export function createSearch<E extends SearchableEntry = KnowledgeEntry>(entries: readonly E[], options: SearchOptions = {}): KnowledgeSearch<E> {
  const ranker = createRanker(entries, options.ranker ?? DEFAULT_RANKER_SETTINGS);
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const rank = (query: string, limit = 5): RankedResult<E>[] =>
    ranker.rank(query, limit).flatMap(({ index, score }) => {
      const entry = entries[index];
      return entry ? [{ entry, score }] : [];
    });
  return {
    rank,
    search(query: string): SearchOutcome<E> {
      if (isNeverAnswered(query)) return { kind: 'unknown' };
      return decide(rank(query, MAX_OPTIONS + 1), thresholds);
    },
  };
}

export function decide<E>(ranked: readonly RankedResult<E>[], thresholds: SearchThresholds): SearchOutcome<E> {
  const [best, second] = ranked;
  if (!best || best.score < thresholds.didYouMean) return { kind: 'unknown' };
  const clearLead = !second || best.score - second.score >= thresholds.ambiguityMargin;
  if (best.score >= thresholds.answer && clearLead) return { kind: 'answer', entry: best.entry, score: best.score };
  const offered = ranked
    .filter((result) => best.score - result.score <= thresholds.optionMargin)
    .slice(0, MAX_OPTIONS);
  return { kind: 'did-you-mean', options: offered.map((result) => result.entry), scores: offered.map((result) => result.score) };
}
