import type { Storage, StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { StorageUnavailableError, TimeoutStorage } from '../../src/storage/timeoutStorage';

const SECRET_KEY = 'webchat/conversations/patient-7734/';

/** A storage whose calls behave as told: answer, fail with a chatty error, or never return. */
function fakeStorage(behaviour: 'ok' | 'error' | 'hang'): Storage & { calls: number } {
  const fake = {
    calls: 0,
    read: (_keys: string[]) => act<StoreItems>({}),
    write: (_changes: StoreItems) => act<void>(undefined),
    delete: (_keys: string[]) => act<void>(undefined),
  };
  function act<T>(value: T): Promise<T> {
    fake.calls += 1;
    if (behaviour === 'ok') return Promise.resolve(value);
    if (behaviour === 'error') return Promise.reject(Object.assign(new Error(`cannot reach storage for "${SECRET_KEY}" i feel hopeless`), { code: 'ECONNREFUSED' }));
    return new Promise<T>(() => undefined);
  }
  return fake;
}

function captureLogger() {
  const entries: Array<{ fields: object; message: string }> = [];
  return {
    entries,
    error(fields: object, message: string) {
      entries.push({ fields, message });
    },
  };
}

const operations: Array<[string, (storage: Storage) => Promise<unknown>]> = [
  ['read', (storage) => storage.read([SECRET_KEY])],
  ['write', (storage) => storage.write({ [SECRET_KEY]: { note: 'i feel hopeless', eTag: '*' } })],
  ['delete', (storage) => storage.delete([SECRET_KEY])],
];

describe('TimeoutStorage', () => {
  it.each(operations)('%s: passes a working storage through', async (_operation, call) => {
    const inner = fakeStorage('ok');
    await expect(call(new TimeoutStorage(inner, { timeoutMs: 200, logger: captureLogger() }))).resolves.not.toThrow();
    expect(inner.calls).toBe(1);
  });

  it.each(operations)('%s: a failure becomes StorageUnavailableError naming only the operation, logged without keys or content', async (operation, call) => {
    const logger = captureLogger();
    const error = await call(new TimeoutStorage(fakeStorage('error'), { timeoutMs: 200, logger })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error).toMatchObject({ operation, failure: 'error' });
    const everything = `${(error as Error).message} ${(error as Error).stack ?? ''} ${JSON.stringify(logger.entries)}`;
    expect(everything).not.toContain('patient-7734');
    expect(everything).not.toContain('hopeless');
    expect(logger.entries).toEqual([{ fields: { storage: { operation, failure: 'error', code: 'ECONNREFUSED' } }, message: 'conversation storage unavailable' }]);
  });

  it.each(operations)('%s: a storage that never answers fails after the timeout, not later', async (operation, call) => {
    const started = Date.now();
    const error = await call(new TimeoutStorage(fakeStorage('hang'), { timeoutMs: 150, logger: captureLogger() })).catch((caught: unknown) => caught);
    const elapsed = Date.now() - started;
    expect(error).toMatchObject({ name: 'StorageUnavailableError', operation, failure: 'timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(1000);
  });

  it('after a timeout, calls within one timeout period fail at once; after it, storage is tried again', async () => {
    let clock = 0;
    const inner = fakeStorage('hang');
    const storage = new TimeoutStorage(inner, { timeoutMs: 100, logger: captureLogger(), now: () => clock });
    await expect(storage.read(['k'])).rejects.toMatchObject({ failure: 'timeout' });

    clock += 99;
    const started = Date.now();
    await expect(storage.read(['k'])).rejects.toMatchObject({ failure: 'recent-timeout' });
    await expect(storage.write({})).rejects.toMatchObject({ failure: 'recent-timeout' });
    expect(Date.now() - started).toBeLessThan(50);
    expect(inner.calls).toBe(1);

    clock += 2;
    await expect(storage.read(['k'])).rejects.toMatchObject({ failure: 'timeout' });
    expect(inner.calls).toBe(2);
  });

  it('a failing storage that answers quickly is retried on every call (no fail-fast for fast errors)', async () => {
    const inner = fakeStorage('error');
    const storage = new TimeoutStorage(inner, { timeoutMs: 100, logger: captureLogger() });
    await expect(storage.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(inner.calls).toBe(2);
  });
});
