import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths, replaceReviewBlock } from '../../../src/core/knowledge/approval';
import { readApprovalLog, readApprovalSnapshots } from '../../../src/core/knowledge/approvalStore';
import { ApprovalRefused, approveItem, changesSinceApproval } from '../../../src/core/knowledge/approve';
import { loadGuides, servableGuides } from '../../../src/core/knowledge/guides';
import { loadKnowledgeBase } from '../../../src/core/knowledge/loader';
import { formatProblem } from '../../../src/core/knowledge/problems';
import { reviewedItems, reviewNotes } from '../../../src/core/knowledge/reviewedItems';

/** A temporary copy of the shipped knowledge folder with one listed reviewer. */
const SHIPPED = path.resolve(__dirname, '../../../knowledge');
const NOW = new Date('2026-12-06T15:00:00Z');
let dir = '';

function edit(file: string, from: string | RegExp, to: string): void {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`nothing to replace in ${file}`);
  writeFileSync(full, edited);
}

async function servedIds(): Promise<string[]> {
  const base = await loadKnowledgeBase({ dir, mode: 'production', today: NOW });
  return base.entries.map((entry) => entry.id);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-approval-'));
  cpSync(SHIPPED, dir, { recursive: true });
  edit('clinic.yml', /^reviewers: \[\]$/m, 'reviewers:\n  - name: Jane Doe\n    credentials: MD\n  - name: Sam Lee\n    credentials: PMHNP');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('kb:approve binds the approval to the text', () => {
  it('when an entry is approved, production serves it; when one word is edited, production does not and kb:changes shows the word', async () => {
    await expect(loadKnowledgeBase({ dir, mode: 'production', today: NOW })).rejects.toThrow('production mode has no entry to serve');

    const result = await approveItem({ dir, id: 'driving-and-getting-home', reviewer: 'Jane Doe', now: NOW });
    expect(result).toMatchObject({ reviewedBy: 'Jane Doe, MD', reviewedOn: '2026-12-06', nextReview: '2027-12-06' });
    expect(result.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await servedIds()).toEqual(['driving-and-getting-home']);

    edit('driving-and-getting-home.md', 'restful night', 'peaceful night');
    await expect(loadKnowledgeBase({ dir, mode: 'production', today: NOW })).rejects.toThrow(/driving-and-getting-home\.md: body: not served in production: changed since approval \(approved 2026-12-06 by Jane Doe, MD\)/);
    const development = await loadKnowledgeBase({ dir, mode: 'development', today: NOW });
    expect(development.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/driving-and-getting-home\.md: body: changed since approval/));

    const changes = await changesSinceApproval(dir, NOW);
    const driving = changes.find((item) => item.id === 'driving-and-getting-home');
    expect(driving?.status).toBe('changed');
    expect(driving?.fields.map((field) => field.field)).toEqual(['body']);
    expect(driving?.fields[0]?.diff.join('\n')).toContain('[-restful-] {+peaceful+}');

    edit('driving-and-getting-home.md', 'peaceful night', 'restful night');
    expect(await servedIds()).toEqual(['driving-and-getting-home']);
  });

  it('when a question or tag is added after approval, then the entry is still served: they decide matching, not what it says', async () => {
    await approveItem({ dir, id: 'driving-and-getting-home', reviewer: 'Jane Doe', now: NOW });
    edit('driving-and-getting-home.md', /^tags: \[/m, 'tags: [lift home, ');
    expect(await servedIds()).toEqual(['driving-and-getting-home']);
  });

  it('when a clinic.yml value the entry pastes in changes, then the entry is a draft again, naming the clinic field', async () => {
    await approveItem({ dir, id: 'fasting-before-treatment', reviewer: 'Jane Doe, MD', now: NOW });
    expect(await servedIds()).toEqual(['fasting-before-treatment']);
    edit('clinic.yml', 'No food for 4 hours before your infusion.', 'No food for 6 hours before your infusion.');
    await expect(loadKnowledgeBase({ dir, mode: 'production', today: NOW })).rejects.toThrow(/fasting-before-treatment\.md: clinic\.fasting\.iv: not served in production: changed since approval/);
    const changes = await changesSinceApproval(dir, NOW);
    expect(changes.find((item) => item.id === 'fasting-before-treatment')?.fields[0]).toEqual({ field: 'clinic.fasting.iv', diff: ['No food for [-4-] {+6+} hours before your infusion. Clear liquids...'] });
  });

  it('when the reviewer is not listed in clinic.yml, then the approval is refused and nothing is written', async () => {
    const before = readFileSync(path.join(dir, 'cost.md'), 'utf8');
    await expect(approveItem({ dir, id: 'cost', reviewer: 'Dr. Nobody', now: NOW })).rejects.toThrow(ApprovalRefused);
    await expect(approveItem({ dir, id: 'cost', reviewer: 'Dr. Nobody', now: NOW })).rejects.toThrow('"Dr. Nobody" is not a reviewer listed in clinic.yml (reviewers: Jane Doe, MD; Sam Lee, PMHNP)');
    expect(readFileSync(path.join(dir, 'cost.md'), 'utf8')).toBe(before);
    expect(await readApprovalLog(dir)).toEqual([]);
  });

  it('when the next review is more than 12 months ahead or not after today, then the approval is refused', async () => {
    await expect(approveItem({ dir, id: 'cost', reviewer: 'Jane Doe', now: NOW, nextReview: '2027-12-07' })).rejects.toThrow('at most 12 months ahead (2027-12-06)');
    await expect(approveItem({ dir, id: 'cost', reviewer: 'Jane Doe', now: NOW, nextReview: '2026-12-06' })).rejects.toThrow('--next-review must be a date after today');
  });

  it('appends every approval to the log in the knowledge folder: who, when, which entry, which hash', async () => {
    const first = await approveItem({ dir, id: 'cost', reviewer: 'Jane Doe', now: NOW });
    const second = await approveItem({ dir, id: 'cost', reviewer: 'Sam Lee', now: new Date('2026-12-07T09:00:00Z'), nextReview: '2027-06-01' });
    const log = await readApprovalLog(dir);
    expect(log).toEqual([
      { at: '2026-12-06T15:00:00.000Z', id: 'cost', kind: 'entry', reviewer: 'Jane Doe, MD', content_hash: first.contentHash, next_review: '2027-12-06' },
      { at: '2026-12-07T09:00:00.000Z', id: 'cost', kind: 'entry', reviewer: 'Sam Lee, PMHNP', content_hash: second.contentHash, next_review: '2027-06-01' },
    ]);
    const snapshot = (await readApprovalSnapshots(dir)).get('cost');
    expect(snapshot?.content.body).toContain('{{clinic.prices.iv_infusion}}');
    expect(snapshot?.content['clinic.prices.iv_infusion']).toBe('$495 per infusion (self-pay)');
    expect(readFileSync(path.join(dir, 'cost.md'), 'utf8')).toMatch(/review:\n {2}status: approved\n {2}reviewed_by: "Sam Lee, PMHNP"\n {2}reviewed_on: 2026-12-07\n {2}next_review: 2027-06-01\n {2}content_hash: sha256:/);
  });
});

describe('clinic.yml, the crisis reply and the guides carry review records the same way', () => {
  async function notes(): Promise<string[]> {
    const base = await loadKnowledgeBase({ dir, mode: 'development', today: NOW });
    const guides = await loadGuides(dir, base.clinic, new Set(base.entries.map((entry) => entry.id)));
    const snapshots = await readApprovalSnapshots(dir);
    return reviewNotes(dir, reviewedItems([], guides, base.clinic, snapshots), snapshots).map(formatProblem);
  }

  it('when the clinical and financial fields are approved and a price changes, then kb:check notes the field as changed since approval', async () => {
    expect(await notes()).toContainEqual(expect.stringContaining('clinic.yml: review: the clinical and financial fields'));
    await approveItem({ dir, id: 'clinic', reviewer: 'Jane Doe', now: NOW });
    await approveItem({ dir, id: 'crisis-reply', reviewer: 'Jane Doe', now: NOW });
    expect(await notes()).toEqual([]);
    edit('clinic.yml', '$495 per infusion', '$525 per infusion');
    expect(await notes()).toEqual([`${path.join(dir, 'clinic.yml')}: prices.iv_infusion: changed since approval (approved 2026-12-06 by Jane Doe, MD); it is a draft again until approved again with npm run kb:approve`]);
  });

  it('when the clinic moves to another country, then the approved crisis reply wording is changed since approval', async () => {
    await approveItem({ dir, id: 'crisis-reply', reviewer: 'Jane Doe', now: NOW });
    edit('clinic.yml', 'country: US', 'country: GB');
    const lines = await notes();
    expect(lines).toContainEqual(expect.stringMatching(/^crisis reply \(GB\): country: changed since approval/));
    expect(lines).toContainEqual(expect.stringMatching(/^crisis reply \(GB\): crisis\.open\.text: changed since approval/));
  });

  it('when a guide is approved, production serves it; when a step is edited, production does not', async () => {
    const load = async () => {
      const base = await loadKnowledgeBase({ dir, mode: 'development', today: NOW });
      return servableGuides(await loadGuides(dir, base.clinic, new Set(base.entries.map((entry) => entry.id))), 'production', '2026-12-06');
    };
    expect((await load()).firstVisit).toBeUndefined();
    await approveItem({ dir, id: 'first-visit-guide', reviewer: 'Jane Doe', now: NOW });
    expect((await load()).firstVisit?.id).toBe('first-visit-guide');
    expect((await load()).checklist).toBeUndefined();
    edit('guides/first-visit.md', 'Make a list of every medicine', 'Write down every medicine');
    expect((await load()).firstVisit).toBeUndefined();
    const changes = await changesSinceApproval(dir, NOW);
    expect(changes.find((item) => item.id === 'first-visit-guide')?.fields.map((field) => field.field)).toEqual(['steps[1].text']);
  });
});

describe('approval helpers', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-12-06', 12)).toBe('2027-12-06');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('replaces only the review block of the front matter', () => {
    const text = '---\nid: x\nreview:\n  status: draft\n  reviewed_by: null\n  note: sample\n  reviewed_on: 2026-01-01\n  next_review: 2026-06-01\nsms: hi\n---\nBody\n';
    const record = { status: 'approved' as const, reviewed_by: 'Jane Doe, MD', reviewed_on: '2026-12-06', next_review: '2027-12-06', content_hash: `sha256:${'a'.repeat(64)}` };
    expect(replaceReviewBlock(text, record)).toBe(
      `---\nid: x\nreview:\n  status: approved\n  reviewed_by: "Jane Doe, MD"\n  reviewed_on: 2026-12-06\n  next_review: 2027-12-06\n  content_hash: sha256:${'a'.repeat(64)}\nsms: hi\n---\nBody\n`,
    );
  });
});
