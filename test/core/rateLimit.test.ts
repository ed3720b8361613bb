import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimiter, type RateDecision } from '../../src/core/rateLimit';

/** The same token buckets, never forgotten: what the limiter must decide however much it forgets. */
function neverForgettingLimiter(burst: number, perMinute: number) {
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (key: string, nowMs: number): RateDecision => {
    const bucket = buckets.get(key) ?? { tokens: burst, at: nowMs };
    bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, nowMs - bucket.at) * refillPerMs);
    bucket.at = nowMs;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    buckets.set(key, bucket);
    return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
  };
}

describe('the per-conversation rate limiter', () => {
  it('when a conversation sends a burst, then messages past the burst are refused until tokens refill', () => {
    const limiter = createRateLimiter({ burst: 3, perMinute: 60 });
    expect([0, 1, 2, 3].map(() => limiter.take('a', 0).allowed)).toEqual([true, true, true, false]);
    expect(limiter.take('a', 500)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('a', 1000).allowed).toBe(true);
  });

  it('when one conversation floods, then another is not affected', () => {
    const limiter = createRateLimiter({ burst: 2, perMinute: 6 });
    limiter.take('flood', 0);
    limiter.take('flood', 0);
    expect(limiter.take('flood', 0).allowed).toBe(false);
    expect(limiter.take('calm', 0).allowed).toBe(true);
  });

  it('when more keys arrive than it may track, then the least recently used are forgotten', () => {
    const limiter = createRateLimiter({ burst: 1, perMinute: 1, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.take(`c${i}`, 0);
    expect(limiter.size).toBe(100);
  });

  it('when conversations end, then their buckets are forgotten once refilled, so ended conversations hold no memory', () => {
    // The defaults: five messages leave a bucket 5 tokens short, full again 7.5 s later.
    const limiter = createRateLimiter({ burst: 20, perMinute: 40 });
    for (let conversation = 0; conversation < 10_000; conversation++) {
      for (let turn = 0; turn < 5; turn++) limiter.take(`c${conversation}`, conversation * 1000 + turn * 100);
    }
    // A new conversation every second: only the last few are still refilling.
    expect(limiter.size).toBeLessThanOrEqual(10);
    limiter.take('later', 10_000 * 1000 + 60_000);
    expect(limiter.size).toBe(1);
  });

  it('when buckets are forgotten, then no decision changes', () => {
    const message = fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd'), afterMs: fc.integer({ min: 0, max: 20_000 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 120 }), fc.array(message, { maxLength: 200 }), (burst, perMinute, messages) => {
        const limiter = createRateLimiter({ burst, perMinute });
        const reference = neverForgettingLimiter(burst, perMinute);
        let nowMs = 0;
        for (const { key, afterMs } of messages) {
          nowMs += afterMs;
          expect(limiter.take(key, nowMs)).toEqual(reference(key, nowMs));
        }
      }),
    );
  });
});
