import path from 'node:path';
import type { ClinicProfile } from '../clinic/schema';
import { crisisAwareFooter, crisisReply, resourcesFooter, safetyPointer, type UrgentLevel } from '../safety/crisisReply';
import { crisisResourcesFor } from '../safety/resources';
import { approvalState, changedMessage, type ApprovalState, type ApprovedContent, type ReviewRecordFields } from './approval';
import type { ApprovalSnapshot, ReviewedKind } from './approvalStore';
import { GUIDE_FILES, type Guides } from './guides';
import type { KnowledgeProblem } from './problems';
import type { KnowledgeEntry } from './schema';

/**
 * Everything a patient reads carries a review record bound to its text: each entry and guide (in its
 * front matter), the clinical and financial fields of clinic.yml ("clinic"), and the crisis reply
 * wording for the clinic's country ("crisis-reply"). The last two keep their record in
 * knowledge/approvals/<id>.json because they have no front matter.
 */
export interface ReviewedItem {
  id: string;
  kind: ReviewedKind;
  /** Relative to the knowledge folder, or a description for the crisis reply. */
  file: string;
  content: ApprovedContent;
  /** The review record, or undefined when the item has never been approved. */
  review: ReviewRecordFields | undefined;
}

export const CLINIC_ITEM_ID = 'clinic';
export const CRISIS_ITEM_ID = 'crisis-reply';

/** The clinic.yml fields that are clinical or financial: pasted into answers, so a clinician signs them. */
const CLINIC_REVIEWED_GROUPS = ['treatments', 'prices', 'payment', 'fasting', 'arrival', 'cancellation_policy'] as const;

export function clinicContent(clinic: ClinicProfile): ApprovedContent {
  const content: ApprovedContent = {};
  const add = (name: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (typeof value === 'object') for (const [key, child] of Object.entries(value)) add(`${name}.${key}`, child);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') content[name] = String(value);
  };
  for (const group of CLINIC_REVIEWED_GROUPS) add(group, clinic[group]);
  return content;
}

/** Every crisis reply the bot can send for the clinic's country, as text and SMS text. */
export function crisisReplyContent(clinic: ClinicProfile): ApprovedContent {
  const resources = crisisResourcesFor(clinic.country);
  const content: ApprovedContent = { country: resources.country };
  const levels: UrgentLevel[] = ['crisis', 'other-at-risk', 'emergency'];
  for (const level of levels) {
    for (const clinicOpenNow of [true, false]) {
      const reply = crisisReply(level, resources, clinic, { clinicOpenNow });
      const key = `${level}.${clinicOpenNow ? 'open' : 'closed'}`;
      content[`${key}.text`] = reply.text;
      if (reply.smsText !== undefined) content[`${key}.sms`] = reply.smsText;
    }
  }
  const footer = resourcesFooter(resources);
  content['mention.text'] = footer.text;
  const aware = crisisAwareFooter(resources, clinic);
  content['crisis-aware.text'] = aware.text;
  if (aware.smsText !== undefined) content['crisis-aware.sms'] = aware.smsText;
  content['pointer.text'] = safetyPointer(resources);
  return content;
}

function snapshotReview(snapshot: ApprovalSnapshot | undefined): ReviewRecordFields | undefined {
  if (!snapshot) return undefined;
  return { status: 'approved', reviewed_by: snapshot.reviewed_by, reviewed_on: snapshot.reviewed_on, next_review: snapshot.next_review, content_hash: snapshot.content_hash };
}

/** Every reviewed item of a knowledge folder, entries first. */
export function reviewedItems(entries: readonly KnowledgeEntry[], guides: Partial<Guides> | undefined, clinic: ClinicProfile | undefined, snapshots: ReadonlyMap<string, ApprovalSnapshot>): ReviewedItem[] {
  const items: ReviewedItem[] = entries.map((entry) => ({ id: entry.id, kind: 'entry', file: entry.file, content: entry.content ?? {}, review: entry.review }));
  if (guides?.firstVisit) items.push({ id: guides.firstVisit.id, kind: 'guide', file: GUIDE_FILES.firstVisit, content: guides.firstVisit.content, review: guides.firstVisit.review });
  if (guides?.checklist) items.push({ id: guides.checklist.id, kind: 'guide', file: GUIDE_FILES.checklist, content: guides.checklist.content, review: guides.checklist.review });
  if (clinic) {
    items.push({ id: CLINIC_ITEM_ID, kind: 'clinic', file: 'clinic.yml', content: clinicContent(clinic), review: snapshotReview(snapshots.get(CLINIC_ITEM_ID)) });
    items.push({ id: CRISIS_ITEM_ID, kind: 'crisis-reply', file: `crisis reply (${crisisResourcesFor(clinic.country).country})`, content: crisisReplyContent(clinic), review: snapshotReview(snapshots.get(CRISIS_ITEM_ID)) });
  }
  return items;
}

export function itemState(item: ReviewedItem, snapshots: ReadonlyMap<string, ApprovalSnapshot>): ApprovalState {
  if (!item.review) return { kind: 'not-approved', reason: 'never approved' };
  return approvalState(item.review, item.content, snapshots.get(item.id)?.content);
}

/**
 * The notes kb:check and the start-up log give about review records: one per changed field of an
 * approved item ("changed since approval"), and one each when the clinic profile or the crisis reply
 * has never been approved.
 */
export function reviewNotes(dir: string, items: readonly ReviewedItem[], snapshots: ReadonlyMap<string, ApprovalSnapshot>): KnowledgeProblem[] {
  const notes: KnowledgeProblem[] = [];
  for (const item of items) {
    const state = itemState(item, snapshots);
    const file = item.kind === 'crisis-reply' ? item.file : path.join(dir, item.file);
    if (state.kind === 'changed' && item.review) {
      for (const field of state.fields) notes.push({ file, field: field === '-' ? 'review.content_hash' : field, message: changedMessage(item.review, []) });
    } else if (state.kind === 'not-approved' && (item.kind === 'clinic' || item.kind === 'crisis-reply')) {
      const what = item.kind === 'clinic' ? "the clinical and financial fields (treatments, prices, payment, fasting, arrival, cancellation_policy)" : 'the crisis reply wording for this country';
      notes.push({ file, field: 'review', message: `${what} ${item.kind === 'clinic' ? 'have' : 'has'} no clinician approval yet: npm run kb:approve -- ${item.id} --reviewer "<name>"` });
    }
  }
  return notes;
}
