import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseClinicProfile } from '../../../src/core/clinic/profile';
import { contentHash } from '../../../src/core/knowledge/approval';
import { parseEntryFile } from '../../../src/core/knowledge/entryFile';

export const TODAY = new Date('2026-06-01T15:00:00Z');

export interface EntryOptions {
  id: string;
  title?: string;
  questions?: string[];
  tags?: string[];
  related?: string[];
  extraFrontMatter?: string[];
  review?: { status?: string; reviewed_by?: string | null; reviewed_on?: string; next_review?: string };
  sms?: string;
  body?: string;
  /** Replace the sources block (e.g. with nothing). */
  sources?: string[];
}

/** A valid entry file unless the options break it on purpose. */
export function entryMarkdown(options: EntryOptions): string {
  const review = { status: 'draft', reviewed_by: null, reviewed_on: '2026-01-10', next_review: '2026-12-10', ...options.review };
  const questions = options.questions ?? [`what is ${options.id} about`, `tell me about ${options.id} please`, `${options.id} explained`];
  const lines = [
    '---',
    `id: ${options.id}`,
    `title: ${options.title ?? `All about ${options.id}`}`,
    'questions:',
    ...questions.map((question) => `  - "${question}"`),
    `tags: [${(options.tags ?? []).join(', ')}]`,
    `related: [${(options.related ?? []).join(', ')}]`,
    ...(options.sources ?? ['sources:', '  - title: A primary source', '    url: https://example.org/source']),
    'review:',
    `  status: ${review.status}`,
    `  reviewed_by: ${review.reviewed_by === null ? 'null' : `"${review.reviewed_by}"`}`,
    `  reviewed_on: ${review.reviewed_on}`,
    `  next_review: ${review.next_review}`,
    ...(options.sms === undefined ? [] : [`sms: "${options.sms}"`]),
    ...(options.extraFrontMatter ?? []),
    '---',
    options.body ?? `This entry explains ${options.id}. Call {{clinic.phone}} with questions.`,
    '',
  ];
  return lines.join('\n');
}

export interface TempKnowledge {
  dir: string;
  write(name: string, text: string): void;
  cleanup(): void;
}

/** A knowledge folder with the example clinic profile and the given entry files. */
export function tempKnowledge(files: Record<string, string> = {}): TempKnowledge {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-test-'));
  copyFileSync(path.resolve(__dirname, '../../../knowledge/clinic.yml'), path.join(dir, 'clinic.yml'));
  const write = (name: string, text: string): void => writeFileSync(path.join(dir, name), text);
  for (const [name, text] of Object.entries(files)) write(name, text);
  return { dir, write, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Distinct entries whose questions find themselves. */
export function sampleEntries(): Record<string, string> {
  return {
    'cost.md': entryMarkdown({
      id: 'cost',
      title: 'What treatment costs',
      questions: ['How much does an infusion cost?', 'whats the price of spravato', 'are there other fees'],
      tags: ['cost', 'price'],
      body: 'One infusion: {{clinic.prices.iv_infusion}}. A series: {{clinic.prices.iv_course}}.',
    }),
    'driving.md': entryMarkdown({
      id: 'driving',
      title: 'Driving home after a session',
      questions: ['Can I drive myself home after treatment?', 'can i take an uber home', 'when can i drive again'],
      tags: ['driving', 'ride home'],
      body: 'Do not drive until the next day after a restful sleep. Arrange an adult to take you home.',
    }),
    'side-effects.md': entryMarkdown({
      id: 'side-effects',
      title: 'Side effects',
      questions: ['What are the side effects?', 'will it make me feel sick', 'can it cause bladder problems'],
      tags: ['side effects', 'nausea'],
      body: 'Common side effects are dissociation, dizziness, nausea and a rise in blood pressure.',
    }),
  };
}

/**
 * The entry with a content hash in its review block, as npm run kb:approve writes it: an approved
 * entry without one is not served in production. Hashed against the example clinic profile.
 */
export function withContentHash(markdown: string): string {
  const clinic = parseClinicProfile(readFileSync(path.resolve(__dirname, '../../../knowledge/clinic.yml'), 'utf8'), 'clinic.yml');
  const id = /^id: (.*)$/m.exec(markdown)?.[1] ?? 'entry';
  const parsed = parseEntryFile(`${id}.md`, markdown, { clinic, today: '2026-06-01' });
  const content = parsed.entry?.content;
  if (!content) throw new Error(`not a valid entry: ${parsed.problems.map((problem) => problem.message).join('; ')}`);
  return markdown.replace(/^( {2}next_review: .*)$/m, `$1\n  content_hash: ${contentHash(content)}`);
}
