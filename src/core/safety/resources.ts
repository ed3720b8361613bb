import { z } from 'zod';
import AU from './resources/AU.json';
import CA from './resources/CA.json';
import GB from './resources/GB.json';
import IE from './resources/IE.json';
import INTL from './resources/INTL.json';
import NZ from './resources/NZ.json';
import US from './resources/US.json';

/**
 * Crisis lines per country. The data files hold only items verified in
 * /work/shared/crisis-resources.md (anything marked ⚠ there stays out); a test checks it.
 */

/** As written for people ("13 11 14", "1-800-222-1222"); digits are derived for dialling. */
const phoneNumber = z.string().regex(/^\d(?:[ -]?\d)*$/, 'must be digits, optionally grouped with spaces or hyphens');
const sourceUrl = z.string().url();

const lineSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(2),
    /** Primary lines are the ones crisis replies show; the others stay in the resource bank. */
    primary: z.boolean(),
    call: phoneNumber.optional(),
    /** Said after the number, e.g. "then press 1". */
    call_note: z.string().optional(),
    text: z.object({ number: phoneNumber, body: z.string().regex(/^[A-Z]+$/, 'must be one upper-case keyword').optional() }).optional(),
    chat_url: z.string().url().optional(),
    web_url: z.string().url().optional(),
    email: z.string().email().optional(),
    /** "24/7", or omitted when the sources do not say. */
    hours: z.string().optional(),
    /** True only when a source says the line also helps people worried about someone else. */
    supports_others: z.boolean().default(false),
    /** Short, shown to people ("free", "in English and French"). */
    note: z.string().optional(),
    /** A line for speakers of this language (ISO 639-1): replies in that language lead with it. */
    language: z.enum(['es']).optional(),
    /** For whoever re-checks the data; never shown. */
    review_note: z.string().optional(),
    sources: z.array(sourceUrl).min(1),
  })
  .strict()
  .refine((line) => line.call || line.text || line.chat_url || line.web_url, 'needs a number, a text number or a URL');

const emergencySchema = z
  .object({
    /** Omitted where the number was not verified; the label then says "your local emergency number". */
    number: phoneNumber.optional(),
    /** How the reply names it: "911", "112 or 999". */
    label: z.string().min(3),
    /** Said after the number: "or go to A&E". */
    alternative: z.string().optional(),
    sources: z.array(sourceUrl),
  })
  .strict()
  .refine((emergency) => emergency.number === undefined || emergency.sources.length > 0, 'a verified emergency number needs a source');

export const crisisResourcesSchema = z
  .object({
    country: z.string().regex(/^([A-Z]{2}|INTL)$/),
    country_name: z.string().min(2),
    emergency: emergencySchema,
    lines: z.array(lineSchema).min(1),
    poison_control: lineSchema.optional(),
  })
  .strict()
  .refine((resources) => resources.lines.some((line) => line.primary), 'needs at least one primary line');

export type CrisisResources = z.infer<typeof crisisResourcesSchema>;
export type CrisisLine = CrisisResources['lines'][number];

export class CrisisResourcesError extends Error {
  override name = 'CrisisResourcesError';
}

function parseResources(fileName: string, data: unknown): CrisisResources {
  const parsed = crisisResourcesSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new CrisisResourcesError(`Invalid crisis resources in ${fileName}:\n${problems.join('\n')}`);
  }
  if (parsed.data.country !== fileName) {
    throw new CrisisResourcesError(`Invalid crisis resources in ${fileName}: country is ${parsed.data.country}`);
  }
  return parsed.data;
}

/** Validated once, when the module loads, so a bad data file stops the bot at start-up. */
const BY_COUNTRY: ReadonlyMap<string, CrisisResources> = new Map(
  Object.entries({ US, CA, GB, IE, AU, NZ }).map(([fileName, data]) => [fileName, parseResources(fileName, data)]),
);
const INTERNATIONAL = parseResources('INTL', INTL);

/** "UK" is not an ISO code but people and some configs use it. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/** Every data file, for tests and checks. */
export function allCrisisResources(): CrisisResources[] {
  return [...BY_COUNTRY.values(), INTERNATIONAL];
}

/** The resources for a clinic's country; the international list when we have none for it. */
export function crisisResourcesFor(countryCode: string): CrisisResources {
  const code = countryCode.trim().toUpperCase();
  return BY_COUNTRY.get(ALIASES[code] ?? code) ?? INTERNATIONAL;
}

/** Digits as dialled ("13 11 14" -> "131114"). */
export function dialDigits(number: string): string {
  return number.replace(/[^\d]/g, '');
}
