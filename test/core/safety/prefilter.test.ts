import { describe, expect, it } from 'vitest';
import { innerSource } from '../../../src/core/safety/patterns';
import { AnchorIndex, analysePattern } from '../../../src/core/safety/prefilter';
import { RULE_SPECS } from '../../../src/core/safety/rules';

describe('analysePattern', () => {
  it.each([
    // Compiled rules always have a space on each side, so anchors include those spaces.
    ['a plain phrase', 'kill myself', [' kill myself '], 3],
    ['an alternation, glued to the literal text around it', '(?:want|wish) to die', [' want to die ', ' wish to die '], 4],
    ['an optional word is never an anchor', '(?:really )?sad', ['sad '], 3],
    ['a bounded gap', 'i(?: [^ ]+){0,3} die', [' die '], 6],
    ['a short word, kept whole so it cannot match inside longer words', '(?:si|sh)', [' si ', ' sh '], 2],
  ])('finds the literals every match of %s contains', (_what, source, anchors, maxTokens) => {
    const shape = analysePattern(source);
    expect(shape.anchors).toEqual(anchors);
    expect(shape.maxTokens).toBe(maxTokens);
  });

  it('offers two independent anchor sets for a single sequence, so both must be present', () => {
    const shape = analysePattern('(?:want|wish)(?: [^ ]+){0,2} to (?:die|sleep forever)');
    expect(shape.anchorSets).toHaveLength(2);
    expect(shape.anchorSets).toContainEqual([' to die ', ' to sleep forever ']);
  });

  it('promises nothing for a pattern that can match without a literal', () => {
    expect(analysePattern('(?:[^ ]+ )?x?').anchors).toBeUndefined();
  });

  it('reports an unbounded span for unbounded repetition of words', () => {
    expect(analysePattern('a(?: [^ ]+)* b').maxTokens).toBe(Infinity);
  });

  it('can anchor every rule in the rule table, within a bounded span', () => {
    for (const spec of RULE_SPECS) {
      const shape = analysePattern(innerSource(spec.pattern));
      expect(shape.anchors, spec.id).toBeDefined();
      expect(Number.isFinite(shape.maxTokens), spec.id).toBe(true);
    }
  });
});

describe('AnchorIndex', () => {
  it('finds every occurrence of each rule anchor, overlapping ones included', () => {
    const index = new AnchorIndex([['die'], ['kill myself', 'myself'], undefined]);
    const hits = index.scan(' i want to die . kill myself ', 3);
    expect(hits[0]).toEqual([11]);
    expect(hits[1]).toEqual([17, 22]);
    expect(hits[2]).toBeUndefined();
  });

  it('reports nothing for a rule whose anchors are absent', () => {
    const index = new AnchorIndex([['suicide']]);
    expect(index.scan(' how much does it cost ', 1)[0]).toBeUndefined();
  });
});
