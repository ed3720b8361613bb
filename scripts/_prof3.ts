import { performance } from 'node:perf_hooks';
import { canonicalWord } from '../src/core/safety/normalize';
import { isKnownWord, squeezedLookup } from '../src/core/safety/lexicon';
const L = 'abcdefghijklmnopqrstuvwxyz'; let seed = 7; const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const mk = () => Array.from({ length: 20000 }, () => { let w = ''; const n = 3 + Math.floor(rnd() * 9); for (let i = 0; i < n; i++) w += L[Math.floor(rnd() * 26)]; return w; });
for (let k = 0; k < 3; k++) { const words = mk(); const t = performance.now(); for (const w of words) canonicalWord(w); console.log('canonicalWord us/token', ((performance.now() - t) * 1000 / words.length).toFixed(2)); }
const words = mk();
let t = performance.now(); for (const w of words) isKnownWord(w); console.log('isKnown', ((performance.now() - t) * 1000 / words.length).toFixed(3));
t = performance.now(); for (const w of words) squeezedLookup(w); console.log('squeezed', ((performance.now() - t) * 1000 / words.length).toFixed(3));
const m = new Map<string, string>(); t = performance.now(); for (const w of words) m.set(w, w); console.log('map set', ((performance.now() - t) * 1000 / words.length).toFixed(3));
