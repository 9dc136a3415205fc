import { parseRateLimitHeaders, type HeaderReader, type RateWindow } from './rate-limit-headers.ts';
import type { Clock, Sleep } from './timers.ts';

export interface BudgetWindow {
  limit: number | null;
  remaining: number | null;
  resetAt: number | null;
}

/** Every request waits until `until` (epoch ms): a window spent down to its reserve, or a 429's Retry-After. */
export interface BudgetHold {
  until: number;
  reason: 'hour' | 'day' | 'retry-after';
}

export interface GovernorSnapshot {
  hour: BudgetWindow;
  day: BudgetWindow;
  /** Requests allowed in flight right now (the configured maximum, lowered as the budget runs out). */
  concurrency: number;
  maxConcurrency: number;
  active: number;
  queued: number;
  /** Epoch ms until which nothing may be sent, or null; the same as hold?.until. */
  pausedUntil: number | null;
  /** Why nothing may be sent until then; null when requests flow. */
  hold: BudgetHold | null;
}

export interface BudgetEstimate {
  requests: number;
  /** Expected wall time, including waiting for the hourly window to reset when the budget does not suffice. */
  durationMs: number;
  exhaustsHourlyBudget: boolean;
  exhaustsDailyBudget: boolean;
  /** Hourly budget left after the job, when the platform told us the remaining budget. */
  hourRemainingAfter: number | null;
  /** Requests that can go before the budget holds the job (null: the budget suffices or is unknown). */
  requestsBeforeHold: number | null;
  /** The hold the job would meet (until = that window's reset), or null when the budget suffices. */
  hold: BudgetHold | null;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Rather than wait out a 429 hold longer than this, fail with HoldTooLong (default: wait however long). */
  maxHoldMs?: number;
}

export interface Governor {
  /** Runs `task` when a slot is free and no 429 hold is active; the task starts synchronously with the grant. */
  run<T>(task: () => Promise<T>, options?: RunOptions): Promise<T>;
  /** Reads X-RateLimit-1H-* / -24H-* from a response. */
  observe(headers: HeaderReader, latencyMs?: number): void;
  /** Holds the whole queue (new requests, queued ones and retries) for `ms`. */
  pause(ms: number): void;
  snapshot(): GovernorSnapshot;
  onChange(listener: (snapshot: GovernorSnapshot) => void): () => void;
  estimate(requests: number): BudgetEstimate;
  setConcurrency(max: number): void;
}

export interface GovernorOptions {
  concurrency?: number;
  now: Clock;
  sleep: Sleep;
}

interface Waiter {
  start: () => void;
  maxHoldMs: number;
  refuse: (until: number) => void;
}

const EMPTY: BudgetWindow = { limit: null, remaining: null, resetAt: null };
const DEFAULT_LATENCY_MS = 250;

/** Slots allowed for a window: full speed with budget to spare, halved under 15 % left, one at a time under 5 %. */
export function concurrencyFor(max: number, windows: BudgetWindow[]): number {
  let allowed = max;
  for (const w of windows) {
    if (w.remaining === null) continue;
    if (w.remaining <= 0) return 1;
    if (w.limit === null || w.limit <= 0) continue;
    const ratio = w.remaining / w.limit;
    if (ratio < 0.05) return 1;
    if (ratio < 0.15) allowed = Math.min(allowed, Math.max(1, Math.floor(max / 2)));
  }
  return Math.max(1, allowed);
}

/** The platform asked for a pause longer than the caller is willing to wait. */
export class HoldTooLong extends Error {
  readonly until: number;
  constructor(until: number) {
    super('the rate-limit hold lasts longer than this request may wait');
    this.name = 'HoldTooLong';
    this.until = until;
  }
}

export class BudgetCancelled extends Error {
  constructor(reason: unknown) {
    super('cancelled while waiting for the rate-limit governor', { cause: reason });
    this.name = 'AbortError';
  }
}

export function createGovernor(options: GovernorOptions): Governor {
  const { now, sleep } = options;
  let maxConcurrency = Math.max(1, Math.floor(options.concurrency ?? 6));
  let hour: BudgetWindow = EMPTY;
  let day: BudgetWindow = EMPTY;
  let pausedUntil: number | null = null;
  let active = 0;
  let wakeAt: number | null = null;
  let latencyMs: number | null = null;
  const queue: Waiter[] = [];
  const listeners = new Set<(snapshot: GovernorSnapshot) => void>();

  const allowed = (): number => concurrencyFor(maxConcurrency, [hour, day]);

  function snapshot(): GovernorSnapshot {
    const paused = pausedUntil !== null && pausedUntil > now() ? pausedUntil : null;
    return {
      hour: { ...hour },
      day: { ...day },
      concurrency: allowed(),
      maxConcurrency,
      active,
      queued: queue.length,
      pausedUntil: paused,
      hold: paused === null ? null : { until: paused, reason: 'retry-after' },
    };
  }

  function emit(): void {
    if (listeners.size === 0) return;
    const snap = snapshot();
    for (const listener of listeners) {
      try {
        listener(snap);
      } catch {
        // a broken listener must not break the request pipeline
      }
    }
  }

  function scheduleWake(at: number): void {
    if (wakeAt !== null && wakeAt <= at) return;
    wakeAt = at;
    void sleep(Math.max(0, at - now())).then(() => {
      if (wakeAt === at) wakeAt = null;
      pump();
    });
  }

  function refuseImpatient(until: number, t: number): void {
    for (let i = queue.length - 1; i >= 0; i -= 1) {
      const waiter = queue[i];
      if (waiter && until - t > waiter.maxHoldMs) {
        queue.splice(i, 1);
        waiter.refuse(until);
      }
    }
  }

  function pump(): void {
    if (pausedUntil !== null) {
      const t = now();
      if (t < pausedUntil) {
        refuseImpatient(pausedUntil, t);
        scheduleWake(pausedUntil);
        return;
      }
      pausedUntil = null;
      emit();
    }
    while (queue.length > 0 && active < allowed()) {
      const waiter = queue.shift();
      if (waiter) waiter.start();
    }
  }

  function merge(previous: BudgetWindow, next: RateWindow | null): BudgetWindow {
    if (next === null) return previous;
    return {
      limit: next.limit ?? previous.limit,
      remaining: next.remaining ?? previous.remaining,
      resetAt: next.resetAt ?? previous.resetAt,
    };
  }

  return {
    run<T>(task: () => Promise<T>, runOptions: RunOptions = {}): Promise<T> {
      const signal = runOptions.signal;
      return new Promise<T>((resolve, reject) => {
        if (signal?.aborted) {
          reject(new BudgetCancelled(signal.reason));
          return;
        }
        const onAbort = (): void => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          reject(new BudgetCancelled(signal?.reason));
        };
        const waiter: Waiter = {
          maxHoldMs: runOptions.maxHoldMs ?? Number.POSITIVE_INFINITY,
          refuse: (until) => {
            signal?.removeEventListener('abort', onAbort);
            reject(new HoldTooLong(until));
          },
          start: () => {
            signal?.removeEventListener('abort', onAbort);
            active += 1;
            let settled: Promise<T>;
            try {
              settled = task();
            } catch (error) {
              settled = Promise.reject(error);
            }
            settled
              .finally(() => {
                active -= 1;
                pump();
              })
              .then(resolve, reject);
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
        pump();
      });
    },

    observe(headers, observedLatencyMs) {
      const parsed = parseRateLimitHeaders(headers, now());
      const before = allowed();
      hour = merge(hour, parsed.hour);
      day = merge(day, parsed.day);
      if (observedLatencyMs !== undefined && Number.isFinite(observedLatencyMs)) {
        latencyMs = latencyMs === null ? observedLatencyMs : latencyMs * 0.8 + observedLatencyMs * 0.2;
      }
      if (parsed.hour !== null || parsed.day !== null) emit();
      if (allowed() > before) pump();
    },

    pause(ms) {
      const until = now() + Math.max(0, ms);
      if (pausedUntil === null || until > pausedUntil) {
        pausedUntil = until;
        emit();
      }
      pump();
    },

    snapshot,

    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    estimate(requests) {
      const count = Math.max(0, Math.ceil(requests));
      const t = now();
      const perRequest = latencyMs ?? DEFAULT_LATENCY_MS;
      const slots = allowed();
      let durationMs = Math.ceil(count / Math.max(1, slots)) * perRequest;
      if (pausedUntil !== null && pausedUntil > t) durationMs += pausedUntil - t;
      const hourRemaining = hour.remaining;
      const exhaustsHourlyBudget = hourRemaining !== null && count > hourRemaining;
      const exhaustsDailyBudget = day.remaining !== null && count > day.remaining;
      if (exhaustsHourlyBudget && hourRemaining !== null) {
        // the part beyond the budget waits for the window to reset, then runs at the limit's pace
        const resetIn = hour.resetAt !== null ? Math.max(0, hour.resetAt - t) : 3_600_000;
        const overflow = count - Math.max(0, hourRemaining);
        const perWindow = hour.limit !== null && hour.limit > 0 ? hour.limit : Math.max(1, hourRemaining);
        durationMs = Math.max(
          durationMs,
          resetIn +
            Math.floor((overflow - 1) / perWindow) * 3_600_000 +
            Math.ceil(Math.min(overflow, perWindow) / slots) * perRequest,
        );
      }
      return {
        requests: count,
        durationMs,
        exhaustsHourlyBudget,
        exhaustsDailyBudget,
        hourRemainingAfter: hourRemaining === null ? null : Math.max(0, hourRemaining - count),
        requestsBeforeHold: null,
        hold: null,
      };
    },

    setConcurrency(max) {
      maxConcurrency = Math.max(1, Math.floor(max));
      emit();
      pump();
    },
  };
}
