import type { Storage, StoreItems } from 'botbuilder';

export type StorageOperation = 'read' | 'write' | 'delete';
export type StorageFailure = 'timeout' | 'error' | 'recent-timeout';

/** Conversation state could not be read or saved. The message never carries keys or content. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(
    readonly operation: StorageOperation,
    readonly failure: StorageFailure,
  ) {
    super(`conversation state ${operation} failed (${failure})`);
  }
}

export interface TimeoutStorageOptions {
  timeoutMs: number;
  logger: { error(fields: object, message: string): void };
  /** Clock in ms, for tests. */
  now?: () => number;
}

/**
 * Bounds every storage call by the outbound timeout and turns any failure into a
 * StorageUnavailableError, so a slow or unreachable store becomes an apology, not a hung turn.
 * After a timeout, calls fail at once for one timeout period: a failing turn reads state up to
 * three times (dialog, error handler, safety footer), and three full timeouts would outlast the
 * channel's own 15 s limit.
 */
export class TimeoutStorage implements Storage {
  private failFastUntil = 0;
  private readonly now: () => number;

  constructor(
    private readonly inner: Storage,
    private readonly options: TimeoutStorageOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.bounded('read', () => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.bounded('write', () => this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.bounded('delete', () => this.inner.delete(keys));
  }

  private async bounded<T>(operation: StorageOperation, call: () => Promise<T>): Promise<T> {
    if (this.now() < this.failFastUntil) throw this.failed(operation, 'recent-timeout');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.timeoutMs);
    });
    try {
      const outcome = await Promise.race([call().then((value) => ({ value })), timedOut]);
      if (outcome === 'timeout') {
        this.failFastUntil = this.now() + this.options.timeoutMs;
        throw this.failed(operation, 'timeout');
      }
      return outcome.value;
    } catch (error) {
      if (error instanceof StorageUnavailableError) throw error;
      throw this.failed(operation, 'error', error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Logs the operation and a short error code only: storage errors can quote keys and content. */
  private failed(operation: StorageOperation, failure: StorageFailure, cause?: unknown): StorageUnavailableError {
    this.options.logger.error({ storage: { operation, failure, code: safeErrorCode(cause) } }, 'conversation storage unavailable');
    return new StorageUnavailableError(operation, failure);
  }
}

/** A code like ECONNREFUSED or an HTTP status, never free text. */
function safeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' && /^[A-Za-z_]{1,40}$/.test(code)) return code;
  if (typeof statusCode === 'number') return String(statusCode);
  return undefined;
}
