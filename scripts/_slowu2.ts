import { performance } from 'node:perf_hooks';
import { classifyMessage, classifyMessageFullScan } from '../src/core/safety/classifier';
import { normalizeForSafety } from '../src/core/safety/normalize';
let a = 20240611; const random = () => { a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const w = () => { let s = ''; const n = 3 + Math.floor(random() * 9); for (let i = 0; i < n; i++) s += 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]; return s; };
const msgs = Array.from({ length: 200 }, () => { let s = ''; while (s.length < 5000) s += w() + ' '; return s.slice(0, 5000); });
const times: [number, number][] = [];
for (let i = 0; i < 2000; i++) { const m = msgs[i % 200]!; const s = performance.now(); classifyMessage(m); times.push([performance.now() - s, i]); }
const slow = times.filter((t) => t[0] > 2);
console.log('slow calls', slow.length, slow.slice(0, 20).map((t) => `${t[1]}:${t[0].toFixed(1)}`).join(' '));
const byMsg = new Map<number, number>(); for (const [, i] of slow) byMsg.set(i % 200, (byMsg.get(i % 200) ?? 0) + 1);
console.log('distinct messages among slow', byMsg.size);
const m0 = msgs[[...byMsg.keys()][0]!]!;
let s = performance.now(); normalizeForSafety(m0); console.log('normalize', (performance.now() - s).toFixed(2)); s = performance.now(); classifyMessageFullScan(m0); console.log('full', (performance.now() - s).toFixed(2));
s = performance.now(); classifyMessage(m0); console.log('classify', (performance.now() - s).toFixed(2), JSON.stringify(classifyMessage(m0)));
