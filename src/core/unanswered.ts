/**
 * Unanswered questions, kept privately so staff learn what to write next (issue 15).
 *
 * Off by default. With UNANSWERED_QUESTIONS=on, a question that got "I don't know", a "did you
 * mean" the patient declined, or a "not helpful" tap is kept in the configured storage with its
 * outcome and date, after redaction (phone numbers, email addresses, dates such as dates of birth,
 * long digit runs). Never for a crisis, other-at-risk or emergency message. Records older than
 * UNANSWERED_RETENTION_DAYS (default 30) are deleted whenever records are written or listed.
 *
 * Pure core: no botbuilder import. `UnansweredStorage` has the shape of botbuilder's `Storage`, so
 * the bot's own storage (memory or Azure Blob) is passed in as it is.
 *
 * To wire (dialogs; not done here): build one recorder in src/app.ts with
 * `createUnansweredRecorder({ ...unansweredSettings(process env values from config), storage, now })`
 * and call `recorder.record({ text, outcome, safety, closestEntryId })` where the question dialog
 * answers "don't know", where a did-you-mean gets "none of these", and on a "not helpful" tap.
 * `record` never throws (a storage failure is returned as false) and never delays a reply if not
 * awaited; the turn's safety level must be passed so crisis turns are refused here as well.
 */

/** The shape of botbuilder's Storage that this module uses. */
export interface UnansweredStorage {
  read(keys: string[]): Promise<Record<string, unknown>>;
  write(changes: Record<string, unknown>): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

export type UnansweredOutcome = 'dont-know' | 'did-you-mean-declined' | 'not-helpful';

export interface UnansweredRecord {
  /** Redacted question text. */
  text: string;
  outcome: UnansweredOutcome;
  /** ISO instant. */
  at: string;
  /** The entry the question came closest to when it was asked (first did-you-mean option, or the answer marked not helpful). */
  closestEntryId?: string;
}

export interface UnansweredSettings {
  enabled: boolean;
  retentionDays: number;
}

export const DEFAULT_RETENTION_DAYS = 30;

/** Reads UNANSWERED_QUESTIONS (on/off, default off) and UNANSWERED_RETENTION_DAYS (1-365, default 30); throws naming the variable. */
export function unansweredSettings(env: { UNANSWERED_QUESTIONS?: string | undefined; UNANSWERED_RETENTION_DAYS?: string | undefined }): UnansweredSettings {
  const flag = (env.UNANSWERED_QUESTIONS ?? '').trim().toLowerCase();
  if (!['', 'on', 'off', 'true', 'false'].includes(flag)) throw new Error('UNANSWERED_QUESTIONS must be on or off');
  const daysText = (env.UNANSWERED_RETENTION_DAYS ?? '').trim();
  const days = daysText === '' ? DEFAULT_RETENTION_DAYS : Number(daysText);
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new Error('UNANSWERED_RETENTION_DAYS must be a whole number of days from 1 to 365');
  return { enabled: flag === 'on' || flag === 'true', retentionDays: days };
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const REDACTIONS: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  // Dates: 03/14/1985, 14.03.85, 1985-03-14, March 14 1985, 14 March 1985.
  [/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/g, '[date]'],
  [new RegExp(String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{2,4}\b`, 'gi'), '[date]'],
  [new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?,?\s+\d{2,4}\b`, 'gi'), '[date]'],
  // Phone numbers: +1 (555) 555-0100, 555.555.0100, 07700 900123: seven or more digits with separators.
  [/(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d(?:[\s.-]?\d){6,}/g, '[phone]'],
  // Any other run of five or more digits (record numbers, card numbers, zip+4).
  [/\d{5,}/g, '[number]'],
];

/** The text with phone numbers, email addresses, dates (dates of birth) and long digit runs replaced. */
export function redact(text: string): string {
  let result = text.replace(/\s+/g, ' ').trim();
  for (const [pattern, replacement] of REDACTIONS) result = result.replace(pattern, replacement);
  return result.slice(0, 500);
}

/** The safety levels for which nothing is ever kept. */
const NEVER_KEPT = new Set(['crisis', 'other-at-risk', 'emergency']);

export interface UnansweredRecorderOptions extends UnansweredSettings {
  storage: UnansweredStorage;
  now: () => Date;
}

export interface RecordRequest {
  text: string;
  outcome: UnansweredOutcome;
  /** The turn's safety level from the classifier ('none', 'mention', 'crisis', ...). */
  safety: string;
  closestEntryId?: string | undefined;
}

export interface UnansweredRecorder {
  /** Keeps the question when switched on and allowed; true when it was stored. Never throws. */
  record(request: RecordRequest): Promise<boolean>;
  /** Every kept record within the retention period, oldest first (deletes older ones). */
  list(): Promise<UnansweredRecord[]>;
}

const INDEX_KEY = 'unanswered-questions/index';
const dayKey = (day: string): string => `unanswered-questions/${day}`;

interface DayDocument {
  records: UnansweredRecord[];
  eTag?: string;
}

interface IndexDocument {
  days: string[];
  eTag?: string;
}

/**
 * One storage document per day ("unanswered-questions/2026-12-06") and an index of the days, so
 * old days are deleted whole. Writes use eTag "*": with several instances a record written at the
 * same moment by another instance can be lost, which is acceptable for this report.
 */
export function createUnansweredRecorder(options: UnansweredRecorderOptions): UnansweredRecorder {
  const { storage, now, retentionDays } = options;
  const oldestKeptDay = (): string => new Date(now().getTime() - retentionDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

  async function readIndex(): Promise<string[]> {
    const items = await storage.read([INDEX_KEY]);
    const index = items[INDEX_KEY] as IndexDocument | undefined;
    return Array.isArray(index?.days) ? index.days : [];
  }

  /** Deletes days past retention; returns the days kept. */
  async function purge(days: string[]): Promise<string[]> {
    const oldest = oldestKeptDay();
    const expired = days.filter((day) => day < oldest);
    if (expired.length === 0) return days;
    await storage.delete(expired.map(dayKey));
    const kept = days.filter((day) => day >= oldest);
    await storage.write({ [INDEX_KEY]: { days: kept, eTag: '*' } satisfies IndexDocument });
    return kept;
  }

  return {
    async record(request) {
      if (!options.enabled || NEVER_KEPT.has(request.safety)) return false;
      const text = redact(request.text);
      if (text === '') return false;
      try {
        const at = now();
        const day = at.toISOString().slice(0, 10);
        const days = await purge(await readIndex());
        const existing = (await storage.read([dayKey(day)]))[dayKey(day)] as DayDocument | undefined;
        const record: UnansweredRecord = { text, outcome: request.outcome, at: at.toISOString(), ...(request.closestEntryId ? { closestEntryId: request.closestEntryId } : {}) };
        const changes: Record<string, unknown> = { [dayKey(day)]: { records: [...(existing?.records ?? []), record], eTag: '*' } satisfies DayDocument };
        if (!days.includes(day)) changes[INDEX_KEY] = { days: [...days, day].sort(), eTag: '*' } satisfies IndexDocument;
        await storage.write(changes);
        return true;
      } catch {
        return false;
      }
    },
    async list() {
      const days = await purge(await readIndex());
      if (days.length === 0) return [];
      const items = await storage.read(days.map(dayKey));
      const oldest = oldestKeptDay();
      return days
        .flatMap((day) => (items[dayKey(day)] as DayDocument | undefined)?.records ?? [])
        .filter((record) => record.at.slice(0, 10) >= oldest)
        .sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}

/** Groups records by the entry they came closest to ("(no close entry)" last), largest group first. */
export function groupByClosestEntry(records: readonly UnansweredRecord[], closest: (record: UnansweredRecord) => string | undefined): [string, UnansweredRecord[]][] {
  const groups = new Map<string, UnansweredRecord[]>();
  for (const record of records) {
    const key = closest(record) ?? '(no close entry)';
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.entries()].sort((a, b) => (a[0] === '(no close entry)' ? 1 : b[0] === '(no close entry)' ? -1 : b[1].length - a[1].length || a[0].localeCompare(b[0])));
}
