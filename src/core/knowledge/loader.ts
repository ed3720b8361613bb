import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadClinicProfile } from '../clinic/profile';
import type { ClinicProfile } from '../clinic/schema';
import { approvalState, changedMessage, type ApprovalState } from './approval';
import { readApprovalSnapshots, type ApprovalSnapshot } from './approvalStore';
import { checkCollection } from './collectionChecks';
import { parseEntryFile } from './entryFile';
import { phrasingsByLabel, readPhrasingSets, type Phrasings, type PhrasingSet } from './phrasings';
import { KnowledgeBaseError, type KnowledgeProblem } from './problems';
import type { KnowledgeEntry } from './schema';

export type KnowledgeMode = 'development' | 'production';

export interface LoadKnowledgeOptions {
  /** The knowledge folder (KNOWLEDGE_DIR): one entry per *.md file and clinic.yml. Sub-folders such as guides/ are not entries. */
  dir: string;
  /** production serves only clinician-approved, in-date entries; development serves every valid entry. */
  mode: KnowledgeMode;
  /** Passed in so that tests and checks do not depend on the clock. */
  today: Date;
}

export interface KnowledgeBase {
  entries: KnowledgeEntry[];
  clinic: ClinicProfile;
  /** Findings that do not stop the bot, for the caller to log: entries withheld in production, overdue reviews. */
  problems: KnowledgeProblem[];
  /** Served entries no clinician has approved: sample content. Always 0 in production. */
  unreviewedCount: number;
  /** Valid entries production does not serve (unapproved or overdue for review). Always 0 in development. */
  withheldCount: number;
  /** How patients ask, by entry id or dialog (knowledge/phrasings/): for the decision stage. */
  phrasings: Phrasings;
}

export interface KnowledgeInspection {
  clinic: ClinicProfile | undefined;
  /** Valid entries, in file-name order. */
  entries: KnowledgeEntry[];
  /** Problems that stop the knowledge base from loading. */
  errors: KnowledgeProblem[];
  files: number;
  /** Today in the clinic's time zone, YYYY-MM-DD. */
  today: string;
  /** What each approval covered (knowledge/approvals/<id>.json), by id. */
  approvals: ReadonlyMap<string, ApprovalSnapshot>;
  /** knowledge/phrasings/*.json, validated. */
  phrasingSets: PhrasingSet[];
}

/** Files in the knowledge folder that are not entries. */
const NOT_ENTRIES = new Set(['readme.md']);

/** Validates everything without deciding what to serve; kb:check and loadKnowledgeBase share it. */
export async function inspectKnowledgeBase(dir: string, today: Date): Promise<KnowledgeInspection> {
  const errors: KnowledgeProblem[] = [];
  let clinic: ClinicProfile | undefined;
  try {
    clinic = await loadClinicProfile(dir);
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    errors.push(...error.problems);
  }
  const todayText = dateInZone(today, clinic?.timezone);
  const fileLabel = (name: string): string => path.join(dir, name);

  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((item) => item.isFile() && item.name.endsWith('.md') && !item.name.startsWith('_') && !item.name.startsWith('.'))
      .map((item) => item.name)
      .filter((name) => !NOT_ENTRIES.has(name.toLowerCase()))
      .sort();
  } catch {
    return { clinic, entries: [], errors: [...errors, { file: dir, field: '-', message: 'the knowledge folder cannot be read' }], files: 0, today: todayText, approvals: new Map(), phrasingSets: [] };
  }
  if (names.length === 0) errors.push({ file: dir, field: '-', message: 'has no knowledge entries (*.md files)' });

  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  const entries: KnowledgeEntry[] = [];
  names.forEach((name, index) => {
    const parsed = parseEntryFile(fileLabel(name), texts[index] ?? '', { clinic, today: todayText });
    errors.push(...parsed.problems);
    if (parsed.entry) entries.push(parsed.entry);
  });
  const phrasings = await readPhrasingSets(dir, new Set(entries.map((entry) => entry.id)));
  errors.push(...phrasings.problems);
  errors.push(...checkCollection(entries, (entry) => fileLabel(entry.file), { phrasings: phrasingsByLabel(phrasings.sets) }));
  const approvals = await readApprovalSnapshots(dir);
  return { clinic, entries, errors, files: names.length, today: todayText, approvals, phrasingSets: phrasings.sets };
}

/**
 * Loads the knowledge base at start-up. Throws a KnowledgeBaseError listing every problem
 * ("file: field: message") if anything is invalid, or if production mode would serve nothing.
 */
export async function loadKnowledgeBase(options: LoadKnowledgeOptions): Promise<KnowledgeBase> {
  const inspection = await inspectKnowledgeBase(options.dir, options.today);
  if (inspection.errors.length > 0 || !inspection.clinic) throw new KnowledgeBaseError(inspection.errors);
  const { clinic, entries, today } = inspection;
  const phrasings = phrasingsByLabel(inspection.phrasingSets);
  const fileLabel = (entry: KnowledgeEntry): string => path.join(options.dir, entry.file);
  const problems: KnowledgeProblem[] = [];

  const states = new Map(entries.map((entry) => [entry, entryApprovalState(entry, inspection.approvals)] as const));
  if (options.mode === 'development') {
    for (const entry of entries) {
      if (entry.review.next_review < today) {
        problems.push({ file: fileLabel(entry), field: 'review.next_review', message: `review was due on ${entry.review.next_review}; production would not serve this entry` });
      }
      const state = states.get(entry);
      if (state?.kind === 'changed') {
        for (const field of state.fields) problems.push({ file: fileLabel(entry), field: field === '-' ? 'review.content_hash' : field, message: changedMessage(entry.review, []) });
      }
    }
    const unreviewed = entries.filter((entry) => states.get(entry)?.kind !== 'approved').length;
    return { entries, clinic, problems, unreviewedCount: unreviewed, withheldCount: 0, phrasings };
  }

  const served: KnowledgeEntry[] = [];
  for (const entry of entries) {
    const state = states.get(entry) ?? { kind: 'not-approved', reason: 'unknown' };
    if (state.kind === 'changed') {
      for (const field of state.fields) {
        problems.push({ file: fileLabel(entry), field: field === '-' ? 'review.content_hash' : field, message: `not served in production: ${changedMessage(entry.review, [])}` });
      }
      continue;
    }
    const reason = state.kind === 'not-approved' ? state.reason : overdueReason(entry, today);
    if (reason) problems.push({ file: fileLabel(entry), field: 'review', message: `not served in production: ${reason}` });
    else served.push(entry);
  }
  if (served.length === 0) {
    throw new KnowledgeBaseError(
      [...problems, { file: options.dir, field: 'review', message: 'production mode has no entry to serve: none is approved by a named clinician and within its next_review date' }],
      'The knowledge base cannot be served in production',
    );
  }
  // A link to an entry that is not served would lead nowhere.
  const servedIds = new Set(served.map((entry) => entry.id));
  const linked = served.map((entry) => ({ ...entry, related: entry.related.filter((id) => servedIds.has(id)) }));
  return { entries: linked, clinic, problems, unreviewedCount: 0, withheldCount: entries.length - served.length, phrasings };
}

/** Whether the entry's approval still covers its text (see approval.ts). */
export function entryApprovalState(entry: KnowledgeEntry, approvals: ReadonlyMap<string, ApprovalSnapshot>): ApprovalState {
  return approvalState(entry.review, entry.content ?? {}, approvals.get(entry.id)?.content);
}

function overdueReason(entry: KnowledgeEntry, today: string): string | undefined {
  return entry.review.next_review < today ? `the review was due on ${entry.review.next_review}` : undefined;
}

/** YYYY-MM-DD for the given instant in the clinic's time zone (UTC if the zone is unknown). */
export function dateInZone(instant: Date, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  } catch {
    return instant.toISOString().slice(0, 10);
  }
}
