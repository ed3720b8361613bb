/**
 * npm run eval (first half): measures the knowledge-base search on test/fixtures/search-eval.json.
 *
 *   npx tsx scripts/eval-search.ts              the production search; exits 1 under the goals
 *   npx tsx scripts/eval-search.ts --compare    also ranks alternative configurations (Fuse.js variants)
 *   npx tsx scripts/eval-search.ts --tune       grid-searches decision thresholds for the production ranker
 *   npx tsx scripts/eval-search.ts --tune-ranker  grid-searches the main ranker settings (slow)
 *
 * Definitions (in-scope questions):
 *   top-1     the first entry the patient is shown (the answer, or the first did-you-mean option) is right
 *   top-3     the right entry is the answer or one of the did-you-mean options
 *   answered  answered outright with the right entry;  wrong answer: answered outright with another entry
 * Out-of-scope questions: rejected = the search says it does not know (kind "unknown").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Fuse, { type IFuseOptions } from 'fuse.js';
import { inspectKnowledgeBase } from '../src/core/knowledge/loader';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import { isNeverAnswered } from '../src/core/search/never-answer';
import { analyse, comparableQuestion } from '../src/core/search/normalise';
import { createRanker, DEFAULT_RANKER_SETTINGS, splitClauses, type RankerSettings } from '../src/core/search/ranker';
import { createSearch, decide, DEFAULT_THRESHOLDS, type SearchOutcome, type SearchThresholds } from '../src/core/search/search';

const GOALS = { top1: 0.92, top3: 0.98, outOfScopeRejected: 0.95 };

interface EvalSet {
  inScope: { q: string; id: string }[];
  outOfScope: string[];
}

interface Metrics {
  top1: number;
  top3: number;
  answered: number;
  wrongAnswers: number;
  didYouMean: number;
  outOfScopeRejected: number;
  rankTop1: number;
  rankTop3: number;
}

/** A ranking function under test: best first, scores in 0..1 where higher is better. */
type RankFn = (query: string) => { entry: KnowledgeEntry; score: number }[];

function outcomeFor(rank: RankFn, query: string, thresholds: SearchThresholds, guard: boolean): SearchOutcome {
  if (guard && isNeverAnswered(query)) return { kind: 'unknown' };
  return decide(rank(query).slice(0, 4), thresholds);
}

function shownIds(outcome: SearchOutcome): string[] {
  if (outcome.kind === 'answer') return [outcome.entry.id];
  if (outcome.kind === 'did-you-mean') return outcome.options.map((entry) => entry.id);
  return [];
}

interface Precomputed {
  inScope: { id: string; ranked: { entry: KnowledgeEntry; score: number }[]; guarded: boolean }[];
  outOfScope: { ranked: { entry: KnowledgeEntry; score: number }[]; guarded: boolean }[];
}

function precompute(rank: RankFn, set: EvalSet): Precomputed {
  return {
    inScope: set.inScope.map(({ q, id }) => ({ id, ranked: rank(q).slice(0, 4), guarded: isNeverAnswered(q) })),
    outOfScope: set.outOfScope.map((q) => ({ ranked: rank(q).slice(0, 4), guarded: isNeverAnswered(q) })),
  };
}

function measure(pre: Precomputed, thresholds: SearchThresholds, guard = true): Metrics {
  let top1 = 0;
  let top3 = 0;
  let answered = 0;
  let wrong = 0;
  let didYouMean = 0;
  let rankTop1 = 0;
  let rankTop3 = 0;
  for (const item of pre.inScope) {
    const outcome: SearchOutcome = guard && item.guarded ? { kind: 'unknown' } : decide(item.ranked, thresholds);
    const shown = shownIds(outcome);
    if (shown[0] === item.id) top1++;
    if (shown.includes(item.id)) top3++;
    if (outcome.kind === 'answer') {
      if (outcome.entry.id === item.id) answered++;
      else wrong++;
    }
    if (outcome.kind === 'did-you-mean') didYouMean++;
    if (item.ranked[0]?.entry.id === item.id) rankTop1++;
    if (item.ranked.slice(0, 3).some((result) => result.entry.id === item.id)) rankTop3++;
  }
  let rejected = 0;
  for (const item of pre.outOfScope) {
    const outcome: SearchOutcome = guard && item.guarded ? { kind: 'unknown' } : decide(item.ranked, thresholds);
    if (outcome.kind === 'unknown') rejected++;
  }
  const n = pre.inScope.length;
  return {
    top1: top1 / n,
    top3: top3 / n,
    answered: answered / n,
    wrongAnswers: wrong / n,
    didYouMean: didYouMean / n,
    outOfScopeRejected: rejected / pre.outOfScope.length,
    rankTop1: rankTop1 / n,
    rankTop3: rankTop3 / n,
  };
}

/** Best thresholds for a ranker: highest top-1 with at least 95% out-of-scope rejected, then fewest wrong answers. */
function tune(pre: Precomputed, guard = true): { thresholds: SearchThresholds; metrics: Metrics } {
  let best: { thresholds: SearchThresholds; metrics: Metrics } | undefined;
  const better = (a: Metrics, b: Metrics): boolean =>
    a.top1 !== b.top1 ? a.top1 > b.top1 : a.top3 !== b.top3 ? a.top3 > b.top3 : a.wrongAnswers !== b.wrongAnswers ? a.wrongAnswers < b.wrongAnswers : a.answered > b.answered;
  for (let didYouMean = 0.1; didYouMean <= 0.9; didYouMean += 0.02) {
    for (let answer = didYouMean; answer <= 1; answer += 0.02) {
      for (const ambiguityMargin of [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15]) {
        for (const optionMargin of [0.15, 0.3, 0.5]) {
          const thresholds = { answer, didYouMean, ambiguityMargin, optionMargin };
          const metrics = measure(pre, thresholds, guard);
          if (metrics.outOfScopeRejected < GOALS.outOfScopeRejected) continue;
          if (!best || better(metrics, best.metrics)) best = { thresholds, metrics };
        }
      }
    }
  }
  if (!best) return { thresholds: DEFAULT_THRESHOLDS, metrics: measure(pre, DEFAULT_THRESHOLDS, guard) };
  return best;
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

// ---- alternative configurations, for --compare -------------------------------------------------

interface IndexedEntry {
  entry: KnowledgeEntry;
  questions: string[];
  title: string;
  tags: string[];
  body: string;
}

const WEIGHTED_KEYS = [
  { name: 'questions', weight: 4 },
  { name: 'title', weight: 2 },
  { name: 'tags', weight: 1.5 },
  { name: 'body', weight: 0.5 },
];

function fuseRanker(entries: readonly KnowledgeEntry[], options: IFuseOptions<IndexedEntry>, analysed: boolean, byClause: boolean): RankFn {
  const prepare = (text: string): string => (analysed ? analyse(text).terms.join(' ') : text);
  const docs: IndexedEntry[] = entries.map((entry) => ({
    entry,
    questions: entry.questions.map(prepare),
    title: prepare(entry.title),
    tags: entry.tags.map(prepare),
    body: prepare(entry.body),
  }));
  const fuse = new Fuse(docs, { ...options, keys: WEIGHTED_KEYS, includeScore: true });
  const once = (query: string): Map<string, { entry: KnowledgeEntry; score: number }> => {
    const results = new Map<string, { entry: KnowledgeEntry; score: number }>();
    const text = prepare(query);
    if (text.trim() === '') return results;
    for (const result of fuse.search(text, { limit: 5 })) results.set(result.item.entry.id, { entry: result.item.entry, score: 1 - (result.score ?? 1) });
    return results;
  };
  return (query) => {
    const merged = once(query);
    if (byClause) {
      for (const clause of splitClauses(query)) {
        for (const [id, result] of once(clause)) if ((merged.get(id)?.score ?? 0) < result.score) merged.set(id, result);
      }
    }
    return [...merged.values()].sort((a, b) => b.score - a.score);
  };
}

function coverageRanker(entries: readonly KnowledgeEntry[], settings: RankerSettings): RankFn {
  const ranker = createRanker(entries, settings);
  return (query) => ranker.rank(query, 5).flatMap(({ index, score }) => (entries[index] ? [{ entry: entries[index], score }] : []));
}

function configurations(entries: readonly KnowledgeEntry[]): [string, RankFn][] {
  return [
    ['Fuse Bitap, defaults, raw text', fuseRanker(entries, {}, false, false)],
    ['Fuse Bitap, ignoreLocation, threshold 0.4, normalised text', fuseRanker(entries, { ignoreLocation: true, threshold: 0.4, ignoreDiacritics: true }, true, false)],
    ['Fuse token search (useTokenSearch), raw text', fuseRanker(entries, { useTokenSearch: true, ignoreDiacritics: true }, false, false)],
    ['Fuse token search, normalised text, threshold 0.3', fuseRanker(entries, { useTokenSearch: true, threshold: 0.3 }, true, false)],
    ['Fuse token search, normalised text, threshold 0.3, per clause', fuseRanker(entries, { useTokenSearch: true, threshold: 0.3 }, true, true)],
    ['Fuse token search, normalised, per clause, no field-length norm', fuseRanker(entries, { useTokenSearch: true, threshold: 0.3, ignoreFieldNorm: true }, true, true)],
    ['Coverage ranker, whole message only', coverageRanker(entries, { ...DEFAULT_RANKER_SETTINGS, clauseFactor: 0 })],
    ['Coverage ranker, no question-coverage term', coverageRanker(entries, { ...DEFAULT_RANKER_SETTINGS, unitCoverageWeight: 0 })],
    ['Coverage ranker, body sentences not matched on their own', coverageRanker(entries, { ...DEFAULT_RANKER_SETTINGS, fieldWeights: { ...DEFAULT_RANKER_SETTINGS.fieldWeights, body: 0 } })],
    ['Coverage ranker, best question only (no whole-entry share)', coverageRanker(entries, { ...DEFAULT_RANKER_SETTINGS, entryCoverageShare: 0 })],
    ['Coverage ranker, no spelling correction', coverageRanker(entries, { ...DEFAULT_RANKER_SETTINGS, correctedTermFactor: 0 })],
    ['Coverage ranker (production)', coverageRanker(entries, DEFAULT_RANKER_SETTINGS)],
  ];
}

// ---- main --------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const set = JSON.parse(readFileSync(path.join(root, 'test/fixtures/search-eval.json'), 'utf8')) as EvalSet;
  // Measured on every valid entry, even when kb:check fails (kb:check reports those problems).
  const { entries, errors } = await inspectKnowledgeBase(path.join(root, 'knowledge'), new Date());
  if (errors.length > 0) console.log(`note: kb:check reports ${errors.length} problem(s); measuring the ${entries.length} valid entries\n`);
  const ids = new Set(entries.map((entry) => entry.id));

  const fixtureProblems: string[] = [];
  const exampleQuestions = new Map(entries.flatMap((entry) => entry.questions.map((question) => [comparableQuestion(question), entry.id] as const)));
  set.inScope.forEach(({ q, id }, index) => {
    if (!ids.has(id)) fixtureProblems.push(`inScope[${index}]: "${id}" is not an entry id`);
    const copied = exampleQuestions.get(comparableQuestion(q));
    if (copied) fixtureProblems.push(`inScope[${index}]: copies an example question of ${copied}`);
  });
  const covered = new Set(set.inScope.map((item) => item.id));
  const uncovered = [...ids].filter((id) => !covered.has(id));
  if (uncovered.length > 0) fixtureProblems.push(`no eval question for: ${uncovered.join(', ')}`);
  if (fixtureProblems.length > 0) {
    for (const problem of fixtureProblems) console.error(`search-eval.json: ${problem}`);
    return 1;
  }
  console.log(`search eval: ${set.inScope.length} in-scope questions over ${covered.size} entries, ${set.outOfScope.length} out-of-scope\n`);

  if (process.argv.includes('--compare')) {
    console.log('| configuration | rank top-1 | rank top-3 | tuned: top-1 | top-3 | answered right | wrong answers | OOS rejected |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [name, rank] of configurations(entries)) {
      const pre = precompute(rank, set);
      const { metrics } = tune(pre);
      console.log(
        `| ${name} | ${percent(metrics.rankTop1)} | ${percent(metrics.rankTop3)} | ${percent(metrics.top1)} | ${percent(metrics.top3)} | ` +
          `${percent(metrics.answered)} | ${percent(metrics.wrongAnswers)} | ${percent(metrics.outOfScopeRejected)} |`,
      );
    }
    console.log('(tuned = thresholds grid-searched per configuration for the best top-1 with >= 95% out-of-scope rejected)\n');
  }

  if (process.argv.includes('--tune-ranker')) {
    const rows: string[] = [];
    for (const unknownTermFactor of [0.7, 1]) {
      for (const evidenceForFullScore of [1, 1.5, 2]) {
        for (const entryCoverageShare of [0.2, 0.4]) {
          for (const bodyTermFactor of [0.5, 0.8]) {
            const settings = { ...DEFAULT_RANKER_SETTINGS, unknownTermFactor, evidenceForFullScore, entryCoverageShare, bodyTermFactor };
            const { metrics, thresholds } = tune(precompute(coverageRanker(entries, settings), set));
            rows.push(
              `${percent(metrics.top1)} top3 ${percent(metrics.top3)} rank ${percent(metrics.rankTop1)}/${percent(metrics.rankTop3)} ` +
                `unknown=${unknownTermFactor} evidence=${evidenceForFullScore} share=${entryCoverageShare} body=${bodyTermFactor} ${JSON.stringify(thresholds)}`,
            );
          }
        }
      }
    }
    rows.sort().reverse();
    console.log(rows.slice(0, 25).join('\n'));
  }

  const search = createSearch(entries);
  const productionRank: RankFn = (query) => search.rank(query, 4);
  if (process.argv.includes('--tune')) {
    const pre = precompute(productionRank, set);
    const { thresholds, metrics } = tune(pre);
    console.log('best thresholds:', JSON.stringify(thresholds), JSON.stringify(metrics));
    for (const answer of [0.7, 0.75, 0.8, 0.85, 0.9]) {
      for (const ambiguityMargin of [0.05, 0.1, 0.15]) {
        const candidate = { ...thresholds, answer, ambiguityMargin };
        const m = measure(pre, candidate);
        console.log(`  answer>=${answer} lead>=${ambiguityMargin}: top-1 ${percent(m.top1)} top-3 ${percent(m.top3)} answered ${percent(m.answered)} wrong ${percent(m.wrongAnswers)} OOS ${percent(m.outOfScopeRejected)}`);
      }
    }
    const noGuard = tune(pre, false);
    console.log('without the never-answer rules:', JSON.stringify(noGuard.thresholds), JSON.stringify(noGuard.metrics));
  }

  const metrics = measure(precompute(productionRank, set), DEFAULT_THRESHOLDS);
  console.log(`thresholds: ${JSON.stringify(DEFAULT_THRESHOLDS)}`);
  console.log(`top-1 (first entry shown is right)     ${percent(metrics.top1)}   goal >= ${percent(GOALS.top1)}`);
  console.log(`top-3 (right entry among those shown)  ${percent(metrics.top3)}   goal >= ${percent(GOALS.top3)}`);
  console.log(`answered outright and right            ${percent(metrics.answered)}`);
  console.log(`answered outright with a wrong entry   ${percent(metrics.wrongAnswers)}`);
  console.log(`did-you-mean rate                      ${percent(metrics.didYouMean)}`);
  console.log(`out-of-scope rejected                  ${percent(metrics.outOfScopeRejected)}   goal >= ${percent(GOALS.outOfScopeRejected)}`);
  console.log(`ranking only: top-1 ${percent(metrics.rankTop1)}, top-3 ${percent(metrics.rankTop3)}`);

  const misses: string[] = [];
  for (const { q, id } of set.inScope) {
    const outcome = outcomeFor(productionRank, q, DEFAULT_THRESHOLDS, true);
    const shown = shownIds(outcome);
    if (shown[0] !== id) misses.push(`  in-scope  [${id}] "${q}" -> ${outcome.kind}${shown.length ? ` ${shown.join(', ')}` : ''}`);
  }
  for (const q of set.outOfScope) {
    const outcome = search.search(q);
    if (outcome.kind !== 'unknown') misses.push(`  out-of-scope "${q}" -> ${outcome.kind} ${shownIds(outcome).join(', ')}`);
  }
  if (misses.length > 0) console.log(`\nmisses (${misses.length}):\n${misses.join('\n')}`);

  const failed = metrics.top1 < GOALS.top1 || metrics.top3 < GOALS.top3 || metrics.outOfScopeRejected < GOALS.outOfScopeRejected;
  console.log(failed ? '\nsearch eval: FAILED (under the goals)' : '\nsearch eval: OK');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
