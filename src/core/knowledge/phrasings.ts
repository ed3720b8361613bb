import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DIALOGS } from '../understanding/types';
import { issuesToProblems, type KnowledgeProblem } from './problems';

/**
 * Phrasings are messages written the way patients write (typos, stories, a relative asking), each
 * labelled with the entry or dialog that answers it. The decision stage matches them like an
 * entry's example questions but never shows them, so they teach it patients' words without
 * touching vetted content. They live in knowledge/phrasings/*.json, one file per writer or source;
 * `npm run eval` measures each file with the others only (knowledge/phrasings/README.md).
 */
export const PHRASINGS_FOLDER = 'phrasings';

/** The label of a message no entry or dialog should answer. */
export const OUT_OF_SCOPE = 'out-of-scope';

export const PHRASING_STYLES = ['short', 'ordinary', 'long', 'sms', 'relative'] as const;

const phrasingSchema = z.object({
  text: z.string().trim().min(1).max(2000),
  /** An entry id, `dialog:<id>` or out-of-scope. */
  expect: z.string().min(1),
  /** Other labels that answer it as well (scoring only). */
  also: z.array(z.string()).optional(),
  style: z.enum(PHRASING_STYLES),
});

export const phrasingSetSchema = z.object({ writer: z.string().min(1), items: z.array(phrasingSchema).min(1) });

export type Phrasing = z.infer<typeof phrasingSchema>;
export type PhrasingSet = z.infer<typeof phrasingSetSchema> & { name: string };

/** Label -> the phrasings that carry it; what the decision stage reads. */
export type Phrasings = ReadonlyMap<string, readonly string[]>;

const DIALOG_LABELS: ReadonlySet<string> = new Set(DIALOGS.map((dialog) => `dialog:${dialog}`));

/** Every phrasing set in `<knowledgeDir>/phrasings/`, validated; labels must name an entry, a dialog or out-of-scope. */
export async function readPhrasingSets(knowledgeDir: string, entryIds: ReadonlySet<string>): Promise<{ sets: PhrasingSet[]; problems: KnowledgeProblem[] }> {
  const dir = path.join(knowledgeDir, PHRASINGS_FOLDER);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return { sets: [], problems: [] }; // The folder is optional: without it the bot matches example questions only.
  }
  const sets: PhrasingSet[] = [];
  const problems: KnowledgeProblem[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      problems.push({ file, field: '-', message: 'is not valid JSON' });
      continue;
    }
    const parsed = phrasingSetSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...issuesToProblems(file, parsed.error.issues));
      continue;
    }
    parsed.data.items.forEach((item, index) => {
      for (const [field, label] of [['expect', item.expect], ...(item.also ?? []).map((also, at) => [`also[${at}]`, also] as const)] as const) {
        if (!entryIds.has(label) && !DIALOG_LABELS.has(label) && label !== OUT_OF_SCOPE) {
          problems.push({ file, field: `items[${index}].${field}`, message: `"${label}" is not an entry id, dialog:<id> or ${OUT_OF_SCOPE}` });
        }
      }
    });
    sets.push({ ...parsed.data, name: name.replace(/\.json$/, '') });
  }
  return { sets, problems };
}

/** The phrasings of these sets by label (their main label only: `also` is for scoring). */
export function phrasingsByLabel(sets: readonly PhrasingSet[]): Phrasings {
  const byLabel = new Map<string, string[]>();
  for (const set of sets) {
    for (const item of set.items) {
      const list = byLabel.get(item.expect);
      if (list) list.push(item.text);
      else byLabel.set(item.expect, [item.text]);
    }
  }
  return byLabel;
}
