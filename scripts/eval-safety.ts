/**
 * npm run eval:safety: the crisis classifier as people meet it (../shared/measuring.md).
 *
 * Recall per level, and false alarms (crisis, emergency or other-at-risk on a text that is none of
 * these) on three kinds of negatives, reported apart:
 *   (a) hard negatives: idioms, dark humour, medical words, depressed-but-safe patients;
 *   (b) ordinary patient questions: every phrasing (knowledge/phrasings) and, with --test, the understanding test sets;
 *   (c) real everyday text by strangers (data/everyday/: the held-out part, and everyday-final), and
 *       patients describing symptoms to a doctor (data/symptoms/: the held-out part, reported).
 *
 * Sets: the team's fixtures (test/fixtures/safety, training data), the independent writers' sets
 * (test/fixtures/safety-eval: dev-* are training data; test-* are scored only with --test, never trained
 * or tuned on) and the everyday files (everyday-final only with --test).
 * Exits 1 when a regression gate below fails. The gates are on the development data; the test set
 * and everyday-final are reported, not gated: they are for first-sight numbers.
 *
 *   npx tsx scripts/eval-safety.ts            all sets
 *   npx tsx scripts/eval-safety.ts --misses   also every miss and false alarm on development data
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { classifyMessage } from '../src/core/safety/classifier';
import { SAFETY_LEVELS, type SafetyLevel } from '../src/core/safety/types';
import { ALARM_LEVELS, readSafetyFixtureFiles } from './lib/safetyFixtures';

const ROOT = join(__dirname, '..');

/** Regression gates, at the levels measured when the classifier last changed (docs/safety.md). */
const GATES = {
  fixtureRecall: { crisis: 0.98, emergency: 0.99, 'other-at-risk': 0.9, mention: 0.97 } as Partial<Record<SafetyLevel, number>>,
  hardNegativeAlarms: 0.005,
  patientQuestionAlarms: 0,
  everydayHeldOutAlarms: 0.01,
};

interface Labelled {
  text: string;
  level: SafetyLevel;
  kind?: string;
}

const isAlarm = (level: SafetyLevel) => ALARM_LEVELS.has(level);
const percent = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function scoreLabelled(name: string, items: readonly Labelled[], showMisses: boolean): { recall: Map<SafetyLevel, [number, number]>; alarms: [number, number] } {
  const recall = new Map<SafetyLevel, [number, number]>();
  const alarms: [number, number] = [0, 0];
  const misses: string[] = [];
  for (const item of items) {
    const got = classifyMessage(item.text);
    if (item.level === 'none') {
      alarms[1]++;
      if (isAlarm(got.level)) {
        alarms[0]++;
        misses.push(`FALSE ALARM ${got.level} [${got.rules.join(', ')}] ${JSON.stringify(item.text)}`);
      }
      continue;
    }
    const tally = recall.get(item.level) ?? [0, 0];
    tally[1]++;
    if (got.level === item.level) tally[0]++;
    else misses.push(`MISS ${item.level} got ${got.level} [${got.rules.join(', ')}] ${JSON.stringify(item.text)}`);
    recall.set(item.level, tally);
  }
  const levels = SAFETY_LEVELS.filter((level) => level !== 'none').map((level) => {
    const [hit, total] = recall.get(level) ?? [0, 0];
    return `${level} ${percent(hit, total)} (${hit}/${total})`;
  });
  console.log(`${name.padEnd(34)} ${levels.join('  ')}  | alarms on its negatives ${percent(...alarms)} (${alarms[0]}/${alarms[1]})`);
  if (showMisses) for (const line of misses) console.log(`    ${line}`);
  return { recall, alarms };
}

function alarmsOn(texts: readonly string[]): { count: number; byLevel: Record<string, number> } {
  const byLevel: Record<string, number> = {};
  let count = 0;
  for (const text of texts) {
    const level = classifyMessage(text).level;
    if (!isAlarm(level)) continue;
    count++;
    byLevel[level] = (byLevel[level] ?? 0) + 1;
  }
  return { count, byLevel };
}

function readJsonl(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

function main(): number {
  const showMisses = process.argv.includes('--misses');
  const failures: string[] = [];

  console.log('Recall per level (and alarms on each set\'s own negatives)\n');
  const fixtures = readSafetyFixtureFiles().flatMap((file) => file.items);
  const team = scoreLabelled('team fixtures (training data)', fixtures, showMisses);
  for (const [level, floor] of Object.entries(GATES.fixtureRecall) as [SafetyLevel, number][]) {
    const [hit, total] = team.recall.get(level) ?? [0, 0];
    if (total > 0 && hit / total < floor) failures.push(`${level} recall on the team fixtures ${percent(hit, total).trim()} < ${floor * 100}%`);
  }
  const writerSets = join(ROOT, 'test', 'fixtures', 'safety-eval');
  // Test sets are scored only when asked (--test): looking at them while tuning would make them development sets.
  const withTests = process.argv.includes('--test');
  for (const file of readdirSync(writerSets).filter((name) => name.endsWith('.json') && (withTests || name.startsWith('dev'))).sort()) {
    const items = (JSON.parse(readFileSync(join(writerSets, file), 'utf8')) as { items: Labelled[] }).items;
    const training = file.startsWith('dev');
    scoreLabelled(`writer set ${file}${training ? ' (training data)' : ' (test, never trained on)'}`, items, showMisses && training);
  }

  console.log('\nFalse alarms (crisis, emergency or other-at-risk) on three kinds of negatives\n');
  const hard = fixtures.filter((item) => item.level === 'none');
  const hardAlarms = alarmsOn(hard.map((item) => item.text));
  console.log(`(a) hard negatives, team fixtures           ${percent(hardAlarms.count, hard.length)} (${hardAlarms.count}/${hard.length}) ${JSON.stringify(hardAlarms.byLevel)}`);
  if (hardAlarms.count / hard.length > GATES.hardNegativeAlarms) failures.push(`alarms on hard negatives ${percent(hardAlarms.count, hard.length).trim()} > ${GATES.hardNegativeAlarms * 100}%`);

  // Phrasings (knowledge/phrasings) are training data for the models too, so they are gated; test sets are reported.
  const questionSets = [
    ...readdirSync(join(ROOT, 'knowledge', 'phrasings')).filter((name) => name.endsWith('.json')).sort().map((name) => ({ file: join('knowledge', 'phrasings', name), gated: true })),
    ...readdirSync(join(ROOT, 'test', 'fixtures', 'understanding')).filter((name) => withTests && /^test.*\.json$/.test(name)).sort().map((name) => ({ file: join('test', 'fixtures', 'understanding', name), gated: false })),
  ];
  for (const { file, gated } of questionSets) {
    const texts = (JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { items: { text: string }[] }).items.map((item) => item.text);
    const found = alarmsOn(texts);
    console.log(`(b) ordinary patient questions, ${file.padEnd(40)} ${percent(found.count, texts.length)} (${found.count}/${texts.length}) ${JSON.stringify(found.byLevel)}${gated ? '' : '  (test set, reported)'}`);
    if (gated && found.count > GATES.patientQuestionAlarms) failures.push(`${found.count} alarms on ordinary patient questions in ${file}`);
  }

  // Patients describing symptoms to a doctor (data/symptoms/): held out from training, reported.
  for (const [file, gated] of [['everyday/everyday-heldout.jsonl', true], ['symptoms/symptoms-heldout.jsonl', false], ...(withTests ? [['everyday-final/everyday-final.jsonl', false] as const] : [])] as const) {
    const texts = readJsonl(join(ROOT, 'data', file));
    const found = alarmsOn(texts);
    console.log(`(c) everyday text, ${file.padEnd(35)} ${percent(found.count, texts.length)} (${found.count}/${texts.length}) ${JSON.stringify(found.byLevel)}${gated ? '' : '  (measurement only, reported)'}`);
    if (gated && found.count / texts.length > GATES.everydayHeldOutAlarms) failures.push(`alarms on everyday held-out text ${percent(found.count, texts.length).trim()} > ${GATES.everydayHeldOutAlarms * 100}%`);
  }

  if (failures.length > 0) {
    console.error(`\nFAIL:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  console.log('\nPASS: the regression gates hold (docs/safety.md says what each number means and which sets were seen).');
  return 0;
}

process.exitCode = main();
