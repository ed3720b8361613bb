import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { classifyMessage } from '../src/core/safety/classifier';
const texts: string[] = [];
for (const f of readdirSync('test/fixtures/safety')) for (const t of JSON.parse(readFileSync('test/fixtures/safety/' + f, 'utf8')) as { text: string }[]) texts.push(t.text);
for (let k = 0; k < 5; k++) for (const t of texts) classifyMessage(t);
const res = texts.map((t) => { let best = Infinity; for (let k = 0; k < 5; k++) { const s = performance.now(); classifyMessage(t); best = Math.min(best, performance.now() - s); } return [best, t] as const; });
res.sort((a, b) => b[0] - a[0]);
for (const [ms, t] of res.slice(0, 12)) console.log(ms.toFixed(3), t.length, JSON.stringify(t.slice(0, 90)));
