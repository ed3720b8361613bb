import { describe, expect, it, vi } from 'vitest';
import { createServedEntries, derivedFromServed } from '../../../src/core/knowledge/expiry';
import type { KnowledgeEntry } from '../../../src/core/knowledge/schema';

function entry(id: string, nextReview: string, related: string[] = []): KnowledgeEntry {
  return {
    id,
    title: id,
    questions: [`${id} one`, `${id} two`, `${id} three`],
    tags: [],
    related,
    sources: [{ title: 'A source', url: 'https://example.org' }],
    review: { status: 'approved', reviewed_by: 'Jane Doe, MD', reviewed_on: '2026-01-10', next_review: nextReview },
    allowed_prices: [],
    body: `About ${id}.`,
    file: `${id}.md`,
  };
}

/** A clock the test moves by hand. */
function clock(start: string) {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

const HOUR = 60 * 60 * 1000;

describe('expiry while running', () => {
  it('when an entry\'s next_review passes while the bot runs, then production stops serving it without a restart and logs it once', () => {
    // 2026-06-01 22:30 in Chicago is 03:30 UTC on 2 June: the clinic's date decides.
    const time = clock('2026-06-02T03:30:00Z');
    const logged: string[] = [];
    const served = createServedEntries({
      entries: [entry('cost', '2026-06-01'), entry('driving', '2026-12-01', ['cost'])],
      mode: 'production',
      timeZone: 'America/Chicago',
      now: time.now,
      onExpired: (expired, dueOn) => logged.push(`${expired.id} ${dueOn}`),
    });
    expect(served.entries().map((item) => item.id)).toEqual(['cost', 'driving']);
    const startVersion = served.version;

    time.advance(2 * HOUR); // 00:30 on 2 June in Chicago
    expect(served.entries().map((item) => item.id)).toEqual(['driving']);
    expect(served.entry('cost')).toBeUndefined();
    expect(served.entry('driving')?.related).toEqual([]);
    expect(served.version).toBe(startVersion + 1);
    expect(logged).toEqual(['cost 2026-06-01']);

    time.advance(5 * HOUR);
    served.check();
    expect(served.entries().map((item) => item.id)).toEqual(['driving']);
    expect(logged).toEqual(['cost 2026-06-01']);
  });

  it('checks on reads at most once a minute, so a busy bot does not check on every message', () => {
    const time = clock('2026-06-01T12:00:00Z');
    let checks = 0;
    const served = createServedEntries({ entries: [entry('cost', '2026-12-01')], mode: 'production', timeZone: 'UTC', now: () => (checks++, time.now()), onExpired: () => undefined });
    for (let index = 0; index < 100; index += 1) served.entries();
    // Each read asks the clock once to see whether a minute has passed; a check asks once more.
    expect(checks).toBe(101);
    time.advance(61 * 1000);
    served.entries();
    expect(checks).toBe(103);
  });

  it('the timer checks at least hourly, even when nothing reads the entries', () => {
    const time = clock('2026-06-01T23:30:00Z');
    const logged: string[] = [];
    const served = createServedEntries({ entries: [entry('cost', '2026-06-01')], mode: 'production', timeZone: 'UTC', now: time.now, onExpired: (expired) => logged.push(expired.id), checkEveryMs: 5 * HOUR });
    vi.useFakeTimers();
    try {
      served.start();
      time.advance(HOUR);
      vi.advanceTimersByTime(HOUR);
      expect(logged).toEqual(['cost']);
    } finally {
      served.stop();
      vi.useRealTimers();
    }
  });

  it('development keeps serving an overdue entry and only logs it once', () => {
    const time = clock('2026-06-02T12:00:00Z');
    const logged: string[] = [];
    const served = createServedEntries({ entries: [entry('cost', '2026-06-01')], mode: 'development', timeZone: 'UTC', now: time.now, onExpired: (expired) => logged.push(expired.id) });
    expect(served.entries().map((item) => item.id)).toEqual(['cost']);
    time.advance(HOUR);
    expect(served.entries().map((item) => item.id)).toEqual(['cost']);
    expect(logged).toEqual(['cost']);
  });
});

describe('derivedFromServed', () => {
  it('when the served entries change, then what was built from them is rebuilt once, and not before', () => {
    let version = 0;
    let entries: readonly KnowledgeEntry[] = [];
    const served = { entries: () => entries, get version() { return version; } };
    const build = vi.fn((from: readonly KnowledgeEntry[]) => ({ count: from.length }));
    const current = derivedFromServed(served, build);
    expect(current()).toEqual({ count: 0 });
    expect(current()).toEqual({ count: 0 });
    expect(build).toHaveBeenCalledTimes(1);
    entries = [{ id: 'a' } as KnowledgeEntry];
    version = 1;
    expect(current()).toEqual({ count: 1 });
    expect(current()).toEqual({ count: 1 });
    expect(build).toHaveBeenCalledTimes(2);
  });
});
