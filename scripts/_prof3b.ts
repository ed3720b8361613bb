import { canonicalWord } from '../src/core/safety/normalize';
const L = 'abcdefghijklmnopqrstuvwxyz'; let seed = 7; const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
for (let k = 0; k < 60; k++) { const words = Array.from({ length: 20000 }, () => { let w = ''; const n = 3 + Math.floor(rnd() * 9); for (let i = 0; i < n; i++) w += L[Math.floor(rnd() * 26)]; return w; }); for (const w of words) canonicalWord(w); }
