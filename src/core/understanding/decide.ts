/**
 * One decision per message, over everything the bot can do: answer from an entry, start a dialog,
 * ask "did you mean" between close candidates, or say honestly that it does not know.
 *
 * Knowledge entries and the dialogs in triggers.ts are ranked together by one ranker, which also
 * matches patients' labelled phrasings (knowledge/phrasings/); a naive Bayes classifier trained on
 * the same examples (classifier.ts) makes the call, and the ranker vouches for the picks it is less
 * sure of and refuses what matches out-of-scope phrasings best. Read before either: conversation
 * control by form (control.ts), requests never answered, an explicit request for a person, an exact
 * example question. The thresholds are calibrated on the phrasing files, each held out in turn
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
  /** The classifier's pick is answered outright when it is at least this sure... */
  sure: number;
  /** ...or when the ranker puts the same candidate first with at least this score. */
  agreedScore: number;
  /** A did-you-mean offers the classifier's two best picks when together they are this sure... */
  pairSure: number;
  /** ...and the second alone is at least this. */
  secondAtLeast: number;
  /** Where the ranker puts another candidate first, the classifier's pick at least this sure is offered beside it; otherwise "I don't know". Above 1: off. */
  disagreeSure: number;
}

/**
 * Calibrated on the phrasing files, each held out in turn; see docs/understanding.md. With the
 * fifteen files of stop 21 a did-you-mean beside a ranker that disagrees refused fewer out-of-scope
 * questions and answered no more, so it is off.
 */
export const DEFAULT_DECISION_THRESHOLDS: DecisionThresholds = { sure: 0.999, agreedScore: 0.2, pairSure: 0.7, secondAtLeast: 0.25, disagreeSure: 1.1 };

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
    if (move) return { settled: { kind: 'dialog', dialog: move, confidence: 1, slots }, ranked: [], guesses: [], slots };
    if (isNeverAnswered(text)) return { settled: { kind: 'unknown', slots }, ranked: [], guesses: [], slots };
    if (asksForPerson(words)) return { settled: { kind: 'dialog', dialog: 'talk-to-person', confidence: 1, slots }, ranked: [], guesses: [], slots };
    const example = exemplified.get(comparableQuestion(text));
    if (example) return { settled: settle(example, 1, slots), ranked: [], guesses: [], slots };
    const ranked = ranker.rank(text, MAX_OPTIONS + 2);
    const candidates = candidatesOf(ranked);
    // Out-of-scope phrasings matching best refuse, whatever the classifier thinks.
    const refused = ranked[0] !== undefined && ranked[0].index === outOfScopeIndex;
    if (refused) return { settled: { kind: 'unknown', slots }, ranked: candidates, guesses: [], slots };
    const top = ranked[0] && all[ranked[0].index]?.id;
    const guesses = classifierNow().classify(text, 2).map((guess): Guess<E> => {
      const candidate = candidateById.get(guess.label);
      return { ...(candidate ? { candidate } : {}), probability: guess.probability, agrees: guess.label === top };
    });
    return { ranked: candidates, guesses, slots };
  }
}

/** A message read, ranked, not yet decided. `settled`: decided without the thresholds (conversation control, a request never answered or for a person, an example question, an out-of-scope match). */
export interface Analysis<E> {
  settled?: Decision<E>;
  ranked: RankedCandidate<E>[];
  /** The classifier's two best picks. */
  guesses: Guess<E>[];
  slots: Slots;
}

export interface Guess<E> {
  /** Absent when the pick is out of scope. */
  candidate?: Candidate<E>;
  probability: number;
  /** Whether it is the ranker's top candidate. */
  agrees: boolean;
}

/**
 * The decision an analysis supports. Answer outright what the classifier is sure of, or what it and
 * the ranker both put first; offer a did-you-mean where the classifier hesitates between two
 * candidates that together it is sure of, or is nearly sure of one the ranker does not put first;
 * otherwise "I don't know". Pure, so thresholds can be tuned over stored analyses.
 */
export function decide<E>(analysis: Analysis<E>, thresholds: DecisionThresholds): Decision<E> {
  if (analysis.settled) return analysis.settled;
  const { ranked, guesses, slots } = analysis;
  const [first, second] = guesses;
  if (!first?.candidate) return { kind: 'unknown', slots };
  if (first.probability >= thresholds.sure) return settle(first.candidate, first.probability, slots);
  if (first.agrees && (ranked[0]?.score ?? 0) >= thresholds.agreedScore) return settle(first.candidate, first.probability, slots);
  if (second?.candidate && second.probability >= thresholds.secondAtLeast && first.probability + second.probability >= thresholds.pairSure) {
    return { kind: 'did-you-mean', options: [first.candidate, second.candidate], slots };
  }
  const rankedFirst = ranked[0]?.candidate;
  if (rankedFirst && !first.agrees && first.probability >= thresholds.disagreeSure) return { kind: 'did-you-mean', options: [first.candidate, rankedFirst], slots };
  return { kind: 'unknown', slots };
}

function settle<E>(candidate: Candidate<E>, confidence: number, slots: Slots): Decision<E> {
  return candidate.kind === 'entry' ? { kind: 'answer', entry: candidate.entry, confidence, slots } : { kind: 'dialog', dialog: candidate.dialog, confidence, slots };
}
