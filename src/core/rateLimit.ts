/**
 * A token bucket per key (a conversation, a client address), kept in memory. A bucket that has
 * refilled to the full burst is the same as a new one, so it is forgotten: only keys active in the
 * last burst/rate (30 s at the defaults) are held, and ended conversations leave nothing behind.
 * Also bounded: past `maxKeys` keys the least recently used are forgotten, so a flood of new keys
 * cannot grow memory without limit. It protects one process; it is not a fleet-wide quota.
 */
export interface RateLimiterOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Sustained rate, requests per minute. */
  perMinute: number;
  maxKeys?: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the next request would be allowed (for Retry-After); 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(key: string, nowMs: number): RateDecision;
  readonly size: number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  if (!(options.burst >= 1) || !(options.perMinute > 0)) throw new Error('a rate limit needs a burst of at least 1 and a positive rate');
  const maxKeys = options.maxKeys ?? 50_000;
  const refillPerMs = options.perMinute / 60_000;
  // Map iteration order is insertion order; re-inserting on use keeps the least recently used first.
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refilled = (bucket: { tokens: number; at: number }, nowMs: number) => Math.min(options.burst, bucket.tokens + Math.max(0, nowMs - bucket.at) * refillPerMs);
  return {
    take(key, nowMs) {
      // Least recently used first: drop full buckets from the front until one is still refilling.
      for (const [oldKey, oldBucket] of buckets) {
        if (refilled(oldBucket, nowMs) < options.burst) break;
        buckets.delete(oldKey);
      }
      const bucket = buckets.get(key) ?? { tokens: options.burst, at: nowMs };
      buckets.delete(key);
      bucket.tokens = refilled(bucket, nowMs);
      bucket.at = nowMs;
      const allowed = bucket.tokens >= 1;
      if (allowed) bucket.tokens -= 1;
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
    },
    get size() {
      return buckets.size;
    },
  };
}
