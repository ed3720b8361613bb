import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { normalizeForSafety } from '../src/core/safety/normalize';
import { classifyMessage } from '../src/core/safety/classifier';
const load = (f: string) => (JSON.parse(readFileSync('test/fixtures/safety/' + f, 'utf8')) as { text: string }[]).map((t) => t.text);
const neg = load('negatives.json').concat(load('holdout-2.json').slice(-99));
const crisis = load('crisis.json');
let seed = 3; const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const build = (pool: string[], extra?: string) => { let s = ''; while (s.length < 5000) s += pool[Math.floor(rnd() * pool.length)] + ' '; s = s.slice(0, 5000); if (extra) { const at = Math.floor(rnd() * 4000); s = s.slice(0, at) + '. ' + extra + '. ' + s.slice(at); } return s; };
for (const [label, msgs] of [['benign', Array.from({ length: 100 }, () => build(neg))], ['benign+1 crisis', Array.from({ length: 100 }, () => build(neg, crisis[Math.floor(rnd() * crisis.length)]))]] as const) {
  for (let k = 0; k < 3; k++) for (const m of msgs) classifyMessage(m);
  let t = performance.now(); for (let k = 0; k < 5; k++) for (const m of msgs) normalizeForSafety(m); const n = (performance.now() - t) / 500;
  const times: number[] = []; for (let k = 0; k < 5; k++) for (const m of msgs) { const t0 = performance.now(); classifyMessage(m); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  console.log(label, 'normalize', n.toFixed(3), 'classify p50', times[times.length >> 1]!.toFixed(3), 'p99', times[Math.floor(times.length * 0.99)]!.toFixed(3));
}
