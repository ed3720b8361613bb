import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';

/**
 * MemoryStorage that forgets keys nobody has written for `ttlMs`, so conversations that ended
 * do not grow memory for ever. Swept on writes (at most once a minute), never on the reply path
 * of a read. Blob storage is expired by the container's lifecycle policy instead (README).
 */
export class ExpiringMemoryStorage implements Storage {
  /** MemoryStorage's own delete leaves the key behind; owning its backing object lets us really remove it. */
  private readonly memory: Record<string, string> = Object.create(null) as Record<string, string>;
  private readonly inner = new MemoryStorage(this.memory);
  private readonly writtenAt = new Map<string, number>();
  private lastSweep = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await this.inner.write(changes);
    const at = this.now();
    for (const key of Object.keys(changes)) {
      // Re-inserting keeps the map ordered oldest-written first, so a sweep stops at the first fresh key.
      this.writtenAt.delete(key);
      this.writtenAt.set(key, at);
    }
    if (at - this.lastSweep >= 60_000) await this.sweep(at);
  }

  delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      this.writtenAt.delete(key);
       
      delete this.memory[key];
    }
    return Promise.resolve();
  }

  get size(): number {
    return this.writtenAt.size;
  }

  private async sweep(at: number): Promise<void> {
    this.lastSweep = at;
    const expired: string[] = [];
    for (const [key, writtenAt] of this.writtenAt) {
      if (at - writtenAt < this.ttlMs) break;
      expired.push(key);
    }
    await this.delete(expired);
  }
}
