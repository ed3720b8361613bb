import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/core/rateLimit';

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
});
