/**
 * One decision per message, over everything the bot can do: answer from an entry, start a dialog,
 * ask "did you mean" between two or three close candidates, or say honestly that it does not know.
 *
 * Knowledge entries and the dialogs in triggers.ts are ranked together by one ranker, so a dialog
 * wins only when the message asks for it better than any entry answers it. Only conversation
 * control (a message that is nothing but "hi", "menu", "start over"...) is read before the ranking,
 * by its form (control.ts). The thresholds are calibrated on the development sets
 * (scripts/eval-understanding.ts --tune) and reported on test sets scored once.
 */
import type { KnowledgeEntry } from '../knowledge/schema';
import { isNeverAnswered } from '../search/never-answer';
import { createRanker, DEFAULT_RANKER_SETTINGS, type RankerSettings, type SearchableEntry } from '../search/ranker';
import { frontEnd } from '../text';
import { controlMove } from './control';
import { readSlots } from './slots';
import { DIALOG_PREFIX, triggerEntries, type RankedDialog } from './triggers';
import type { Candidate, Decision, Slots } from './types';

export interface DecisionThresholds {
  /** The top candidate is taken outright at this score or more... */
  answer: number;
  /** ...when it leads the next one by at least this much. */
  margin: number;
  /** A did-you-mean needs its first option to score this much; below, "I don't know". */
  didYouMean: number;
  /** Options offered beside the first must score within this of it. */
  optionGap: number;
}

/** Calibrated on the development sets; see docs/understanding.md. */
export const DEFAULT_DECISION_THRESHOLDS: DecisionThresholds = { answer: 0.6, margin: 0.02, didYouMean: 0.5, optionGap: 0.05 };

export interface UnderstandingOptions {
  ranker?: RankerSettings;
  thresholds?: DecisionThresholds;
}

export interface RankedCandidate<E> {
  candidate: Candidate<E>;
  score: number;
}

export interface Understanding<E> {
  understand(text: string): Decision<E>;
  /** Everything the decision is made from, before thresholds: for tuning them. */
  analyse(text: string): Analysis<E>;
  /** The ranking behind the decision, best first: for evaluation and the staff trace. */
  rank(text: string, limit?: number): RankedCandidate<E>[];
}

const MAX_OPTIONS = 3;

export function createUnderstanding<E extends SearchableEntry = KnowledgeEntry>(entries: readonly E[], options: UnderstandingOptions = {}): Understanding<E> {
  const triggers = triggerEntries();
  const all: SearchableEntry[] = [...entries, ...triggers];
  const ranker = createRanker(all, options.ranker ?? DEFAULT_RANKER_SETTINGS);
  const thresholds = options.thresholds ?? DEFAULT_DECISION_THRESHOLDS;

  const candidateAt = (index: number): Candidate<E> | undefined => {
    if (index < entries.length) {
      const entry = entries[index];
      return entry === undefined ? undefined : { kind: 'entry', entry };
    }
    const trigger = all[index];
    return trigger ? { kind: 'dialog', dialog: trigger.id.slice(DIALOG_PREFIX.length) as RankedDialog } : undefined;
  };

  const rank = (text: string, limit = MAX_OPTIONS + 1): RankedCandidate<E>[] =>
    ranker.rank(text, limit).flatMap(({ index, score }) => {
      const candidate = candidateAt(index);
      return candidate ? [{ candidate, score }] : [];
    });

  return {
    rank,
    analyse,
    understand: (text: string): Decision<E> => decide(analyse(text), thresholds),
  };

  function analyse(text: string): Analysis<E> {
    const { folded, words } = frontEnd(text);
    const slots = readSlots(folded);
    const move = controlMove(words);
    if (move) return { settled: { kind: 'dialog', dialog: move, confidence: 1, slots }, ranked: [], slots };
    if (isNeverAnswered(text)) return { settled: { kind: 'unknown', slots }, ranked: [], slots };
    return { ranked: rank(text), slots };
  }
}

/** A message read, ranked, not yet decided. `settled`: decided before any ranking (conversation control, a request never answered). */
export interface Analysis<E> {
  settled?: Decision<E>;
  ranked: RankedCandidate<E>[];
  slots: Slots;
}

export function decide<E>(analysis: Analysis<E>, thresholds: DecisionThresholds): Decision<E> {
  return analysis.settled ?? decideFromRanking(analysis.ranked, thresholds, analysis.slots);
}

/** The decision a ranking supports, best first. Pure, so thresholds can be tuned over stored rankings. */
export function decideFromRanking<E>(ranked: readonly RankedCandidate<E>[], thresholds: DecisionThresholds, slots: Slots): Decision<E> {
  const [best, second] = ranked;
  if (!best || best.score < thresholds.didYouMean) return { kind: 'unknown', slots };
  const clearLead = !second || best.score - second.score >= thresholds.margin;
  const offered = ranked.filter((result) => best.score - result.score <= thresholds.optionGap).slice(0, MAX_OPTIONS);
  if (best.score >= thresholds.answer && (clearLead || offered.length < 2)) {
    return best.candidate.kind === 'entry'
      ? { kind: 'answer', entry: best.candidate.entry, confidence: best.score, slots }
      : { kind: 'dialog', dialog: best.candidate.dialog, confidence: best.score, slots };
  }
  // A did-you-mean only between genuinely close candidates; one weak candidate is "I don't know".
  if (offered.length < 2) return { kind: 'unknown', slots };
  return { kind: 'did-you-mean', options: offered.map((result) => result.candidate), slots };
}
