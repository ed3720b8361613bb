import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ApprovedContent } from './approval';

/**
 * knowledge/approvals/: what each approval covered and who gave it.
 *
 * - `<id>.json`: the last approved content of an entry, guide, the clinic profile ("clinic") or the
 *   crisis reply wording ("crisis-reply"), with the review record. kb:changes diffs against it, and
 *   kb:check uses it to name the fields that changed. For "clinic" and "crisis-reply" it is also the
 *   review record itself (they have no front matter to hold one).
 * - `log.jsonl`: one line per approval, appended, never rewritten: who, when, which item, which hash.
 */
export const APPROVALS_DIR = 'approvals';
export const APPROVAL_LOG = 'log.jsonl';

export type ReviewedKind = 'entry' | 'guide' | 'clinic' | 'crisis-reply';

const snapshotSchema = z.object({
  id: z.string(),
  kind: z.enum(['entry', 'guide', 'clinic', 'crisis-reply']),
  /** The file the content comes from, relative to the knowledge folder. */
  file: z.string(),
  content_hash: z.string(),
  reviewed_by: z.string(),
  reviewed_on: z.string(),
  next_review: z.string(),
  content: z.record(z.string(), z.string()),
});

export type ApprovalSnapshot = z.infer<typeof snapshotSchema>;

export interface ApprovalLogLine {
  /** ISO instant the approval was recorded. */
  at: string;
  id: string;
  kind: ReviewedKind;
  reviewer: string;
  content_hash: string;
  next_review: string;
}

/** Every readable snapshot in <dir>/approvals, by id. A missing folder is no approvals yet. */
export async function readApprovalSnapshots(dir: string): Promise<Map<string, ApprovalSnapshot>> {
  const folder = path.join(dir, APPROVALS_DIR);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return new Map();
  }
  const snapshots = new Map<string, ApprovalSnapshot>();
  for (const name of names) {
    try {
      const parsed = snapshotSchema.safeParse(JSON.parse(await readFile(path.join(folder, name), 'utf8')));
      if (parsed.success) snapshots.set(parsed.data.id, parsed.data);
    } catch {
      // An unreadable snapshot only means kb:changes cannot diff that item; the hash still decides.
    }
  }
  return snapshots;
}

/** Writes the snapshot and appends the log line. */
export async function recordApproval(dir: string, snapshot: ApprovalSnapshot, at: Date): Promise<void> {
  const folder = path.join(dir, APPROVALS_DIR);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, `${snapshot.id}.json`), `${JSON.stringify(snapshot, null, 2)}\n`);
  const line: ApprovalLogLine = {
    at: at.toISOString(),
    id: snapshot.id,
    kind: snapshot.kind,
    reviewer: snapshot.reviewed_by,
    content_hash: snapshot.content_hash,
    next_review: snapshot.next_review,
  };
  await appendFile(path.join(folder, APPROVAL_LOG), `${JSON.stringify(line)}\n`);
}

/** The approval log, oldest first (unparseable lines are skipped). */
export async function readApprovalLog(dir: string): Promise<ApprovalLogLine[]> {
  let text: string;
  try {
    text = await readFile(path.join(dir, APPROVALS_DIR, APPROVAL_LOG), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as ApprovalLogLine];
      } catch {
        return [];
      }
    });
}

export type { ApprovedContent };
