import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageFullScan } from '../../../src/core/safety/classifier';
import { SAFETY_LEVELS } from '../../../src/core/safety/types';

interface Labelled {
  text: string;
  level: string;
}
const FIXTURE_DIR = join(__dirname, '..', '..', 'fixtures', 'safety');
const load = (file: string): string[] => (JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as Labelled[]).map((f) => f.text);
const CRISIS = (JSON.parse(readFileSync(join(FIXTURE_DIR, 'crisis.json'), 'utf8')) as Labelled[]).filter((f) => f.level === 'crisis').map((f) => f.text);
const NEGATIVES = load('negatives.json');
const ALL = [...CRISIS, ...NEGATIVES, ...load('mention.json'), ...load('emergency.json'), ...load('other-at-risk.json')];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 10_000 }),
  fc.string({ unit: 'grapheme', maxLength: 2_000 }),
  fc.string({ unit: 'binary-ascii', maxLength: 10_000 }),
  // Long runs of the words the rules look for, the shape most likely to slow a regex down.
  fc.array(fc.constantFrom('i', 'want', 'to', 'die', 'kill', 'myself', 'not', 'my', 'son', 'pills', 'all', '.', ',', '?', 'a', 'end', 'it', 'so', 'never'), { maxLength: 2_000 }).map((w) => w.join(' ')),
  fc.array(fc.constantFrom(...ALL), { maxLength: 60 }).map((t) => t.join(' ')),
);

describe('classifyMessage: properties', () => {
  it('never throws and always returns a valid level with rule ids, for any string up to 10,000 characters', () => {
    let calls = 0;
    let totalMs = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const start = performance.now();
        const result = classifyMessage(text);
        totalMs += performance.now() - start;
        calls++;
        expect(SAFETY_LEVELS).toContain(result.level);
        // An ordinary reading ("im not suicidal, just asking") is reported as none.* (docs/safety.md);
        // the level is none exactly when no rule or the model raised anything else.
        for (const id of result.rules) expect(id).toMatch(/^(crisis|emergency|other|mention|none)\.[a-z-]+$/);
        expect(result.level === 'none').toBe(result.rules.every((id) => id.startsWith('none.')));
      }),
      { numRuns: 300 },
    );
    // Strict latency goals live in scripts/bench-safety.ts; this only catches a runaway pattern.
    expect(totalMs / calls).toBeLessThan(5);
  });

  it('reports an ordinary reading as none.* beside the level it decided', () => {
    const result = classifyMessage("i'm not suicidal, just asking");
    expect(result.level).toBe('mention');
    expect(result.rules).toContain('none.denied');
  });

  const sentenceBreak = fc.constantFrom('. ', '! ', '? ', '\n\n', '... ', '.\n');
  it('keeps a crisis sentence a crisis whatever benign text surrounds it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CRISIS),
        fc.array(fc.constantFrom(...NEGATIVES), { maxLength: 4 }),
        fc.array(fc.constantFrom(...NEGATIVES), { maxLength: 4 }),
        sentenceBreak,
        sentenceBreak,
        (crisis, before, after, breakBefore, breakAfter) => {
          const text = [...before.map((t) => `${t}${breakBefore}`), crisis, ...after.map((t) => `${breakAfter}${t}`)].join('');
          expect(classifyMessage(text).level).toBe('crisis');
        },
      ),
      { numRuns: 600 },
    );
  });

  it('keeps a crisis sentence a crisis inside a long message, where only windows around key words are scanned', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CRISIS), fc.array(fc.constantFrom(...NEGATIVES), { minLength: 30, maxLength: 60 }), fc.nat(), (crisis, filler, at) => {
        const position = at % (filler.length + 1);
        const parts = [...filler.slice(0, position), crisis, ...filler.slice(position)];
        expect(classifyMessage(parts.join('. ')).level).toBe('crisis');
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same level with and without the anchor prefilter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALL), { minLength: 10, maxLength: 80 }), fc.constantFrom(' ', '. ', ', ', '\n'), (parts, glue) => {
        const text = parts.join(glue);
        expect(classifyMessage(text).level).toBe(classifyMessageFullScan(text).level);
      }),
      { numRuns: 300 },
    );
  });

  /** Ways people (or their keyboards) disguise the same words. */
  const disguise = fc.constantFrom(
    (t: string) => t.toUpperCase(),
    (t: string) => t.replace(/([a-z])([a-z])/g, '$1\u200b$2'),
    (t: string) => t.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    (t: string) => t.replace(/e/g, 'é').replace(/a/g, 'á'),
    (t: string) => t.replace(/'/g, ''),
    (t: string) => t.replace(/\b(\w*?)([aeiou])(\w*)\b/g, (w, a: string, v: string, b: string) => (w.length >= 3 && v !== 'o' ? `${a}${v}${v}${v}${b}` : w)),
    (t: string) => t.replace(/\b(\w{3,})\b/g, (w: string) => w.replace(/e/, '3').replace(/o/, '0')),
  );
  it('keeps a crisis sentence a crisis when its letters are disguised', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CRISIS.filter((t) => /^[\x20-\x7e]*$/.test(t))), disguise, (crisis, transform) => {
        expect(classifyMessage(transform(crisis.toLowerCase())).level).toBe('crisis');
      }),
      { numRuns: 600 },
    );
  });

  it('does not let benign small talk around an idiom raise an alarm', () => {
    const idioms = ['this wait is killing me', 'dying to know the price', 'my phone is dead', 'i killed it at work', 'my back is killing me', 'dead tired'];
    fc.assert(
      fc.property(fc.constantFrom(...idioms), fc.array(fc.constantFrom(...NEGATIVES.slice(0, 60)), { maxLength: 3 }), (idiom, around) => {
        const text = [...around, idiom].join('. ');
        expect(['crisis', 'emergency', 'other-at-risk']).not.toContain(classifyMessage(text).level);
      }),
      { numRuns: 200 },
    );
  });
});
