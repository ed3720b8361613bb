import { dateInZone } from './loader';
import type { KnowledgeEntry } from './schema';

/**
 * Expiry while running. Production serves an entry only until its review.next_review date; the bot
 * may run for months, so the served set is re-checked while it runs, not only at start-up: on a
 * timer (hourly by default, unref'd so it never keeps the process alive) and, at most once a minute,
 * whenever the entries are read. An entry whose review date has passed (in the clinic's time zone)
 * stops being served at once, and `onExpired` is called once for it, for the log.
 *
 * Development serves every entry whatever its dates (kb:check notes overdue reviews), so there this
 * only reports.
 *
 * Wiring (src/app.ts): build it from the loaded entries, read `entries()` / `entry(id)` instead of
 * the start-up array, rebuild the search when `version` changes, and `stop()` when the server closes.
 */
export interface ServedEntriesOptions {
  entries: readonly KnowledgeEntry[];
  mode: 'development' | 'production';
  /** The clinic's IANA time zone: "today" is the clinic's date. */
  timeZone: string;
  now: () => Date;
  /** Called once per entry when it stops being served (production) or becomes overdue (development). */
  onExpired: (entry: KnowledgeEntry, dueOn: string) => void;
  /** How often the timer checks; default one hour. */
  checkEveryMs?: number;
  /** A read re-checks when the last check is older than this; default one minute. */
  recheckOnReadAfterMs?: number;
}

export interface ServedEntries {
  /** The entries served now, in their original order. */
  entries(): readonly KnowledgeEntry[];
  /** A served entry by id; undefined once it has expired. */
  entry(id: string): KnowledgeEntry | undefined;
  /** Increases each time the served set changes (so a caller rebuilds its search). */
  readonly version: number;
  /** Checks now; returns the ids that stopped being served in this check. */
  check(): string[];
  /** Starts the periodic check (idempotent). */
  start(): void;
  stop(): void;
}

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

export function createServedEntries(options: ServedEntriesOptions): ServedEntries {
  const { mode, timeZone, now, onExpired } = options;
  const checkEveryMs = Math.min(options.checkEveryMs ?? HOUR_MS, HOUR_MS);
  const recheckAfter = options.recheckOnReadAfterMs ?? MINUTE_MS;
  let served: KnowledgeEntry[] = [...options.entries];
  let byId = new Map(served.map((entry) => [entry.id, entry]));
  const reported = new Set<string>();
  let version = 0;
  let lastCheck = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setInterval> | undefined;

  const check = (): string[] => {
    const at = now();
    lastCheck = at.getTime();
    const today = dateInZone(at, timeZone);
    const overdue = served.filter((entry) => entry.review.next_review < today);
    for (const entry of overdue) {
      if (reported.has(entry.id)) continue;
      reported.add(entry.id);
      onExpired(entry, entry.review.next_review);
    }
    if (mode === 'development' || overdue.length === 0) return [];
    const gone = new Set(overdue.map((entry) => entry.id));
    served = served.filter((entry) => !gone.has(entry.id)).map((entry) => (entry.related.some((id) => gone.has(id)) ? { ...entry, related: entry.related.filter((id) => !gone.has(id)) } : entry));
    byId = new Map(served.map((entry) => [entry.id, entry]));
    version += 1;
    return [...gone];
  };

  const checkIfStale = (): void => {
    if (now().getTime() - lastCheck >= recheckAfter) check();
  };

  return {
    entries() {
      checkIfStale();
      return served;
    },
    entry(id) {
      checkIfStale();
      return byId.get(id);
    },
    get version() {
      checkIfStale();
      return version;
    },
    check,
    start() {
      if (timer) return;
      timer = setInterval(check, checkEveryMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}

/** Something built from the served entries (the understanding stage), rebuilt only when the served set changes. */
export function derivedFromServed<T>(served: Pick<ServedEntries, 'entries' | 'version'>, build: (entries: readonly KnowledgeEntry[]) => T): () => T {
  let version = served.version;
  let value = build(served.entries());
  return () => {
    if (served.version !== version) {
      version = served.version;
      value = build(served.entries());
    }
    return value;
  };
}
