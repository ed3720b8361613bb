/**
 * A token bucket per key (a conversation, a client address), kept in memory. Bounded: when
 * more than `maxKeys` keys are tracked, the least recently used are forgotten, so a flood of
 * new conversations cannot grow memory without limit.
 */
export interface RateLimiterOptions {
  /** Messages allowed in a burst. */
  burst: number;
  /** Sustained rate, messages per minute. */
  perMinute: number;
  maxKeys?: number;
}

export interface RateLimiter {
  /** True when this event is allowed; false when the key is over its limit. */
  take(key: string, nowMs: number): boolean;
  readonly size: number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const maxKeys = options.maxKeys ?? 50_000;
  const refillPerMs = options.perMinute / 60_000;
  // Map iteration order is insertion order; re-inserting on use makes it least-recently-used first.
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, nowMs) {
      const bucket = buckets.get(key) ?? { tokens: options.burst, at: nowMs };
      buckets.delete(key);
      bucket.tokens = Math.min(options.burst, bucket.tokens + Math.max(0, nowMs - bucket.at) * refillPerMs);
      bucket.at = nowMs;
      const allowed = bucket.tokens >= 1;
      if (allowed) bucket.tokens -= 1;
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return allowed;
    },
    get size() {
      return buckets.size;
    },
  };
}
