/**
 * Two sliding windows (1 hour, 24 hours, or shorter for tests) over accepted requests.
 * Reset = whole seconds until the oldest counted request leaves the window, i.e. until one more
 * request fits again (0 when the window is empty). A request refused with 429 is not counted.
 */
export interface RateWindowState {
  readonly limit: number;
  readonly remaining: number;
  readonly resetSeconds: number;
  /** The moment (epoch ms) the oldest counted request leaves the window; now when the window is empty. */
  readonly resetAt: number;
}

class SlidingWindow {
  readonly #hits: number[] = [];
  #head = 0;
  readonly limit: number;
  readonly spanMs: number;

  constructor(limit: number, spanMs: number) {
    this.limit = limit;
    this.spanMs = spanMs;
  }

  #prune(now: number): void {
    while (this.#head < this.#hits.length && (this.#hits[this.#head] ?? 0) <= now - this.spanMs) this.#head++;
    if (this.#head > 4096 && this.#head * 2 > this.#hits.length) {
      this.#hits.splice(0, this.#head);
      this.#head = 0;
    }
  }

  count(now: number): number {
    this.#prune(now);
    return this.#hits.length - this.#head;
  }

  add(now: number): void {
    this.#hits.push(now);
  }

  state(now: number): RateWindowState {
    const used = this.count(now);
    const oldest = this.#hits[this.#head];
    const resetSeconds = oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + this.spanMs - now) / 1000));
    const resetAt = oldest === undefined ? now : oldest + this.spanMs;
    return { limit: this.limit, remaining: Math.max(0, this.limit - used), resetSeconds, resetAt };
  }
}

/** How the *-Reset headers are written: seconds to go, or the moment as epoch seconds or epoch milliseconds. */
export type ResetHeaderForm = 'seconds-to-go' | 'epoch-seconds' | 'epoch-ms';

export interface RateLimiterOptions {
  hourLimit: number;
  dayLimit: number;
  /** The "hour" and the "day" (default 1 h and 24 h); tests shorten them. */
  hourWindowMs?: number;
  dayWindowMs?: number;
  resetForm?: ResetHeaderForm;
}

export interface RateLimiter {
  /** Counts the request if both windows have room; otherwise returns the Retry-After seconds. */
  take(now: number): { ok: true } | { ok: false; retryAfterSeconds: number };
  headers(now: number): Record<string, string>;
}

// The epoch forms round the moment itself once: rounding the seconds to go and then the moment again
// could put it up to two seconds late.
function resetValue(state: RateWindowState, form: ResetHeaderForm): string {
  if (form === 'seconds-to-go') return String(state.resetSeconds);
  return form === 'epoch-ms' ? String(state.resetAt) : String(Math.ceil(state.resetAt / 1000));
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const hour = new SlidingWindow(options.hourLimit, options.hourWindowMs ?? 3_600_000);
  const day = new SlidingWindow(options.dayLimit, options.dayWindowMs ?? 86_400_000);
  const form = options.resetForm ?? 'seconds-to-go';
  return {
    take(now) {
      const full = [hour, day].filter((w) => w.count(now) >= w.limit);
      if (full.length > 0)
        return { ok: false, retryAfterSeconds: Math.max(...full.map((w) => w.state(now).resetSeconds), 1) };
      hour.add(now);
      day.add(now);
      return { ok: true };
    },
    headers(now) {
      const h = hour.state(now);
      const d = day.state(now);
      return {
        'X-RateLimit-1H-Limit': String(h.limit),
        'X-RateLimit-1H-Remaining': String(h.remaining),
        'X-RateLimit-1H-Reset': resetValue(h, form),
        'X-RateLimit-24H-Limit': String(d.limit),
        'X-RateLimit-24H-Remaining': String(d.remaining),
        'X-RateLimit-24H-Reset': resetValue(d, form),
      };
    },
  };
}
