export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * Bounds a call we cannot cancel (a connector reply): the turn moves on after `ms`, so one slow
 * channel cannot hold a conversation, or the crisis retry, hostage.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took longer than ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
