/**
 * One decision per message, over everything the bot can do: answer from an entry, start a dialog,
 * ask "did you mean" between close candidates, or say honestly that it does not know.
 *
 * Knowledge entries and the dialogs in triggers.ts are ranked together by one ranker, which also
 * matches patients' labelled phrasings (knowledge/phrasings/); a naive Bayes classifier trained on
 * the same examples gives a second opinion (classifier.ts). The bot answers outright only where both
 * name the same candidate. Read before any ranking: conversation control by form (control.ts),
 * requests never answered, an explicit request for a person, an exact example question. The
 * thresholds are calibrated on the phrasing files, each held out in turn
 * (scripts/eval-understanding.ts --tune), and reported on test sets scored once.
 */
import type { KnowledgeEntry } from '../knowledge/schema';
import { OUT_OF_SCOPE } from '../knowledge/phrasings';
import { isNeverAnswered } from '../search/neverAnswer';
import { comparableQuestion } from '../search/normalize';
import { createRanker, DEFAULT_RANKER_SETTINGS, type RankedEntry, type RankerSettings, type SearchableEntry } from '../search/ranker';
import { frontEnd } from '../text';
import { trainIntentClassifier, type IntentClassifier } from './classifier';
import { controlMove } from './control';
import { readSlots } from './slots';
import { asksForPerson, DIALOG_PREFIX, triggerEntries, type RankedDialog } from './triggers';
import type { Candidate, Decision, Slots } from './types';

export interface DecisionThresholds {
  /** The ranker's top candidate is taken outright when the classifier names it too and the ranker scores it at least this. */
  answer: number;
  /** A did-you-mean needs its first option to score this much; below, "I don't know". */
  didYouMean: number;
  /** Options offered beside the first must score within this of it... */
  optionGap: number;
  /** ...and the classifier's own, different pick is offered beside the ranker's when it is this sure. */
  secondOpinion: number;
}

/** Calibrated on the phrasing files, each held out in turn; see docs/understanding.md. */
export const DEFAULT_DECISION_THRESHOLDS: DecisionThresholds = { answer: 0.3, didYouMean: 0.5, optionGap: 0, secondOpinion: 0.99 };

export interface UnderstandingOptions {
  ranker?: RankerSettings;
  thresholds?: DecisionThresholds;
  /** Labelled patient messages (knowledge/phrasings/), by entry id or `dialog:<id>`: matched, never shown. */
  phrasings?: ReadonlyMap<string, readonly string[]>;
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
  /** Builds the classifier now rather than on the first message (the server calls it at start-up). */
  prepare(): void;
}

const MAX_OPTIONS = 3;

export function createUnderstanding<E extends SearchableEntry = KnowledgeEntry>(entries: readonly E[], options: UnderstandingOptions = {}): Understanding<E> {
  const phrasingsOf = (id: string): readonly string[] => options.phrasings?.get(id) ?? [];
  const all: SearchableEntry[] = [...entries, ...triggerEntries()].map((entry) => ({ ...entry, phrasings: phrasingsOf(entry.id) }));
  // Messages labelled out of scope compete too: one that matches them best is not answered.
  const outOfScope = phrasingsOf(OUT_OF_SCOPE);
  const outOfScopeIndex = outOfScope.length > 0 ? all.push({ id: OUT_OF_SCOPE, title: '', questions: [], tags: [], body: '', phrasings: outOfScope }) - 1 : -1;
  const ranker = createRanker(all, options.ranker ?? DEFAULT_RANKER_SETTINGS);
  // Built on first need (or prepare()): kb:check's ranking of example questions never needs it.
  let classifier: IntentClassifier | undefined;
  const classifierNow = (): IntentClassifier =>
    (classifier ??= trainIntentClassifier(
      all.flatMap((entry) => [...entry.questions, entry.title, ...entry.tags, ...(entry.phrasings ?? [])].map((example) => ({ text: example, label: entry.id }))),
    ));
  // A message that is one of the curated example questions (an entry's or a dialog's) gets what it exemplifies.
  const exemplified = new Map<string, Candidate<E>>();
  all.forEach((entry, index) => {
    const candidate = candidateAt(index);
    if (candidate) for (const question of entry.questions) if (!exemplified.has(comparableQuestion(question))) exemplified.set(comparableQuestion(question), candidate);
  });
  const candidateById = new Map(all.flatMap((entry, index) => {
    const candidate = candidateAt(index);
    return candidate ? [[entry.id, candidate] as const] : [];
  }));
  const thresholds = options.thresholds ?? DEFAULT_DECISION_THRESHOLDS;

  function candidateAt(index: number): Candidate<E> | undefined {
    if (index < entries.length) {
      const entry = entries[index];
      return entry === undefined ? undefined : { kind: 'entry', entry };
    }
    if (index === outOfScopeIndex) return undefined;
    const trigger = all[index];
    return trigger ? { kind: 'dialog', dialog: trigger.id.slice(DIALOG_PREFIX.length) as RankedDialog } : undefined;
  }

  const candidatesOf = (ranked: readonly RankedEntry[]): RankedCandidate<E>[] =>
    ranked.flatMap(({ index, score }) => {
      const candidate = candidateAt(index);
      return candidate ? [{ candidate, score }] : [];
    });
  const rank = (text: string, limit = MAX_OPTIONS + 1): RankedCandidate<E>[] => candidatesOf(ranker.rank(text, limit));

  return {
    rank,
    analyse,
    prepare: () => void classifierNow(),
    understand: (text: string): Decision<E> => decide(analyse(text), thresholds),
  };

  function analyse(text: string): Analysis<E> {
    const { folded, words } = frontEnd(text);
    const slots = readSlots(folded);
    const move = controlMove(words);
    if (move) return { settled: { kind: 'dialog', dialog: move, confidence: 1, slots }, ranked: [], slots };
    if (isNeverAnswered(text)) return { settled: { kind: 'unknown', slots }, ranked: [], slots };
    if (asksForPerson(words)) return { settled: { kind: 'dialog', dialog: 'talk-to-person', confidence: 1, slots }, ranked: [], slots };
    const example = exemplified.get(comparableQuestion(text));
    if (example) return { settled: settle(example, 1, slots), ranked: [], slots };
    const ranked = ranker.rank(text, MAX_OPTIONS + 2);
    const candidates = candidatesOf(ranked);
    const refused = ranked[0] !== undefined && ranked[0].index === outOfScopeIndex;
    if (refused) return { settled: { kind: 'unknown', slots }, ranked: candidates, slots };
    const [guess] = classifierNow().classify(text, 1);
    const picked = guess && candidateById.get(guess.label);
    const top = ranked[0] && all[ranked[0].index]?.id;
    const opinion = guess && picked ? { candidate: picked, probability: guess.probability, agrees: guess.label === top } : undefined;
    return { ranked: candidates, slots, ...(opinion ? { opinion } : {}) };
  }
}

/** A message read, ranked, not yet decided. `settled`: decided without the thresholds (conversation control, a request never answered or for a person, an example question, an out-of-scope match). */
export interface Analysis<E> {
  settled?: Decision<E>;
  ranked: RankedCandidate<E>[];
  /** The classifier's pick; absent when it picks out-of-scope or nothing it knows. */
  opinion?: Opinion<E>;
  slots: Slots;
}

export interface Opinion<E> {
  candidate: Candidate<E>;
  probability: number;
  /** Whether it is the ranker's top candidate. */
  agrees: boolean;
}

export function decide<E>(analysis: Analysis<E>, thresholds: DecisionThresholds): Decision<E> {
  return analysis.settled ?? decideFromRanking(analysis.ranked, thresholds, analysis.slots, analysis.opinion);
}

/**
 * The decision a ranking and the classifier's opinion support. Answer outright only where both name
 * the same candidate; offer a did-you-mean where candidates are genuinely close (close scores, or
 * the two name different ones); otherwise "I don't know". Pure, so thresholds can be tuned over
 * stored analyses.
 */
export function decideFromRanking<E>(ranked: readonly RankedCandidate<E>[], thresholds: DecisionThresholds, slots: Slots, opinion?: Opinion<E>): Decision<E> {
  const [best] = ranked;
  if (!best) return { kind: 'unknown', slots };
  if (opinion?.agrees && best.score >= thresholds.answer) return settle(best.candidate, best.score, slots);
  if (best.score < thresholds.didYouMean) return { kind: 'unknown', slots };
  const options = ranked.filter((result) => best.score - result.score <= thresholds.optionGap).map((result) => result.candidate);
  if (opinion && !opinion.agrees && opinion.probability >= thresholds.secondOpinion && !options.some((option) => sameCandidate(option, opinion.candidate))) options.splice(1, 0, opinion.candidate);
  // One weak candidate is "I don't know", not a question back.
  if (options.length < 2) return { kind: 'unknown', slots };
  return { kind: 'did-you-mean', options: options.slice(0, MAX_OPTIONS), slots };
}

function settle<E>(candidate: Candidate<E>, confidence: number, slots: Slots): Decision<E> {
  return candidate.kind === 'entry' ? { kind: 'answer', entry: candidate.entry, confidence, slots } : { kind: 'dialog', dialog: candidate.dialog, confidence, slots };
}

function sameCandidate<E>(a: Candidate<E>, b: Candidate<E>): boolean {
  if (a.kind === 'entry') return b.kind === 'entry' && a.entry === b.entry;
  return b.kind === 'dialog' && a.dialog === b.dialog;
}
