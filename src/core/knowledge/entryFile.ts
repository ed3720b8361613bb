import matter from 'gray-matter';
import type { ClinicProfile } from '../clinic/schema';
import { addMonths, entryContent, MAX_REVIEW_MONTHS } from './approval';
import { countWords, findForbiddenContent, MAX_BODY_WORDS, MAX_SMS_CHARACTERS } from './contentRules';
import { fillPlaceholders, withoutPlaceholders } from './placeholders';
import { issuesToProblems, type KnowledgeProblem } from './problems';
import { entryFrontMatterSchema, type KnowledgeEntry } from './schema';

export interface EntryFileContext {
  /** The clinic profile, or undefined when it is itself invalid (placeholders are then not filled). */
  clinic: ClinicProfile | undefined;
  /** Today's date, YYYY-MM-DD, in the clinic's time zone. */
  today: string;
}

export interface ParsedEntryFile {
  entry?: KnowledgeEntry;
  problems: KnowledgeProblem[];
}

const KNOWN_FIELDS = Object.keys(entryFrontMatterSchema.shape);

/**
 * Reads one knowledge file: front matter against the schema, dates, clinic placeholders, length and
 * the content rules. Every problem is collected, so an author fixes a file in one pass.
 * `file` is how problems name the file (e.g. "knowledge/cost.md").
 */
export function parseEntryFile(file: string, text: string, context: EntryFileContext): ParsedEntryFile {
  const problems: KnowledgeProblem[] = [];
  const report = (field: string, message: string): void => {
    problems.push({ file, field, message });
  };

  let data: Record<string, unknown>;
  let rawBody: string;
  let rawFrontMatter: string;
  try {
    // Options turn off gray-matter's cache, which hands back one shared object per identical text.
    const parsed = matter(text, { excerpt: false });
    data = parsed.data;
    rawBody = parsed.content.trim();
    rawFrontMatter = parsed.matter;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    report('-', `front matter is not valid YAML: ${reason}`);
    return { problems };
  }
  if (Object.keys(data).length === 0) {
    report('-', 'has no front matter: start the file with --- and the entry fields (id, title, questions, ...), then ---');
    return { problems };
  }
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.includes(key)) report(key, `is not a known field (known fields: ${KNOWN_FIELDS.join(', ')})`);
  }

  const frontMatter = entryFrontMatterSchema.safeParse(data);
  if (!frontMatter.success) problems.push(...issuesToProblems(file, frontMatter.error.issues));
  const allowedPrices = frontMatter.success ? frontMatter.data.allowed_prices : [];

  if (rawBody === '') report('body', 'is empty: the answer goes below the front matter');
  const body = checkText('body', rawBody, context, allowedPrices, report);
  const bodyWords = countWords(body);
  if (bodyWords > MAX_BODY_WORDS) report('body', `has ${bodyWords} words as patients read it; the limit is ${MAX_BODY_WORDS}`);

  if (!frontMatter.success) return { problems };
  const front = frontMatter.data;
  const title = checkText('title', front.title, context, allowedPrices, report);
  const sms = front.sms === undefined ? undefined : checkText('sms', front.sms, context, allowedPrices, report);
  if (sms !== undefined && sms.length > MAX_SMS_CHARACTERS) {
    report('sms', `is ${sms.length} characters once clinic placeholders are filled; the limit is ${MAX_SMS_CHARACTERS}`);
  }
  const impossible = impossibleDates(rawFrontMatter);
  for (const [field, written] of impossible) report(`review.${field}`, `${written} is not a real calendar date`);
  if (impossible.length === 0) checkReviewDates(front.review.reviewed_on, front.review.next_review, context.today, report);

  const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
  if (front.id !== expectedId) report('id', `is "${front.id}" but the file is named ${expectedId}.md; name the file after the id`);

  if (problems.length > 0) return { problems };
  const content = entryContent({ title: front.title, sms: front.sms, body: rawBody }, context.clinic);
  return { entry: { ...front, title, sms, body, content, file: file.replace(/^.*[\\/]/, '') }, problems };
}

/** Placeholders filled and the author's own words checked against the content rules. Returns the filled text. */
function checkText(
  field: string,
  text: string,
  context: EntryFileContext,
  allowedPrices: readonly string[],
  report: (field: string, message: string) => void,
): string {
  for (const message of findForbiddenContent(withoutPlaceholders(text), { allowedPrices })) report(field, message);
  if (!context.clinic) return text;
  const filled = fillPlaceholders(text, context.clinic);
  for (const message of filled.problems) report(field, message);
  return filled.text;
}

function checkReviewDates(reviewedOn: string, nextReview: string, today: string, report: (field: string, message: string) => void): void {
  const reviewedValid = isCalendarDate(reviewedOn);
  const nextValid = isCalendarDate(nextReview);
  if (!reviewedValid) report('review.reviewed_on', `${reviewedOn} is not a real calendar date`);
  if (!nextValid) report('review.next_review', `${nextReview} is not a real calendar date`);
  if (reviewedValid && reviewedOn > today) report('review.reviewed_on', `${reviewedOn} is in the future (today is ${today})`);
  if (reviewedValid && nextValid && nextReview <= reviewedOn) {
    report('review.next_review', `${nextReview} is not after reviewed_on (${reviewedOn})`);
  }
  if (reviewedValid && nextValid && nextReview > addMonths(reviewedOn, MAX_REVIEW_MONTHS)) {
    report('review.next_review', `${nextReview} is more than ${MAX_REVIEW_MONTHS} months after reviewed_on (${reviewedOn})`);
  }
}

/**
 * YAML reads 2026-02-30 as a date and rolls it over to 2 March without a word, so the dates are also
 * checked as the author wrote them.
 */
function impossibleDates(rawFrontMatter: string): [string, string][] {
  const found: [string, string][] = [];
  for (const match of rawFrontMatter.matchAll(/^\s*(reviewed_on|next_review):\s*['"]?(\d{4}-\d{2}-\d{2})/gm)) {
    const [, field = '', written = ''] = match;
    if (!isCalendarDate(written)) found.push([field, written]);
  }
  return found;
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
