import { createHash } from 'node:crypto';
import type { ClinicProfile } from '../clinic/schema';
import { fillPlaceholders } from './placeholders';

/**
 * Approval bound to the text. A clinician approves what the patient reads: an entry's title, SMS
 * form and body as written, plus the value of every clinic.yml field the entry pastes in. The
 * approval records a hash of exactly that; when any of it changes, the hash no longer matches and
 * the entry is a draft again (production stops serving it until it is approved again).
 *
 * Example questions and tags are not in the hash: they decide which questions find the entry, not
 * what it says, so staff can add questions patients ask without a new sign-off. Crisis placeholders
 * ({{crisis.line}}) are not in it either: the crisis lines are reviewed with the crisis reply
 * wording (the "crisis-reply" review record).
 */

/** Field name -> the text the patient reads ("title", "sms", "body", "clinic.fasting.iv", "steps[2].text"). */
export type ApprovedContent = Record<string, string>;

export interface ReviewRecordFields {
  status: 'draft' | 'approved';
  reviewed_by: string | null;
  reviewed_on: string;
  next_review: string;
  content_hash?: string | undefined;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The clinic.yml fields a text pastes in, with their values ({{clinic.hours}} counts as the hours group). */
export function clinicFieldsUsed(texts: readonly string[], clinic: ClinicProfile): ApprovedContent {
  const used: ApprovedContent = {};
  for (const text of texts) {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? '';
      if (!name.startsWith('clinic.')) continue;
      const filled = fillPlaceholders(`{{${name}}}`, clinic);
      used[name] = filled.problems.length > 0 ? '' : filled.text;
    }
  }
  return used;
}

/** What an entry's approval covers, as written (placeholders unfilled) plus the clinic values used. */
export function entryContent(parts: { title: string; sms?: string | undefined; body: string }, clinic: ClinicProfile | undefined): ApprovedContent {
  const content: ApprovedContent = { title: parts.title, body: parts.body.trim() };
  if (parts.sms !== undefined) content.sms = parts.sms;
  return clinic ? { ...content, ...clinicFieldsUsed(Object.values(content), clinic) } : content;
}

/** "sha256:<hex>" over the fields, in name order, so the same content always gives the same hash. */
export function contentHash(content: ApprovedContent): string {
  const canonical = JSON.stringify(Object.keys(content).sort().map((name) => [name, normaliseText(content[name] ?? '')]));
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

/** Line endings and trailing spaces are not content. */
function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
}

/** Field names whose text differs between the approved content and now (added and removed fields too). */
export function changedFields(approved: ApprovedContent, current: ApprovedContent): string[] {
  const names = [...new Set([...Object.keys(approved), ...Object.keys(current)])].sort();
  return names.filter((name) => normaliseText(approved[name] ?? '') !== normaliseText(current[name] ?? ''));
}

export type ApprovalState =
  | { kind: 'approved' }
  | { kind: 'not-approved'; reason: string }
  | { kind: 'changed'; fields: string[] };

/**
 * Whether a review record still covers the content. `approvedContent` is the stored snapshot of what
 * was approved, when there is one; it only serves to name the fields that changed.
 */
export function approvalState(review: ReviewRecordFields, content: ApprovedContent, approvedContent?: ApprovedContent): ApprovalState {
  if (review.status !== 'approved') return { kind: 'not-approved', reason: `review.status is ${review.status}, not approved` };
  if (review.reviewed_by === null) return { kind: 'not-approved', reason: 'no clinician is named in review.reviewed_by' };
  if (!review.content_hash) return { kind: 'not-approved', reason: 'the approval has no content hash; approve it with npm run kb:approve' };
  if (review.content_hash === contentHash(content)) return { kind: 'approved' };
  const fields = approvedContent && contentHash(approvedContent) === review.content_hash ? changedFields(approvedContent, content) : [];
  return { kind: 'changed', fields: fields.length > 0 ? fields : ['-'] };
}

/** "changed since approval (approved 2026-12-06 by Jane Doe, MD): body, clinic.fasting.iv" */
export function changedMessage(review: ReviewRecordFields, fields: readonly string[]): string {
  const which = fields.filter((field) => field !== '-');
  return `changed since approval (approved ${review.reviewed_on} by ${review.reviewed_by ?? 'nobody'})${which.length > 0 ? `: ${which.join(', ')}` : ''}; it is a draft again until approved again with npm run kb:approve`;
}

/** Adds months to a YYYY-MM-DD date, clamping the day (2026-08-31 + 6 months = 2027-02-28). */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** Reviews are at most 12 months apart. */
export const MAX_REVIEW_MONTHS = 12;

/**
 * The front matter with its `review:` block replaced by `record` (other lines untouched, so the
 * author's formatting and comments survive). Throws when the front matter has no review block.
 */
export function replaceReviewBlock(fileText: string, record: ReviewRecordFields): string {
  const lines = fileText.split('\n');
  const end = lines.indexOf('---', 1);
  const start = lines.findIndex((line, index) => index > 0 && index < end && /^review:\s*$/.test(line));
  if (lines[0] !== '---' || end < 0 || start < 0) throw new Error('the front matter has no "review:" block to update');
  let stop = start + 1;
  while (stop < end && /^(\s+\S|\s*$)/.test(lines[stop] ?? '')) stop += 1;
  const block = [
    'review:',
    `  status: ${record.status}`,
    `  reviewed_by: ${record.reviewed_by === null ? 'null' : JSON.stringify(record.reviewed_by)}`,
    `  reviewed_on: ${record.reviewed_on}`,
    `  next_review: ${record.next_review}`,
    ...(record.content_hash ? [`  content_hash: ${record.content_hash}`] : []),
  ];
  return [...lines.slice(0, start), ...block, ...lines.slice(stop)].join('\n');
}
