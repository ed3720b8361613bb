import { describe, expect, it } from 'vitest';
import { createUnansweredRecorder, groupByClosestEntry, redact, unansweredSettings, type UnansweredStorage } from '../../src/core/unanswered';

/** A storage with botbuilder's MemoryStorage behaviour for read/write/delete, and a way to see everything kept. */
function memoryStorage(): UnansweredStorage & { dump(): string; failing: boolean } {
  const items = new Map<string, unknown>();
  const storage = {
    failing: false,
    read(keys: string[]) {
      if (storage.failing) return Promise.reject(new Error('storage down'));
      return Promise.resolve(Object.fromEntries(keys.filter((key) => items.has(key)).map((key) => [key, structuredClone(items.get(key))])));
    },
    write(changes: Record<string, unknown>) {
      if (storage.failing) return Promise.reject(new Error('storage down'));
      for (const [key, value] of Object.entries(changes)) items.set(key, structuredClone(value));
      return Promise.resolve();
    },
    delete(keys: string[]) {
      for (const key of keys) items.delete(key);
      return Promise.resolve();
    },
    dump: () => JSON.stringify([...items.entries()]),
  };
  return storage;
}

function clock(start: string) {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), advanceDays: (days: number) => (at += days * 24 * 60 * 60 * 1000) };
}

describe('unanswered questions: redaction', () => {
  it.each([
    ['call me on (555) 555-0100 about cost', 'call me on [phone] about cost'],
    ['my number is +44 7700 900123', 'my number is [phone]'],
    ['email jane.doe+kb@example.co.uk please', 'email [email] please'],
    ['born 03/14/1985, can i get spravato', 'born [date], can i get spravato'],
    ['dob 1985-03-14', 'dob [date]'],
    ['I was born March 14, 1985 and have glaucoma', 'I was born [date] and have glaucoma'],
    ['born 14th of March 1985', 'born [date]'],
    ['my member id is 123456789 will it be covered', 'my member id is [phone] will it be covered'], // seven or more digits read as a phone number: redacted either way
    ['zip 62701', 'zip [number]'],
  ])('"%s" is kept as "%s"', (text, kept) => {
    expect(redact(text)).toBe(kept);
  });

  it('keeps short numbers that carry the question ("6 infusions", "$495", "2 hours")', () => {
    expect(redact('is 6 infusions for $495 over 2 hours normal')).toBe('is 6 infusions for $495 over 2 hours normal');
  });
});

describe('unanswered questions: the recorder', () => {
  it('when UNANSWERED_QUESTIONS is off (the default), then nothing is kept', async () => {
    const storage = memoryStorage();
    const recorder = createUnansweredRecorder({ ...unansweredSettings({}), storage, now: () => new Date('2026-12-06T12:00:00Z') });
    expect(await recorder.record({ text: 'do you take cigna', outcome: 'dont-know', safety: 'none' })).toBe(false);
    expect(storage.dump()).toBe('[]');
    expect(unansweredSettings({})).toEqual({ enabled: false, retentionDays: 30 });
  });

  it('when on, then a redacted record is kept with its outcome, date and closest entry', async () => {
    const storage = memoryStorage();
    const recorder = createUnansweredRecorder({ ...unansweredSettings({ UNANSWERED_QUESTIONS: 'on' }), storage, now: () => new Date('2026-12-06T12:00:00Z') });
    expect(await recorder.record({ text: 'does cigna cover it, call 555-555-0100', outcome: 'did-you-mean-declined', safety: 'none', closestEntryId: 'insurance-and-payment' })).toBe(true);
    expect(await recorder.record({ text: 'that did not help', outcome: 'not-helpful', safety: 'mention' })).toBe(true);
    expect(await recorder.list()).toEqual([
      { text: 'does cigna cover it, call [phone]', outcome: 'did-you-mean-declined', at: '2026-12-06T12:00:00.000Z', closestEntryId: 'insurance-and-payment' },
      { text: 'that did not help', outcome: 'not-helpful', at: '2026-12-06T12:00:00.000Z' },
    ]);
    expect(storage.dump()).not.toContain('0100');
  });

  it.each(['crisis', 'other-at-risk', 'emergency'])('never keeps a %s message, even when on', async (safety) => {
    const storage = memoryStorage();
    const recorder = createUnansweredRecorder({ enabled: true, retentionDays: 30, storage, now: () => new Date('2026-12-06T12:00:00Z') });
    expect(await recorder.record({ text: 'some message', outcome: 'dont-know', safety })).toBe(false);
    expect(storage.dump()).toBe('[]');
  });

  it('deletes records older than UNANSWERED_RETENTION_DAYS', async () => {
    const storage = memoryStorage();
    const time = clock('2026-11-01T12:00:00Z');
    const recorder = createUnansweredRecorder({ ...unansweredSettings({ UNANSWERED_QUESTIONS: 'on', UNANSWERED_RETENTION_DAYS: '7' }), storage, now: time.now });
    await recorder.record({ text: 'old question', outcome: 'dont-know', safety: 'none' });
    time.advanceDays(5);
    await recorder.record({ text: 'newer question', outcome: 'dont-know', safety: 'none' });
    time.advanceDays(3);
    expect((await recorder.list()).map((record) => record.text)).toEqual(['newer question']);
    expect(storage.dump()).not.toContain('old question');
    time.advanceDays(10);
    expect(await recorder.list()).toEqual([]);
    expect(storage.dump()).not.toContain('newer question');
  });

  it('when storage fails, then record returns false instead of throwing', async () => {
    const storage = memoryStorage();
    storage.failing = true;
    const recorder = createUnansweredRecorder({ enabled: true, retentionDays: 30, storage, now: () => new Date() });
    await expect(recorder.record({ text: 'a question', outcome: 'dont-know', safety: 'none' })).resolves.toBe(false);
  });

  it('rejects bad settings, naming the variable', () => {
    expect(() => unansweredSettings({ UNANSWERED_QUESTIONS: 'yes please' })).toThrow('UNANSWERED_QUESTIONS must be on or off');
    expect(() => unansweredSettings({ UNANSWERED_RETENTION_DAYS: '0' })).toThrow('UNANSWERED_RETENTION_DAYS');
  });

  it('groups records by the entry they came closest to, largest group first, no close entry last', () => {
    const at = '2026-12-06T12:00:00.000Z';
    const records = [
      { text: 'a', outcome: 'dont-know' as const, at, closestEntryId: 'cost' },
      { text: 'b', outcome: 'dont-know' as const, at },
      { text: 'c', outcome: 'not-helpful' as const, at, closestEntryId: 'driving-and-getting-home' },
      { text: 'd', outcome: 'dont-know' as const, at, closestEntryId: 'cost' },
    ];
    const groups = groupByClosestEntry(records, (record) => record.closestEntryId);
    expect(groups.map(([id, items]) => [id, items.map((item) => item.text)])).toEqual([
      ['cost', ['a', 'd']],
      ['driving-and-getting-home', ['c']],
      ['(no close entry)', ['b']],
    ]);
  });
});
