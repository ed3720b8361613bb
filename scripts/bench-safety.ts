/**
 * Latency of the crisis classifier, per message, at about 100 and 5,000 characters.
 *
 * Messages are built from the red-team fixtures (real-looking patient text, crisis and
 * benign mixed), from benign fixtures only (the common case: nothing to find, so every rule
 * has to be considered) and, as a harder case, from made-up words that defeat the word
 * cache and push every token through spelling repair.
 *
 * It runs compiled, with production's node flags, as the bot is deployed. The machine is shared,
 * so each row is measured in several rounds and the median round is reported (the worst round is
 * printed too). Exits 1 when a median p99 is over its goal, the crisis
 * detection issue's budget: 2 ms at 100 characters, 10 ms at 5,000. (This script once held itself to
 * 0.2 and 2 ms; the word pieces that let the model read misspellings cost about 2 ms more on a
 * 5,000-character message: docs/performance.md.)
 *
 *   npx tsx scripts/bench-safety.ts
 */
import { performance } from 'node:perf_hooks';
import { classifyMessage } from '../src/core/safety/classifier';
import { buildForProduction, describeBuild, runCompiled } from './lib/load/target';
import { readSafetyFixtureFiles } from './lib/safetyFixtures';

const GOALS_MS: Readonly<Record<number, number>> = { 100: 2, 5000: 10 };

/** Small deterministic PRNG so runs are comparable. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fixtureTexts(only?: string): string[] {
  return readSafetyFixtureFiles((file) => only === undefined || file === only).flatMap((fixture) => fixture.items.map((item) => item.text));
}

function buildMessage(pieces: () => string, length: number): string {
  let text = '';
  while (text.length < length) text += `${pieces()} `;
  return text.slice(0, length);
}

function madeUpWord(random: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const n = 3 + Math.floor(random() * 9);
  let w = '';
  for (let i = 0; i < n; i++) w += letters[Math.floor(random() * 26)] as string;
  return w;
}

interface Row {
  label: string;
  length: number;
  iterations: number;
  p50: number;
  p99: number;
  worstP99: number;
  max: number;
}

const ROUNDS = 5;

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

function measure(label: string, length: number, messages: string[], iterationsPerRound: number): Row {
  for (let i = 0; i < Math.min(500, messages.length * 2); i++) classifyMessage(messages[i % messages.length] as string); // warm up
  const p50s: number[] = [];
  const p99s: number[] = [];
  let max = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const times: number[] = [];
    for (let i = 0; i < iterationsPerRound; i++) {
      const message = messages[(round * iterationsPerRound + i) % messages.length] as string;
      const start = performance.now();
      classifyMessage(message);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    p50s.push(percentile(times, 0.5));
    p99s.push(percentile(times, 0.99));
    max = Math.max(max, times[times.length - 1] as number);
  }
  return { label, length, iterations: iterationsPerRound * ROUNDS, p50: median(p50s), p99: median(p99s), worstP99: Math.max(...p99s), max };
}

function main(): number {
  const random = mulberry32(20240611);
  const texts = fixtureTexts();
  const negatives = fixtureTexts('negatives.json');
  const fromFixtures = (): string => texts[Math.floor(random() * texts.length)] as string;
  const fromNegatives = (): string => negatives[Math.floor(random() * negatives.length)] as string;
  const fromMadeUpWords = (): string => madeUpWord(random);

  const rows: Row[] = [];
  for (const [length, count, iterations] of [
    [100, 2000, 5000],
    [5000, 200, 500],
  ] as const) {
    const build = (pieces: () => string): string[] => Array.from({ length: count }, () => buildMessage(pieces, length));
    rows.push(measure('all fixtures', length, build(fromFixtures), iterations));
    rows.push(measure('benign only', length, build(fromNegatives), iterations));
    rows.push(measure('unseen words', length, build(fromMadeUpWords), iterations));
  }

  console.log(`Safety classifier latency per message (ms); median of ${ROUNDS} rounds, worst round p99 shown too\n`);
  console.log('input            chars  iterations     p50      p99  worst p99      max   goal p99');
  let ok = true;
  for (const row of rows) {
    const goal = GOALS_MS[row.length] as number;
    const pass = row.p99 <= goal;
    ok &&= pass;
    console.log(
      `${row.label.padEnd(15)} ${String(row.length).padStart(6)} ${String(row.iterations).padStart(11)} ${row.p50.toFixed(4).padStart(8)} ${row.p99.toFixed(4).padStart(8)} ${row.worstP99.toFixed(4).padStart(10)} ${row.max.toFixed(3).padStart(8)}   ${goal.toFixed(1).padStart(4)} ${pass ? 'ok' : 'OVER'}`,
    );
  }
  console.log(`\n${ok ? 'PASS' : 'FAIL'}: median p99 goals are 2 ms at 100 characters and 10 ms at 5,000 characters`);
  return ok ? 0 : 1;
}

// Measured as deployed: compiled JavaScript with production's node flags, in a child process.
if (process.argv.includes('--compiled')) {
  process.exitCode = main();
} else {
  const build = buildForProduction(__filename);
  console.log(describeBuild(build));
  const { output, status } = runCompiled(build, ['--compiled']);
  process.stdout.write(output);
  process.exitCode = status;
}
