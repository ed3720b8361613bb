import { performance } from 'node:perf_hooks';
import { normalizeForSafety } from '../src/core/safety/normalize';
import { RULE_SPECS } from '../src/core/safety/rules';
import { compilePattern } from '../src/core/safety/patterns';
let a = 20240611; const random = () => { a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const w = () => { let s = ''; const n = 3 + Math.floor(random() * 9); for (let i = 0; i < n; i++) s += 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]; return s; };
let m = ''; while (m.length < 5000) m += w() + ' ';
const doc = normalizeForSafety(m.slice(0, 5000));
const re = compilePattern(RULE_SPECS[4]!.pattern);
console.log('source length', re.source.length);
for (let k = 0; k < 8; k++) { const t0 = performance.now(); re.lastIndex = 0; let n = 0; while (re.exec(doc.text)) n++; console.log(k, (performance.now() - t0).toFixed(3), n); }
const re2 = new RegExp(re.source, 'g');
for (let k = 0; k < 3; k++) { const t0 = performance.now(); const r = re2.test(doc.text); console.log('test', (performance.now() - t0).toFixed(3), r); re2.lastIndex = 0; }
