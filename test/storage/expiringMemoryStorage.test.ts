import { describe, expect, it } from 'vitest';
import { ExpiringMemoryStorage } from '../../src/storage/expiringMemoryStorage';

describe('in-memory state that expires', () => {
  it('when a conversation has been idle longer than the TTL, then its state is dropped and active ones are kept', async () => {
    let now = 0;
    const storage = new ExpiringMemoryStorage(60 * 60_000, () => now);
    await storage.write({ ended: { step: 1 } });
    now = 30 * 60_000;
    await storage.write({ active: { step: 1 } });
    now = 70 * 60_000;
    await storage.write({ active: { step: 2 } });
    const items = await storage.read(['ended', 'active']);
    expect(Object.keys(items)).toEqual(['active']);
    expect(items.active).toMatchObject({ step: 2 });
    expect(storage.size).toBe(1);
  });

  it('when a conversation is deleted, then its key is gone from memory, not left holding undefined', async () => {
    const memory = new ExpiringMemoryStorage(60_000);
    await memory.write({ a: { step: 1 } });
    await memory.delete(['a']);
    expect(await memory.read(['a'])).toEqual({});
    expect(Object.keys((memory as unknown as { memory: object }).memory)).toEqual([]);
  });

  it('when many conversations end, then memory stops growing once they expire', async () => {
    let now = 0;
    const storage = new ExpiringMemoryStorage(60_000, () => now);
    for (let i = 0; i < 5000; i++) {
      now += 100;
      await storage.write({ [`conversation-${i}`]: { step: i } });
    }
    expect(storage.size).toBeLessThanOrEqual(1300);
  });
});
