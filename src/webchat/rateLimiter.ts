/**
 * A fixed-window counter per key (a client IP). Small and in memory: it protects one bot
 * process from a script asking for tokens in a loop, not a fleet from a distributed attack.
 */
export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the window resets (for Retry-After); 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  /** Keys remembered at most; past it, expired windows are swept and then the oldest dropped. */
  maxKeys?: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly options: RateLimiterOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error('rate limit must be a whole number of at least 1');
    if (!(options.windowMs > 0)) throw new Error('rate limit window must be positive');
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 50_000;
  }

  take(key: string): RateDecision {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.options.windowMs) {
      this.makeRoom();
      window = { start: now, count: 0 };
      this.windows.delete(key);
      this.windows.set(key, window);
    }
    if (window.count >= this.options.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.options.windowMs - now) / 1000)) };
    }
    window.count += 1;
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** Forgets windows that have ended. */
  sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.options.windowMs) this.windows.delete(key);
    }
  }

  get size(): number {
    return this.windows.size;
  }

  private makeRoom(): void {
    if (this.windows.size < this.maxKeys) return;
    this.sweep();
    // Still full of live windows: drop the oldest (Map keeps insertion order).
    while (this.windows.size >= this.maxKeys) {
      const oldest = this.windows.keys().next();
      if (oldest.done) break;
      this.windows.delete(oldest.value);
    }
  }
}
