import { readFileSync } from 'node:fs';
import { classifyMessage } from '../src/core/safety/classifier';
const load = (f: string) => (JSON.parse(readFileSync('test/fixtures/safety/' + f, 'utf8')) as { text: string }[]).map((t) => t.text);
const neg = load('negatives.json');
let seed = 3; const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const build = () => { let s = ''; while (s.length < 5000) s += neg[Math.floor(rnd() * neg.length)] + ' '; return s.slice(0, 5000); };
const msgs = Array.from({ length: 100 }, build);
for (let k = 0; k < 30; k++) for (const m of msgs) classifyMessage(m);
