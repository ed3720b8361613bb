import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTENTS, isIntent } from '../../../src/core/intents';
import { normalizeText } from '../../../src/core/intents/normalize';

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'intents.json'), 'utf8')) as {
  intents: Record<string, Record<string, string[]>>;
};

describe('labelled intent set (test/fixtures/intents.json)', () => {
  it('labels only known intents', () => {
    for (const label of Object.keys(fixture.intents)) expect(isIntent(label), label).toBe(true);
  });

  it.each(INTENTS.map((intent) => [intent]))('has at least 20 phrasings for %s', (intent) => {
    const phrasings = Object.values(fixture.intents[intent] ?? {}).flat();
    expect(phrasings.length).toBeGreaterThanOrEqual(20);
  });

  it('never gives the same phrasing two different labels', () => {
    const labelOf = new Map<string, string>();
    const conflicts: string[] = [];
    for (const [label, splits] of Object.entries(fixture.intents)) {
      for (const text of Object.values(splits).flat()) {
        const key = normalizeText(text).text;
        const earlier = labelOf.get(key);
        if (earlier !== undefined && earlier !== label) conflicts.push(`${JSON.stringify(text)}: ${earlier} and ${label}`);
        labelOf.set(key, label);
      }
    }
    expect(conflicts).toEqual([]);
  });
});
