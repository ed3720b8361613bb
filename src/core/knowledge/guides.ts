import { readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import type { ClinicProfile } from '../clinic/schema';
import { approvalState, clinicFieldsUsed, type ApprovedContent } from './approval';
import { findForbiddenContent } from './contentRules';
import { fillPlaceholders, withoutPlaceholders } from './placeholders';
import { KnowledgeBaseError, issuesToProblems, type KnowledgeProblem } from './problems';
import { reviewSchema, sourceSchema } from './schema';

/**
 * Guides are vetted content for the step-by-step dialogs (the first-visit walk-through and the
 * "is this for me?" checklist). Like entries they carry sources and a review record; they live
 * in knowledge/guides/ so a clinic edits their words without touching code.
 */
const guideBase = {
  id: z.string(),
  title: z.string().min(3),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  review: reviewSchema,
};

const firstVisitSchema = z.object({
  ...guideBase,
  steps: z
    .array(z.object({ phase: z.enum(['before', 'during', 'after']), title: z.string().min(3), text: z.string().min(10).max(600) }))
    .min(3),
});

const checklistSchema = z.object({
  ...guideBase,
  items: z
    .array(z.object({ question: z.string().min(5), raise_if: z.enum(['yes', 'no']), raise: z.string().min(5), entries: z.array(z.string()).default([]) }))
    .min(1),
});

/** `content` is what an approval of the guide covers (see approval.ts). */
export type FirstVisitGuide = z.infer<typeof firstVisitSchema> & { intro: string; content: ApprovedContent };
export type EligibilityChecklist = z.infer<typeof checklistSchema> & { intro: string; content: ApprovedContent };

export interface Guides {
  firstVisit: FirstVisitGuide;
  checklist: EligibilityChecklist;
}

export const GUIDE_FILES = { firstVisit: 'guides/first-visit.md', checklist: 'guides/is-this-for-me.md' } as const;

/** Loads and validates both guides, filling clinic placeholders; every problem names the file and field. */
export async function loadGuides(dir: string, clinic: ClinicProfile, knownEntryIds: ReadonlySet<string>): Promise<Guides> {
  const problems: KnowledgeProblem[] = [];
  const firstVisit = await loadGuide(dir, GUIDE_FILES.firstVisit, firstVisitSchema, clinic, problems);
  const checklist = await loadGuide(dir, GUIDE_FILES.checklist, checklistSchema, clinic, problems);
  checklist?.items.forEach((item, index) =>
    item.entries
      .filter((id) => !knownEntryIds.has(id))
      .forEach((id) => problems.push({ file: path.join(dir, GUIDE_FILES.checklist), field: `items[${index}].entries`, message: `refers to an unknown entry "${id}"` })),
  );
  if (problems.length > 0 || !firstVisit || !checklist) throw new KnowledgeBaseError(problems);
  return { firstVisit, checklist };
}

type LoadedGuide<T extends z.ZodTypeAny> = z.infer<T> & { intro: string; content: ApprovedContent };

async function loadGuide<T extends z.ZodTypeAny>(dir: string, name: string, schema: T, clinic: ClinicProfile, problems: KnowledgeProblem[]): Promise<LoadedGuide<T> | undefined> {
  const file = path.join(dir, name);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    problems.push({ file, field: '-', message: 'is missing' });
    return undefined;
  }
  const filledProblems: string[] = [];
  const fill = (text: string) => {
    const filled = fillPlaceholders(text, clinic);
    filledProblems.push(...filled.problems);
    return filled.text;
  };
  let parsedFile: matter.GrayMatterFile<string>;
  try {
    parsedFile = matter(raw);
  } catch {
    problems.push({ file, field: 'front matter', message: 'is not valid YAML' });
    return undefined;
  }
  const result = schema.safeParse(parsedFile.data);
  if (!result.success) {
    problems.push(...issuesToProblems(file, result.error.issues));
    return undefined;
  }
  // Guides pass the same content rules as entries (doses, obtaining, prices, literal crisis numbers).
  const content: ApprovedContent = {};
  const checkRules = (field: string, text: string): void => {
    content[field] = text.trim();
    for (const message of findForbiddenContent(withoutPlaceholders(text))) problems.push({ file, field, message });
  };
  const data = fillReadText(result.data, '', fill, checkRules) as z.infer<T>;
  checkRules('body', parsedFile.content);
  const intro = fill(parsedFile.content.trim());
  filledProblems.forEach((message) => problems.push({ file, field: 'placeholders', message }));
  Object.assign(content, clinicFieldsUsed(Object.values(content), clinic));
  return Object.assign(data as object, { intro, content }) as LoadedGuide<T>;
}

/** Text fields a patient reads in a guide. */
export const GUIDE_TEXT_FIELDS = ['text', 'raise', 'question', 'title'];

/** A copy with the patient-read strings checked and filled; `path` names the field ("steps[2].text"). */
function fillReadText(value: unknown, path: string, fill: (text: string) => string, check: (field: string, text: string) => void): unknown {
  if (Array.isArray(value)) return value.map((item, index) => fillReadText(item, `${path}[${index}]`, fill, check));
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const field = path === '' ? key : `${path}.${key}`;
    if (typeof child === 'string' && GUIDE_TEXT_FIELDS.includes(key) && !['review', 'sources'].some((skip) => field.startsWith(skip))) {
      check(field, child);
      copy[key] = fill(child);
    } else copy[key] = fillReadText(child, field, fill, check);
  }
  return copy;
}

/**
 * Production serves a guide only while a named clinician's approval still covers its text (the
 * content hash matches) and its review is not overdue; development serves both guides.
 */
export function servableGuides(guides: Guides, mode: 'development' | 'production', today: string): Partial<Guides> {
  if (mode === 'development') return guides;
  const servable = (guide: { review: Guides['firstVisit']['review']; content: ApprovedContent }) =>
    approvalState(guide.review, guide.content).kind === 'approved' && guide.review.next_review >= today;
  return {
    firstVisit: servable(guides.firstVisit) ? guides.firstVisit : undefined,
    checklist: servable(guides.checklist) ? guides.checklist : undefined,
  };
}

/** The guides production may serve now (see `servableGuides`), loaded from the knowledge folder. */
export async function loadServableGuides(
  dir: string,
  clinic: ClinicProfile,
  knownEntryIds: ReadonlySet<string>,
  mode: 'development' | 'production',
  today: string,
): Promise<Partial<Guides>> {
  return servableGuides(await loadGuides(dir, clinic, knownEntryIds), mode, today);
}
