/**
 * npm run eval: what a patient experiences, per message, on the labelled phrasing files
 * (knowledge/phrasings/, each scored with the others only) and the test sets in
 * test/fixtures/understanding/ (scored with every phrasing; see its README).
 *
 *   npx tsx scripts/eval-understanding.ts                 every phrasing file, held out in turn; exits 1 under the goals
 *   npx tsx scripts/eval-understanding.ts --set test-e    one set (a test set: score it once, report it)
 *   npx tsx scripts/eval-understanding.ts --misses        also print each miss (development sets only)
 *   npx tsx scripts/eval-understanding.ts --tune          grid-search the decision thresholds on the development sets
 *
 * Outcomes of an in-scope question: answered outright and right / did-you-mean / wrong answer /
 * "I don't know" / a dialog that asked instead of answering / a safety alarm instead of the answer.
 * Out of scope: refused (the bot said it does not know). A did-you-mean whose first option is right
 * is still a question the patient had to answer: it is not counted as right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectKnowledgeBase } from '../src/core/knowledge/loader';
import { KnowledgeBaseError } from '../src/core/knowledge/problems';
import { phrasingsByLabel, type PhrasingSet } from '../src/core/knowledge/phrasings';
import { classifyMessage } from '../src/core/safety/classifier';
import { createUnderstanding, decide, DEFAULT_DECISION_THRESHOLDS, type Analysis, type DecisionThresholds } from '../src/core/understanding/decide';
import { answeredEntries } from '../src/core/understanding/outcome';
import type { Decision } from '../src/core/understanding/types';

const DIR = path.join(__dirname, '..', 'test', 'fixtures', 'understanding');
const KNOWLEDGE_DIR = path.join(__dirname, '..', 'knowledge');

/**
 * Regression gates on the development sets, at the levels measured when the decision stage was last
 * tuned (docs/understanding.md). The product's goals (90% answered outright and right, at most 2% wrong)
 * are not met yet; they are reported on test sets, not gated here.
 */
const GOALS = { outrightRight: 0.85, didYouMean: 0.08, wrong: 0.02, outOfScopeRefused: 0.93, alarms: 0 };

export interface LabelledQuestion {
  text: string;
  expect: string;
  also?: string[];
  style: string;
}

interface EvalSet {
  name: string;
  items: LabelledQuestion[];
  /** A test set is scored with every phrasing; a phrasing set with the others only. */
  test: boolean;
}

type Seen = 'right' | 'did-you-mean' | 'wrong' | 'unknown' | 'asked' | 'alarm';

/** New entry id -> the writers' topics it was split out of (split-topics.json). */
const PARENTS = (JSON.parse(readFileSync(path.join(DIR, 'split-topics.json'), 'utf8')) as { parents: Record<string, string[]> }).parents;

function acceptableFor(item: LabelledQuestion): Set<string> {
  const labels = new Set([item.expect, ...(item.also ?? [])]);
  for (const [child, parents] of Object.entries(PARENTS)) if (parents.some((parent) => labels.has(parent))) labels.add(child);
  return labels;
}

/**
 * Development sets are the phrasing files (knowledge/phrasings/): each is scored by a decision stage
 * that matches the OTHER files only, so no message is scored against itself. Test sets
 * (test/fixtures/understanding/test-*.json) are scored with every phrasing, as the bot runs.
 */
function loadSets(only: string | undefined, phrasingSets: readonly PhrasingSet[]): EvalSet[] {
  const tests = readdirSync(DIR).filter((file) => /^test.*\.json$/.test(file)).sort().map((file) => {
    const parsed = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as { items: LabelledQuestion[] };
    return { name: file.replace(/\.json$/, ''), items: parsed.items, test: true };
  });
  const all: EvalSet[] = [...phrasingSets.map((set) => ({ name: set.name, items: set.items, test: false })), ...tests];
  const wanted = only === undefined ? all.filter((set) => !set.test) : all.filter((set) => set.name === only);
  if (wanted.length === 0) throw new Error(`no set ${only ?? '(phrasings)'} in ${DIR} or knowledge/phrasings`);
  return wanted;
}

/** What the patient sees for one decision, as ids: an entry answered, a dialog started, or nothing. */
function seen(decision: Decision<{ id: string }>, item: LabelledQuestion, alarm: boolean): Seen {
  if (alarm) return 'alarm';
  const acceptable = acceptableFor(item);
  switch (decision.kind) {
    case 'did-you-mean':
      return 'did-you-mean';
    case 'unknown':
      return 'unknown';
    case 'answer':
      return acceptable.has(decision.entry.id) ? 'right' : 'wrong';
    case 'dialog': {
      const answered = answeredEntries(decision);
      if (answered === undefined) return acceptable.has(`dialog:${decision.dialog}`) ? 'right' : 'wrong';
      if (answered.length === 0) return 'asked';
      return answered.some((id) => acceptable.has(id)) ? 'right' : 'wrong';
    }
  }
}

interface Tally {
  n: number;
  counts: Record<Seen, number>;
  oos: number;
  refused: number;
  oosAlarms: number;
}

const emptyTally = (): Tally => ({ n: 0, counts: { right: 0, 'did-you-mean': 0, wrong: 0, unknown: 0, asked: 0, alarm: 0 }, oos: 0, refused: 0, oosAlarms: 0 });

interface Scored {
  item: LabelledQuestion;
  set: string;
  analysis: Analysis<{ id: string }>;
  decision: Decision<{ id: string }>;
  alarm: boolean;
}

function tally(scored: readonly Scored[], thresholdsApply?: (s: Scored) => Decision<{ id: string }>): Map<string, Tally> {
  const byStyle = new Map<string, Tally>();
  for (const s of scored) {
    const decision = thresholdsApply ? thresholdsApply(s) : s.decision;
    for (const key of [s.item.style, 'all']) {
      const t = byStyle.get(key) ?? emptyTally();
      byStyle.set(key, t);
      if (s.item.expect === 'out-of-scope') {
        t.oos++;
        if (s.alarm) t.oosAlarms++;
        else if (decision.kind === 'unknown') t.refused++;
        continue;
      }
      t.n++;
      t.counts[seen(decision, s.item, s.alarm)]++;
    }
  }
  return byStyle;
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function printTable(title: string, byStyle: Map<string, Tally>): void {
  console.log(`\n${title}`);
  console.log('style        n    outright+right  did-you-mean  wrong   dont-know  dialog-asked  alarm  | out-of-scope n  refused  alarms');
  const keys = [...byStyle.keys()].filter((key) => key !== 'all').sort();
  for (const key of [...keys, 'all']) {
    const t = byStyle.get(key) ?? emptyTally();
    const c = t.counts;
    console.log(
      `${key.padEnd(10)} ${String(t.n).padStart(4)}   ${pct(c.right, t.n)}        ${pct(c['did-you-mean'], t.n)}       ${pct(c.wrong, t.n)} ${pct(c.unknown, t.n)}    ${pct(c.asked, t.n)}     ${pct(c.alarm, t.n)} | ${String(t.oos).padStart(6)}        ${pct(t.refused, t.oos)}  ${pct(t.oosAlarms, t.oos)}`,
    );
  }
}

function describe(decision: Decision<{ id: string }>): string {
  switch (decision.kind) {
    case 'answer':
      return `answer ${decision.entry.id} (${decision.confidence.toFixed(2)})`;
    case 'dialog':
      return `dialog ${decision.dialog} ${JSON.stringify(decision.slots)}`;
    case 'did-you-mean':
      return `did-you-mean ${decision.options.map((o) => (o.kind === 'entry' ? o.entry.id : `dialog:${o.dialog}`)).join(' | ')}`;
    case 'unknown':
      return 'unknown';
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
  // One read of the folder: development mode serves every valid entry, so the inspection's are the bot's.
  const inspection = await inspectKnowledgeBase(KNOWLEDGE_DIR, new Date());
  if (inspection.errors.length > 0) throw new KnowledgeBaseError(inspection.errors);
  const sets = loadSets(only, inspection.phrasingSets);
  const understandingFor = (set: EvalSet) =>
    createUnderstanding(inspection.entries, { phrasings: phrasingsByLabel(inspection.phrasingSets.filter((other) => set.test || other.name !== set.name)) });
  const alarmOf = (text: string) => ['crisis', 'emergency', 'other-at-risk'].includes(classifyMessage(text).level);
  const scored: Scored[] = sets.flatMap((set) => {
    const understanding = understandingFor(set);
    return set.items.map((item) => {
      const analysis = understanding.analyse(item.text);
      return { item, set: set.name, analysis, decision: decide(analysis, DEFAULT_DECISION_THRESHOLDS), alarm: alarmOf(item.text) };
    });
  });

  if (args.includes('--tune')) {
    tune(scored);
    return 0;
  }

  for (const set of sets) printTable(`${set.name} (${set.items.length} messages)`, tally(scored.filter((s) => s.set === set.name)));
  if (sets.length > 1) printTable(`all ${sets.length} sets (${scored.length} messages)`, tally(scored));
  const all = tally(scored).get('all') ?? emptyTally();

  if (args.includes('--misses')) {
    console.log('\nMisses:');
    for (const s of scored) {
      const oos = s.item.expect === 'out-of-scope';
      const outcome = oos ? (s.decision.kind === 'unknown' && !s.alarm ? 'right' : 'wrong') : seen(s.decision, s.item, s.alarm);
      if (outcome !== 'right') console.log(`  ${outcome.padEnd(12)} want ${s.item.expect.padEnd(28)} got ${describe(s.decision)}${s.alarm ? ' [ALARM]' : ''}  ${JSON.stringify(s.item.text)}`);
    }
  }

  if (only !== undefined) return 0;
  const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const failures: string[] = [];
  if (rate(all.counts.right, all.n) < GOALS.outrightRight) failures.push(`answered outright and right ${pct(all.counts.right, all.n)} < ${GOALS.outrightRight * 100}%`);
  if (rate(all.counts['did-you-mean'], all.n) > GOALS.didYouMean) failures.push(`did-you-mean ${pct(all.counts['did-you-mean'], all.n)} > ${GOALS.didYouMean * 100}%`);
  if (rate(all.counts.wrong, all.n) > GOALS.wrong) failures.push(`wrong ${pct(all.counts.wrong, all.n)} > ${GOALS.wrong * 100}%`);
  if (rate(all.refused, all.oos) < GOALS.outOfScopeRefused) failures.push(`out of scope refused ${pct(all.refused, all.oos)} < ${GOALS.outOfScopeRefused * 100}%`);
  if (all.counts.alarm + all.oosAlarms > GOALS.alarms) failures.push(`${all.counts.alarm + all.oosAlarms} safety alarms on ordinary questions`);
  if (failures.length > 0) {
    console.error(`\nUnder the development-set goals:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  console.log('\nDevelopment-set goals met.');
  return 0;
}

/** Grid search: the best outright-right rate with did-you-mean, wrong answers and refusals within the goals. */
function tune(scored: readonly Scored[]): void {
  const results: { t: DecisionThresholds; right: number; dym: number; wrong: number; refused: number }[] = [];
  for (const sure of [0.9, 0.95, 0.99, 0.999, 0.9999]) {
    for (const agreedScore of [0.2, 0.3, 0.4, 0.5]) {
      for (const pairSure of [0.7, 0.8, 0.9, 1.1]) {
        for (const secondAtLeast of [0.15, 0.25, 0.35]) {
          for (const disagreeSure of [0.9, 0.99, 1.1]) {
            const t = { sure, agreedScore, pairSure, secondAtLeast, disagreeSure };
            const all = tally(scored, (s) => decide(s.analysis, t)).get('all') ?? emptyTally();
            results.push({ t, right: all.counts.right / all.n, dym: all.counts['did-you-mean'] / all.n, wrong: all.counts.wrong / all.n, refused: all.refused / all.oos });
          }
        }
      }
    }
  }
  const within = (wrong: number, refused: number) => results.filter((r) => r.dym <= GOALS.didYouMean && r.wrong <= wrong && r.refused >= refused).sort((a, b) => b.right - a.right);
  const ok = within(0.02, GOALS.outOfScopeRefused);
  const show = (r: (typeof results)[number]) =>
    console.log(`${JSON.stringify(r.t)}  right ${(100 * r.right).toFixed(1)}%  dym ${(100 * r.dym).toFixed(1)}%  wrong ${(100 * r.wrong).toFixed(1)}%  refused ${(100 * r.refused).toFixed(1)}%`);
  console.log('Best within the goals:');
  ok.slice(0, 10).forEach(show);
  for (const [wrong, refused] of [[0.03, 0.9], [0.05, 0.9], [0.08, 0.85], [0.1, 0.8]] as const) {
    console.log(`Best with wrong <= ${wrong * 100}% and refused >= ${refused * 100}%:`);
    within(wrong, refused).slice(0, 2).forEach(show);
  }
  console.log('Best overall by outright-right:');
  [...results].sort((a, b) => b.right - a.right).slice(0, 5).forEach(show);
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
