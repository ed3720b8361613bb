import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { mergeThreeWay, parseJsonObject, toJsonObject } from './mergeState';

/** What this process knows about the stored version an item object was read from. */
interface Snapshot {
  /**
   * The item's content when read (or last written by us), as JSON text: the common ancestor for a
   * merge. Kept as text because it is parsed only on a conflict, and most writes have none.
   */
  base: string;
  /** The stored version's eTag, when known; unknown when the item did not exist or after our own write. */
  eTag?: string;
}

export interface ConflictMergingOptions {
  /** Attempts per item before giving up; each conflict costs one read and one write. */
  maxAttempts?: number;
  /** Told about each conflict that was merged (for logs; no keys, no content). */
  onConflict?: () => void;
}

/**
 * Makes botbuilder's state writes safe when two turns of one conversation run at once, on one
 * instance or on two. BotState always writes with eTag '*' (last writer wins), so the later turn
 * would silently erase what the earlier one saved - such as the crisis flag. Here each item read
 * through this storage remembers its stored version (keyed by the object BotState caches and
 * later writes back), writes are conditional on that version, and on a conflict the turn's own
 * changes are merged onto the newer stored state and written again.
 *
 * Not guaranteed: the very first save of a conversation cannot be conditional (BlobsStorage has no
 * "create only"), so two first turns racing in the few milliseconds between our re-read and write
 * can still overwrite each other. Items written without being read here, or with an explicit
 * eTag, pass through untouched.
 */
export class ConflictMergingStorage implements Storage {
  private readonly snapshots = new WeakMap<object, Snapshot>();
  private readonly maxAttempts: number;

  constructor(
    private readonly inner: Storage,
    private readonly options: ConflictMergingOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  /** Missing keys come back as empty, tracked objects, so a new conversation's first save is merged too. */
  async read(keys: string[]): Promise<StoreItems> {
    const found = await this.inner.read(keys);
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = found[key] as StoreItem | undefined;
      const item: StoreItem = stored ?? {};
      this.snapshots.set(item, { base: contentText(item), eTag: knownETag(stored?.eTag) });
      items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const untracked: StoreItems = {};
    const tracked: Array<[string, StoreItem, Snapshot]> = [];
    for (const [key, item] of Object.entries(changes) as Array<[string, StoreItem]>) {
      const snapshot = typeof item === 'object' && item !== null ? this.snapshots.get(item) : undefined;
      if (snapshot && item.eTag === '*') tracked.push([key, item, snapshot]);
      else untracked[key] = item;
    }
    if (Object.keys(untracked).length > 0) await this.inner.write(untracked);
    await Promise.all(tracked.map(([key, item, snapshot]) => this.writeMerging(key, item, snapshot)));
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }

  private async writeMerging(key: string, item: StoreItem, snapshot: Snapshot): Promise<void> {
    const oursContent = withoutETag(item);
    const ours = JSON.stringify(oursContent);
    let eTag = snapshot.eTag;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      let content = oursContent;
      if (eTag === undefined) {
        // Version unknown: start from what is stored now.
        const current = (await this.inner.read([key]))[key] as StoreItem | undefined;
        content = mergeThreeWay(parseJsonObject(snapshot.base), parseJsonObject(ours), current ? toJsonObject(withoutETag(current)) : {});
        eTag = current ? knownETag(current.eTag) : undefined;
      }
      try {
        // '*' only when nothing is stored: there is no version to be conditional on.
        await this.inner.write({ [key]: { ...content, eTag: eTag ?? '*' } });
        // Later saves in this turn diff against what the turn itself last saw.
        this.snapshots.set(item, { base: ours });
        return;
      } catch (error) {
        if (!isETagConflict(error)) throw error;
        this.options.onConflict?.();
        eTag = undefined;
      }
    }
    throw new Error(`state write still conflicted after ${this.maxAttempts} attempts`);
  }
}

/** MemoryStorage and BlobsStorage both report a failed eTag condition with this wording. */
export function isETagConflict(error: unknown): boolean {
  return error instanceof Error && /eTag conflict/i.test(error.message);
}

function withoutETag(item: StoreItem): object {
  const { eTag: _eTag, ...content } = item;
  return content;
}

/** The item as storage will hold it, less its eTag. */
function contentText(item: StoreItem): string {
  return JSON.stringify(withoutETag(item));
}

function knownETag(eTag: unknown): string | undefined {
  return typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? eTag : undefined;
}
