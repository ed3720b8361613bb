/**
 * Accuracy of the local intent recognizer on the labelled set test/fixtures/intents.json.
 * Prints per-intent accuracy on the whole set and on each split (the fixture's `about` says how each
 * split was used), the overall figures, one line per miss, and the time per message.
 * Gate: exits 1 unless every intent reaches 95% on the whole set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { INTENTS, isIntent, recognizeIntent, type Intent } from '../src/core/intents';

const PER_INTENT_GOAL = 0.95;
const FIXTURE = join(__dirname, '..', 'test', 'fixtures', 'intents.json');

interface LabelledPhrase {
  text: string;
  expected: Intent;
  split: string;
}

interface Count {
  hits: number;
  total: number;
}

function loadFixture(): LabelledPhrase[] {
  const parsed = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { intents: Record<string, Record<string, string[]>> };
  const phrases: LabelledPhrase[] = [];
  for (const [label, splits] of Object.entries(parsed.intents)) {
    if (!isIntent(label)) throw new Error(`unknown intent label in fixture: ${label}`);
    for (const [split, texts] of Object.entries(splits)) {
      // The blind batches were written one after another; report them as one column.
      const column = /^blind\d*$/.test(split) ? 'blind' : split;
      for (const text of texts) phrases.push({ text, expected: label, split: column });
    }
  }
  return phrases;
}

function formatCount({ hits, total }: Count): string {
  const rate = total === 0 ? '   n/a' : `${((100 * hits) / total).toFixed(1).padStart(5)}%`;
  return `${rate} ${`${hits}/${total}`.padStart(7)}`;
}

function add(counts: Map<string, Count>, key: string, hit: boolean): void {
  const count = counts.get(key) ?? { hits: 0, total: 0 };
  count.total += 1;
  count.hits += hit ? 1 : 0;
  counts.set(key, count);
}

function meanMicrosecondsPerMessage(phrases: readonly LabelledPhrase[]): number {
  const rounds = 20;
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) for (const phrase of phrases) recognizeIntent(phrase.text);
  return ((performance.now() - started) * 1000) / (rounds * phrases.length);
}

function main(): number {
  const phrases = loadFixture();
  const splits = [...new Set(phrases.map((phrase) => phrase.split))];
  const counts = new Map<string, Count>(); // keys: "intent", "intent/split", "*", "*/split"
  const misses: string[] = [];

  for (const phrase of phrases) {
    const got = recognizeIntent(phrase.text);
    const hit = got.intent === phrase.expected;
    for (const key of [phrase.expected, `${phrase.expected}/${phrase.split}`, '*', `*/${phrase.split}`]) add(counts, key, hit);
    if (!hit) misses.push(`  ${phrase.expected} -> ${got.intent} (${got.score.toFixed(2)}) [${phrase.split}] ${JSON.stringify(phrase.text)}`);
  }

  const row = (label: string, key: string): string =>
    [label.padEnd(22), formatCount(counts.get(key) ?? { hits: 0, total: 0 }), ...splits.map((split) => formatCount(counts.get(`${key}/${split}`) ?? { hits: 0, total: 0 }))].join('   ');
  console.log(['intent'.padEnd(22), 'all'.padEnd(14), ...splits.map((split) => split.padEnd(14))].join('   '));
  const failing = INTENTS.filter((intent) => {
    const count = counts.get(intent);
    return count === undefined || count.hits / count.total < PER_INTENT_GOAL;
  });
  for (const intent of INTENTS) console.log(row(intent, intent));
  console.log(row('overall', '*'));

  if (misses.length > 0) console.log(`\nmisses (expected -> got):\n${misses.join('\n')}`);
  console.log(`\ntime per message: ${meanMicrosecondsPerMessage(phrases).toFixed(1)} µs (mean)`);

  if (failing.length > 0) {
    console.log(`FAIL: below ${PER_INTENT_GOAL * 100}% on the whole set: ${failing.join(', ')}`);
    return 1;
  }
  console.log(`PASS: every intent at or above ${PER_INTENT_GOAL * 100}% on the whole set`);
  return 0;
}

process.exitCode = main();
