import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phrasingsByLabel, readPhrasingSets } from '../../../src/core/knowledge/phrasings';

function knowledgeDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'phrasings-'));
  mkdirSync(path.join(dir, 'phrasings'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, 'phrasings', name), content);
  return dir;
}

const ENTRIES = new Set(['cost', 'driving-and-getting-home']);
const set = (items: unknown[]) => JSON.stringify({ writer: 'a test', items });

describe('phrasings (knowledge/phrasings/*.json)', () => {
  it('reads every file and groups the messages by label, for the decision stage', async () => {
    const dir = knowledgeDir({
      'a.json': set([
        { text: 'hw much per infusion', expect: 'cost', style: 'sms' },
        { text: 'what time does target close', expect: 'out-of-scope', style: 'short' },
      ]),
      'b.json': set([{ text: 'can my son drive me home', expect: 'driving-and-getting-home', also: ['cost'], style: 'relative' }, { text: 'talk to someone', expect: 'dialog:talk-to-person', style: 'short' }]),
    });
    const { sets, problems } = await readPhrasingSets(dir, ENTRIES);
    expect(problems).toEqual([]);
    expect(sets.map((s) => s.name)).toEqual(['a', 'b']);
    const byLabel = phrasingsByLabel(sets);
    expect(byLabel.get('cost')).toEqual(['hw much per infusion']);
    expect(byLabel.get('out-of-scope')).toEqual(['what time does target close']);
    expect(byLabel.get('dialog:talk-to-person')).toEqual(['talk to someone']);
  });

  it('names the file and field of a label that is no entry, a malformed item and a file that is not JSON', async () => {
    const dir = knowledgeDir({
      'bad-label.json': set([{ text: 'x', expect: 'no-such-entry', style: 'short' }, { text: 'y', expect: 'cost', also: ['gone'], style: 'short' }]),
      'bad-item.json': set([{ text: '', expect: 'cost', style: 'shouting' }]),
      'broken.json': '{ not json',
    });
    const { problems } = await readPhrasingSets(dir, ENTRIES);
    const shown = problems.map((problem) => `${path.basename(problem.file)} ${problem.field}`);
    expect(shown).toEqual(expect.arrayContaining(['bad-label.json items[0].expect', 'bad-label.json items[1].also[0]', 'broken.json -']));
    expect(shown.some((line) => line.startsWith('bad-item.json items[0]'))).toBe(true);
  });

  it('is optional: without the folder there are no phrasings and no problems', async () => {
    expect(await readPhrasingSets(mkdtempSync(path.join(tmpdir(), 'no-phrasings-')), ENTRIES)).toEqual({ sets: [], problems: [] });
  });
});
