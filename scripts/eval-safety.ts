/**
 * Scores the crisis classifier on the red-team set in test/fixtures/safety/*.json.
 *
 * Prints recall per level, the false-alarm rate on hard negatives (a negative classified
 * as crisis, emergency or other-at-risk; "mention" only adds a resources line, so it is
 * not an alarm) and every miss. The texts printed are our own fixture phrasings.
 *
 * Exits 1 when crisis recall is below 100% or false alarms exceed 2%.
 * test/fixtures/safety/README.md explains the files and records how each holdout scored
 * the first time it was run, before any rule was tuned on it.
 *
 *   npx tsx scripts/eval-safety.ts            all fixture files
 *   npx tsx scripts/eval-safety.ts holdout    only files whose name contains "holdout"
 */
import { classifyMessage } from '../src/core/safety/classifier';
import { SAFETY_LEVELS, type SafetyLevel } from '../src/core/safety/types';
import { ALARM_LEVELS, readSafetyFixtureFiles, type LabelledText } from './lib/safetyFixtures';

const CRISIS_RECALL_GOAL = 1;
const FALSE_ALARM_LIMIT = 0.02;

function loadFixtures(filter: string | undefined): LabelledText[] {
  return readSafetyFixtureFiles((file) => filter === undefined || file.includes(filter)).flatMap((fixture) => fixture.items);
}

function percent(n: number, d: number): string {
  return d === 0 ? '  n/a ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function main(): number {
  const filter = process.argv[2];
  const items = loadFixtures(filter);
  const byLevel = new Map<SafetyLevel, { total: number; hit: number }>();
  const misses: string[] = [];
  let negatives = 0;
  let falseAlarms = 0;
  let negativeMentions = 0;
  /** Right answers that came from the learned second layer, not from a rule. */
  const byModel = new Map<SafetyLevel, number>();

  for (const item of items) {
    const result = classifyMessage(item.text);
    const stats = byLevel.get(item.level) ?? { total: 0, hit: 0 };
    stats.total++;
    byLevel.set(item.level, stats);
    if (item.level === 'none') {
      negatives++;
      if (ALARM_LEVELS.has(result.level)) {
        falseAlarms++;
        misses.push(`FALSE ALARM  got ${result.level.padEnd(13)} [${result.rules.join(', ')}]  ${item.file}: ${JSON.stringify(item.text)}`);
      } else {
        stats.hit++;
        if (result.level === 'mention') negativeMentions++;
      }
      continue;
    }
    if (result.level === item.level) {
      stats.hit++;
      if (result.rules[0]?.endsWith('.model')) byModel.set(item.level, (byModel.get(item.level) ?? 0) + 1);
    } else misses.push(`MISS ${item.level.padEnd(13)} got ${result.level.padEnd(13)} [${result.rules.join(', ')}]  ${item.file}: ${JSON.stringify(item.text)}`);
  }

  console.log(`Safety classifier eval — ${items.length} labelled texts${filter ? ` (files matching "${filter}")` : ''}\n`);
  console.log('level           texts   recall   of which found by the models, not a rule');
  for (const level of SAFETY_LEVELS) {
    const stats = byLevel.get(level);
    if (!stats || level === 'none') continue;
    console.log(`${level.padEnd(15)} ${String(stats.total).padStart(5)}   ${percent(stats.hit, stats.total)}   ${byModel.get(level) ?? 0}`);
  }
  console.log(`\nhard negatives  ${String(negatives).padStart(5)}   false alarms ${falseAlarms} (${percent(falseAlarms, negatives).trim()}), answered with a resources line (mention) ${negativeMentions}`);
  if (misses.length > 0) {
    console.log(`\n${misses.length} misses:`);
    for (const line of misses) console.log(`  ${line}`);
  }

  const crisis = byLevel.get('crisis');
  const crisisRecall = crisis && crisis.total > 0 ? crisis.hit / crisis.total : 1;
  const falseAlarmRate = negatives > 0 ? falseAlarms / negatives : 0;
  const ok = crisisRecall >= CRISIS_RECALL_GOAL && falseAlarmRate <= FALSE_ALARM_LIMIT;
  console.log(`\n${ok ? 'PASS' : 'FAIL'}: crisis recall ${percent(crisisRecall * 100, 100).trim()} (goal 100%), false alarms ${percent(falseAlarmRate * 100, 100).trim()} (limit ${FALSE_ALARM_LIMIT * 100}%)`);
  return ok ? 0 : 1;
}

process.exitCode = main();
