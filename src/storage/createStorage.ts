import { type Storage, type StoreItems } from 'botbuilder';
import type { AppConfig } from '../core/config';
import type { Logger } from '../logger';
import { ConflictMergingStorage, isETagConflict } from './conflictMergingStorage';
import { TimeoutStorage } from './timeoutStorage';
import { ExpiringMemoryStorage } from './expiringMemoryStorage';

/** Read by readiness checks; never written. */
export const READINESS_KEY = 'readiness-probe';

/**
 * Conversation state storage from config: in memory, or in an Azure Blob container shared by
 * every instance. Every call to Blob storage is bounded by the outbound timeout and fails with a
 * StorageUnavailableError (memory answers at once: there is nothing to wait for). Concurrent
 * turns of one conversation are merged, not overwritten, in either.
 */
export function createStorage(config: Pick<AppConfig, 'env' | 'storage' | 'outboundTimeoutMs' | 'stateTtlMs'>, logger: Logger): Storage {
  const merging = (store: Storage) =>
    new ConflictMergingStorage(store, {
      onConflict: () => logger.info({ storage: { operation: 'write' } }, 'concurrent turns saved one conversation; merged their state'),
    });
  if (config.storage.kind === 'blob') {
    const { connectionString, container } = config.storage;
    // Loaded only here: the Azure Storage SDK is heap that memory storage never needs (docs/performance.md).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
    const blobs = new RebuildOnFailureStorage(
      () =>
        new BlobsStorage(connectionString, container, {
          // Few quick retries: our own timeout bounds the whole call, and a turn cannot wait for the SDK's default minutes.
          storagePipelineOptions: { retryOptions: { maxTries: 2, tryTimeoutInMs: config.outboundTimeoutMs, retryDelayInMs: 100, maxRetryDelayInMs: 500 } },
        }),
    );
    return new TimeoutStorage(merging(blobs), { timeoutMs: config.outboundTimeoutMs, logger });
  }
  if (config.env === 'production') {
    logger.warn('conversation state is kept in memory: every conversation loses its place on restart, and instances do not share it (set STORAGE=blob)');
  }
  return merging(new ExpiringMemoryStorage(config.stateTtlMs));
}

/** True when the storage answers a read. For /readyz; never throws. */
export async function checkStorage(storage: Storage): Promise<boolean> {
  try {
    await storage.read([READINESS_KEY]);
    return true;
  } catch {
    return false;
  }
}

/**
 * BlobsStorage remembers its first "create container" call, including a failure: started while
 * storage is down, it would fail forever. A fresh client after any failure (other than an eTag
 * conflict, which is an answer, not a failure) lets the bot recover when storage does.
 */
class RebuildOnFailureStorage implements Storage {
  private current?: Storage;

  constructor(private readonly build: () => Storage) {
    // Built once now so a malformed connection string stops start-up.
    this.current = build();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guarded((storage) => storage.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.guarded((storage) => storage.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.guarded((storage) => storage.delete(keys));
  }

  private async guarded<T>(call: (storage: Storage) => Promise<T>): Promise<T> {
    const storage = (this.current ??= this.build());
    try {
      return await call(storage);
    } catch (error) {
      if (!isETagConflict(error) && this.current === storage) this.current = undefined;
      throw error;
    }
  }
}
