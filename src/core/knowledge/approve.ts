import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClinicProfile } from '../clinic/schema';
import { addMonths, contentHash, MAX_REVIEW_MONTHS, replaceReviewBlock, type ReviewRecordFields } from './approval';
import { recordApproval, type ApprovalSnapshot } from './approvalStore';
import { loadGuides, type Guides } from './guides';
import { inspectKnowledgeBase } from './loader';
import { formatProblem, KnowledgeBaseError } from './problems';
import { itemState, reviewedItems, type ReviewedItem } from './reviewedItems';
import { wordDiff } from './textDiff';

/** A refusal kb:approve explains to the person running it; nothing was written. */
export class ApprovalRefused extends Error {
  override name = 'ApprovalRefused';
}

export interface ApproveOptions {
  dir: string;
  /** An entry id, a guide id, "clinic" or "crisis-reply". */
  id: string;
  /** A name listed under reviewers: in clinic.yml (with or without the credentials). */
  reviewer: string;
  now: Date;
  /** YYYY-MM-DD; at most 12 months after today. Default: 12 months after today. */
  nextReview?: string;
}

export interface ApprovalResult {
  id: string;
  file: string;
  reviewedBy: string;
  reviewedOn: string;
  nextReview: string;
  contentHash: string;
}

/** "Jane Doe" or "Jane Doe, MD" -> "Jane Doe, MD" when Jane Doe is listed; otherwise refused. */
export function findReviewer(clinic: ClinicProfile, name: string): string {
  const wanted = name.trim().toLowerCase().replace(/\s+/g, ' ');
  const reviewer = clinic.reviewers.find((candidate) => [candidate.name, `${candidate.name}, ${candidate.credentials}`].some((form) => form.trim().toLowerCase().replace(/\s+/g, ' ') === wanted));
  if (!reviewer) {
    const listed = clinic.reviewers.map((candidate) => `${candidate.name}, ${candidate.credentials}`).join('; ') || 'none';
    throw new ApprovalRefused(`"${name}" is not a reviewer listed in clinic.yml (reviewers: ${listed}). Add the clinician's name and credentials under reviewers: first.`);
  }
  return `${reviewer.name}, ${reviewer.credentials}`;
}

/** Loads everything that carries a review record; refuses while kb:check finds problems. */
async function loadItems(dir: string, now: Date): Promise<{ clinic: ClinicProfile; items: ReviewedItem[]; today: string; snapshots: Awaited<ReturnType<typeof inspectKnowledgeBase>>['approvals'] }> {
  const inspection = await inspectKnowledgeBase(dir, now);
  if (inspection.errors.length > 0 || !inspection.clinic) {
    throw new ApprovalRefused(`fix what kb:check reports first:\n${inspection.errors.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
  }
  let guides: Partial<Guides> | undefined;
  try {
    guides = await loadGuides(dir, inspection.clinic, new Set(inspection.entries.map((entry) => entry.id)));
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    guides = undefined; // a folder without guides (or with broken ones) can still approve entries
  }
  return { clinic: inspection.clinic, items: reviewedItems(inspection.entries, guides, inspection.clinic, inspection.approvals), today: inspection.today, snapshots: inspection.approvals };
}

/**
 * Approves one item as it reads now: writes its review record (front matter for entries and guides),
 * stores what was approved in knowledge/approvals/<id>.json and appends a line to the approval log.
 */
export async function approveItem(options: ApproveOptions): Promise<ApprovalResult> {
  const { dir, id, now } = options;
  const { clinic, items, today } = await loadItems(dir, now);
  const reviewedBy = findReviewer(clinic, options.reviewer);
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new ApprovalRefused(`"${id}" is not an entry, guide, "clinic" or "crisis-reply" in ${dir}`);
  const latest = addMonths(today, MAX_REVIEW_MONTHS);
  const nextReview = options.nextReview ?? latest;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(nextReview) || nextReview <= today || nextReview > latest) {
    throw new ApprovalRefused(`--next-review must be a date after today (${today}) and at most ${MAX_REVIEW_MONTHS} months ahead (${latest})`);
  }
  const hash = contentHash(item.content);
  const record: ReviewRecordFields = { status: 'approved', reviewed_by: reviewedBy, reviewed_on: today, next_review: nextReview, content_hash: hash };
  if (item.kind === 'entry' || item.kind === 'guide') {
    const file = path.join(dir, item.file);
    await writeFile(file, replaceReviewBlock(await readFile(file, 'utf8'), record));
  }
  const snapshot: ApprovalSnapshot = { id, kind: item.kind, file: item.file, content_hash: hash, reviewed_by: reviewedBy, reviewed_on: today, next_review: nextReview, content: item.content };
  await recordApproval(dir, snapshot, now);
  return { id, file: item.file, reviewedBy, reviewedOn: today, nextReview, contentHash: hash };
}

export interface ItemChanges {
  id: string;
  file: string;
  status: 'unchanged' | 'changed' | 'never-approved' | 'not-approved';
  /** Why it is not approved (not-approved only). */
  reason?: string;
  approvedBy?: string;
  approvedOn?: string;
  /** For changed items: each changed field and its word diff against the approved text. */
  fields: { field: string; diff: string[] }[];
}

/** Per item, what changed since its last approval (kb:changes). */
export async function changesSinceApproval(dir: string, now: Date): Promise<ItemChanges[]> {
  const { items, snapshots } = await loadItems(dir, now);
  return items.map((item): ItemChanges => {
    const state = itemState(item, snapshots);
    const base = { id: item.id, file: item.file, approvedBy: item.review?.reviewed_by ?? undefined, approvedOn: item.review?.reviewed_on };
    if (state.kind === 'approved') return { ...base, status: 'unchanged', fields: [] };
    if (state.kind === 'not-approved') {
      return { ...base, status: item.review?.status === 'approved' ? 'not-approved' : 'never-approved', reason: state.reason, fields: [] };
    }
    const approved = snapshots.get(item.id)?.content;
    const fields = state.fields.map((field) => {
      if (field === '-' || !approved) return { field: 'content', diff: ['(the approved text was not stored, so only the hash shows it changed)'] };
      const diff = wordDiff(approved[field] ?? '', item.content[field] ?? '');
      return { field, diff: diff.length > 0 ? diff : ['(spacing or line breaks only)'] };
    });
    return { ...base, status: 'changed', fields };
  });
}
