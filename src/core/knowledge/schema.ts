import { z } from 'zod';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));

/** A drug label document: DailyMed's label page, the manufacturer's PI PDF, FDA's label database. */
export const LABEL_DOCUMENT = /^https:\/\/(?:dailymed\.nlm\.nih\.gov\/dailymed\/(?:drugInfo|lookup)\.cfm|(?:www\.)?janssenlabels\.com\/|nctr-crs\.fda\.gov\/fdalabel\/|www\.accessdata\.fda\.gov\/drugsatfda_docs\/label\/)/i;

export const sourceSchema = z
  .object({
    title: z.string().min(3),
    url: z
      .string()
      .url()
      .startsWith('https://', 'must be an https:// address')
      .refine((url) => !/dailymed\.nlm\.nih\.gov\/dailymed\/search\.cfm/i.test(url), 'is a DailyMed search page; cite the label page itself (drugInfo.cfm?setid=...)'),
    /** For a label document: which version or date of the label the entry was checked against. */
    version: z.string().trim().min(4).optional(),
  })
  .refine((source) => !LABEL_DOCUMENT.test(source.url) || source.version !== undefined, {
    message: 'cites a drug label: say in version which label version or date the text was checked against',
    path: ['version'],
  });

export const reviewSchema = z
  .object({
    status: z.enum(['draft', 'approved']),
    /** The clinician who approved the entry, with credentials. Empty until a clinician has reviewed it. */
    reviewed_by: z.string().trim().min(3).nullable().default(null),
    /** What the review was, in words: e.g. that sample content was checked against its sources only. */
    note: z.string().optional(),
    reviewed_on: isoDate,
    next_review: isoDate,
    /** Written by npm run kb:approve: the hash of the approved content (see approval.ts). */
    content_hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be a hash written by npm run kb:approve').optional(),
  })
  .refine((review) => review.status !== 'approved' || review.reviewed_by !== null, {
    message: 'an approved entry must name the clinician who approved it in reviewed_by',
    path: ['reviewed_by'],
  });

export const entryFrontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  title: z.string().min(3),
  questions: z.array(z.string().min(3)).min(3, 'needs at least 3 example questions'),
  tags: z.array(z.string().min(2)).default([]),
  related: z.array(z.string()).default([]),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  review: reviewSchema,
  /**
   * Dollar amounts this entry may state because a cited source gives them and they are not the
   * clinic's own fees (e.g. a manufacturer savings programme: ["$10", "$7,150"]). Any other "$"
   * amount in the text is an error: the clinic's prices come from clinic.yml placeholders.
   */
  allowed_prices: z.array(z.string().regex(/^\$\d[\d,]*(\.\d+)?$/, 'must be written like $10 or $7,150')).default([]),
  /** Short form for SMS, 300 characters or fewer. */
  sms: z.string().max(300, 'the SMS form must be 300 characters or fewer').optional(),
});

export type EntryFrontMatter = z.infer<typeof entryFrontMatterSchema>;

export interface KnowledgeEntry extends EntryFrontMatter {
  /** The answer, Markdown, with clinic placeholders already filled in. */
  body: string;
  /** What an approval covers (title, sms and body as written, clinic values used); see approval.ts. */
  content?: Record<string, string>;
  /** File the entry came from, relative to the knowledge folder. */
  file: string;
}
