import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/knowledge/loader';
import { formatProblem, KnowledgeBaseError } from '../../../src/core/knowledge/problems';
import { entryMarkdown, sampleEntries, tempKnowledge, TODAY, withContentHash, type TempKnowledge } from './helpers';

let knowledge: TempKnowledge | undefined;
afterEach(() => knowledge?.cleanup());

/** The "file: field: message" lines the loader throws, or [] if it loads. */
async function problemsOf(files: Record<string, string>, mode: 'development' | 'production' = 'development'): Promise<string[]> {
  knowledge = tempKnowledge(files);
  try {
    await loadKnowledgeBase({ dir: knowledge.dir, mode, today: TODAY });
    return [];
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    return error.problems.map(formatProblem);
  }
}

function fileOf(name: string): string {
  return path.join(knowledge?.dir ?? '', name);
}

describe('loading valid entries', () => {
  it('when every entry is valid, then development serves all of them and counts the unreviewed samples', async () => {
    knowledge = tempKnowledge(sampleEntries());
    const base = await loadKnowledgeBase({ dir: knowledge.dir, mode: 'development', today: TODAY });
    expect(base.entries.map((entry) => entry.id)).toEqual(['cost', 'driving', 'side-effects']);
    expect(base.unreviewedCount).toBe(3);
    expect(base.clinic.name).toBe('Example Ketamine Clinic');
  });

  it('fills clinic placeholders in the body with the clinic profile values', async () => {
    knowledge = tempKnowledge(sampleEntries());
    const base = await loadKnowledgeBase({ dir: knowledge.dir, mode: 'development', today: TODAY });
    const cost = base.entries.find((entry) => entry.id === 'cost');
    expect(cost?.body).toContain('$495 per infusion (self-pay)');
    expect(cost?.body).not.toContain('{{');
  });

  it('fills {{clinic.hours}} with opening hours written out for patients', async () => {
    const problems = await problemsOf({
      ...sampleEntries(),
      'hours.md': entryMarkdown({ id: 'hours', questions: ['when are you open', 'opening hours please', 'are you open saturday'], body: 'We are open {{clinic.hours}}.' }),
    });
    expect(problems).toEqual([]);
    const base = await loadKnowledgeBase({ dir: knowledge?.dir ?? '', mode: 'development', today: TODAY });
    expect(base.entries.find((entry) => entry.id === 'hours')?.body).toContain('Monday to Wednesday 8 am to 5 pm; Thursday 8 am to 7 pm');
  });

  it('reads only *.md entries at the top level: guides/, README.md and clinic.yml are not entries', async () => {
    knowledge = tempKnowledge(sampleEntries());
    mkdirSync(path.join(knowledge.dir, 'guides'));
    writeFileSync(path.join(knowledge.dir, 'guides', 'first-visit.md'), '---\nid: first-visit-guide\nsteps: []\n---\n');
    writeFileSync(path.join(knowledge.dir, 'README.md'), '# How to write entries\n');
    const base = await loadKnowledgeBase({ dir: knowledge.dir, mode: 'development', today: TODAY });
    expect(base.entries).toHaveLength(3);
  });
});

describe('errors name the file and the field', () => {
  const broken: [string, Record<string, string>, (file: (name: string) => string) => string][] = [
    ['a required field is missing', { 'cost.md': sampleEntries()['cost.md']?.replace(/^title: .*\n/m, '') ?? '' }, (f) => `${f('cost.md')}: title: is required`],
    ['a field has the wrong form', { 'Bad.md': entryMarkdown({ id: 'Bad Id' }) }, (f) => `${f('Bad.md')}: id: must be kebab-case`],
    ['too few example questions', { 'few.md': entryMarkdown({ id: 'few', questions: ['only one question here'] }) }, (f) => `${f('few.md')}: questions: needs at least 3 example questions`],
    ['sources are missing', { 'nosource.md': entryMarkdown({ id: 'nosource', sources: ['sources: []'] }) }, (f) => `${f('nosource.md')}: sources: needs at least one source`],
    ['a source is not https', { 'http.md': entryMarkdown({ id: 'http', sources: ['sources:', '  - title: Old page', '    url: http://example.org/a'] }) }, (f) => `${f('http.md')}: sources[0].url: must be an https:// address`],
    ['a field name is misspelt', { 'typo.md': entryMarkdown({ id: 'typo', extraFrontMatter: ['relatd: [cost]'] }) }, (f) => `${f('typo.md')}: relatd: is not a known field`],
    ['the front matter is not YAML', { 'yaml.md': '---\nid: yaml\nquestions: [unclosed\n---\nBody\n' }, (f) => `${f('yaml.md')}: -: front matter is not valid YAML`],
    ['there is no front matter', { 'plain.md': 'Just some text\n' }, (f) => `${f('plain.md')}: -: has no front matter`],
    ['the id does not match the file name', { 'other-name.md': entryMarkdown({ id: 'cost' }) }, (f) => `${f('other-name.md')}: id: is "cost" but the file is named other-name.md`],
    ['the body is empty', { 'empty.md': entryMarkdown({ id: 'empty', body: '' }) }, (f) => `${f('empty.md')}: body: is empty`],
    ['reviewed_on is in the future', { 'future.md': entryMarkdown({ id: 'future', review: { reviewed_on: '2026-07-01', next_review: '2027-01-01' } }) }, (f) => `${f('future.md')}: review.reviewed_on: 2026-07-01 is in the future`],
    ['next_review is before reviewed_on', { 'order.md': entryMarkdown({ id: 'order', review: { reviewed_on: '2026-03-01', next_review: '2026-02-01' } }) }, (f) => `${f('order.md')}: review.next_review: 2026-02-01 is not after reviewed_on`],
    ['a date is not a real day', { 'feb.md': entryMarkdown({ id: 'feb', review: { reviewed_on: '2026-02-30', next_review: '2026-12-01' } }) }, (f) => `${f('feb.md')}: review.reviewed_on: 2026-02-30 is not a real calendar date`],
    ['an approved entry names no clinician', { 'approved.md': entryMarkdown({ id: 'approved', review: { status: 'approved', reviewed_by: null } }) }, (f) => `${f('approved.md')}: review.reviewed_by: an approved entry must name the clinician`],
    ['a placeholder is unknown', { 'ph.md': entryMarkdown({ id: 'ph', body: 'Call {{clinic.fax}} today.' }) }, (f) => `${f('ph.md')}: body: unknown placeholder {{clinic.fax}}`],
    ['a placeholder names a group', { 'group.md': entryMarkdown({ id: 'group', body: 'Prices: {{clinic.prices}}.' }) }, (f) => `${f('group.md')}: body: placeholder {{clinic.prices}} names a group of values`],
    ['a placeholder is broken', { 'brace.md': entryMarkdown({ id: 'brace', body: 'Call {{clinic.phone} now.' }) }, (f) => `${f('brace.md')}: body: has "{{" or "}}" that is not a complete placeholder`],
    ['the body is too long', { 'long.md': entryMarkdown({ id: 'long', body: 'word '.repeat(181) }) }, (f) => `${f('long.md')}: body: has 181 words as patients read it; the limit is 180`],
    ['the SMS form is too long once filled', { 'sms.md': entryMarkdown({ id: 'sms', sms: `${'x'.repeat(270)} {{clinic.address}}` }) }, (f) => `${f('sms.md')}: sms: is 323 characters once clinic placeholders are filled; the limit is 300`],
  ];

  it.each(broken)('when %s', async (_case, files, expected) => {
    const problems = await problemsOf({ ...sampleEntries(), ...files });
    expect(problems.some((line) => line.startsWith(expected(fileOf)))).toBe(true);
  });

  it('lists every problem in every file, not just the first', async () => {
    const problems = await problemsOf({
      ...sampleEntries(),
      'one.md': entryMarkdown({ id: 'one', body: 'Take 50 mg.', sources: ['sources: []'] }),
      'two.md': entryMarkdown({ id: 'two', body: 'It costs $300.' }),
    });
    expect(problems.filter((line) => line.startsWith(fileOf('one.md')))).toHaveLength(2);
    expect(problems.filter((line) => line.startsWith(fileOf('two.md')))).toHaveLength(1);
  });

  it('reports the same example question in two entries, naming both places', async () => {
    const problems = await problemsOf({
      ...sampleEntries(),
      'copy.md': entryMarkdown({ id: 'copy', questions: ['whats the price of Spravato?', 'copy question two', 'copy question three'] }),
    });
    expect(problems).toContainEqual(`${fileOf('cost.md')}: questions[1]: is the same question as copy.md questions[0]`);
  });

  it('reports related ids that do not exist', async () => {
    const problems = await problemsOf({ ...sampleEntries(), 'rel.md': entryMarkdown({ id: 'rel', related: ['cost', 'no-such-entry'] }) });
    expect(problems).toContainEqual(`${fileOf('rel.md')}: related[1]: "no-such-entry" is not the id of any entry`);
  });

  it('reports an example question that the search answers with another entry', async () => {
    const problems = await problemsOf({
      ...sampleEntries(),
      'stray.md': entryMarkdown({ id: 'stray', questions: ['Can I drive myself home after my treatment?', 'stray topic one', 'stray topic two'] }),
    });
    expect(problems).toContainEqual(`${fileOf('stray.md')}: questions[0]: the decision stage ranks "driving" first for this question, not this entry; reword it or move it`);
  });

  it('reports a clinic profile that is not valid, naming clinic.yml and the field', async () => {
    knowledge = tempKnowledge(sampleEntries());
    knowledge.write('clinic.yml', 'name: X Clinic\nphone: call us\n');
    await expect(loadKnowledgeBase({ dir: knowledge.dir, mode: 'development', today: TODAY })).rejects.toThrow(`${fileOf('clinic.yml')}: phone: must be a phone number`);
  });
});

describe('production mode', () => {
  const approved = { status: 'approved', reviewed_by: 'Dr. A. Example, MD', reviewed_on: '2026-01-10', next_review: '2026-12-10' };

  function mixedEntries(): Record<string, string> {
    const samples = sampleEntries();
    return {
      ...samples,
      'cost.md': withContentHash((samples['cost.md'] ?? '').replace('status: draft', 'status: approved').replace('reviewed_by: null', `reviewed_by: "${approved.reviewed_by}"`)),
      'overdue.md': withContentHash(entryMarkdown({ id: 'overdue', questions: ['overdue question one', 'overdue question two', 'overdue question three'], review: { ...approved, next_review: '2026-05-01' } })),
      'linked.md': withContentHash(entryMarkdown({ id: 'linked', questions: ['linked question one', 'linked question two', 'linked question three'], related: ['cost', 'driving'], review: approved })),
    };
  }

  it('serves only entries approved by a named clinician and not past their next review', async () => {
    knowledge = tempKnowledge(mixedEntries());
    const base = await loadKnowledgeBase({ dir: knowledge.dir, mode: 'production', today: TODAY });
    expect(base.entries.map((entry) => entry.id)).toEqual(['cost', 'linked']);
    expect(base.withheldCount).toBe(3);
    expect(base.unreviewedCount).toBe(0);
    expect(base.problems.map(formatProblem)).toContainEqual(`${fileOf('overdue.md')}: review: not served in production: the review was due on 2026-05-01`);
    expect(base.problems.map(formatProblem)).toContainEqual(`${fileOf('driving.md')}: review: not served in production: review.status is draft, not approved`);
  });

  it('drops related links to entries it does not serve', async () => {
    knowledge = tempKnowledge(mixedEntries());
    const base = await loadKnowledgeBase({ dir: knowledge.dir, mode: 'production', today: TODAY });
    expect(base.entries.find((entry) => entry.id === 'linked')?.related).toEqual(['cost']);
  });

  it('when an entry is marked approved by hand, without the content hash kb:approve writes, then production does not serve it', async () => {
    const handApproved = entryMarkdown({ id: 'by-hand', questions: ['by hand question one', 'by hand question two', 'by hand question three'], review: approved });
    knowledge = tempKnowledge({ ...mixedEntries(), 'by-hand.md': handApproved });
    const base = await loadKnowledgeBase({ dir: knowledge.dir, mode: 'production', today: TODAY });
    expect(base.entries.map((entry) => entry.id)).not.toContain('by-hand');
    expect(base.problems.map(formatProblem)).toContainEqual(`${fileOf('by-hand.md')}: review: not served in production: the approval has no content hash; approve it with npm run kb:approve`);
  });

  it('when an approved entry is edited after approval, then production does not serve it and says which field changed', async () => {
    const entries = mixedEntries();
    knowledge = tempKnowledge({ ...entries, 'cost.md': (entries['cost.md'] ?? '').replace('One infusion:', 'A single infusion:') });
    const base = await loadKnowledgeBase({ dir: knowledge.dir, mode: 'production', today: TODAY });
    expect(base.entries.map((entry) => entry.id)).toEqual(['linked']);
    expect(base.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/cost\.md: review\.content_hash: not served in production: changed since approval \(approved 2026-01-10 by Dr\. A\. Example, MD\)/));
  });

  it('refuses to start when no entry can be served', async () => {
    const problems = await problemsOf(sampleEntries(), 'production');
    expect(problems.at(-1)).toContain('production mode has no entry to serve');
  });

  it('development still serves an overdue entry but reports it', async () => {
    knowledge = tempKnowledge(mixedEntries());
    const base = await loadKnowledgeBase({ dir: knowledge.dir, mode: 'development', today: TODAY });
    expect(base.entries.map((entry) => entry.id)).toContain('overdue');
    expect(base.problems.map(formatProblem)).toContainEqual(`${fileOf('overdue.md')}: review.next_review: review was due on 2026-05-01; production would not serve this entry`);
  });
});
