import { estimateBudget, type BudgetEstimate } from './budget-estimate.ts';
import { createBudget, defaultReserve, type BudgetHold, type BudgetWindow } from './budget-windows.ts';
import { parseRateLimitHeaders, type HeaderReader } from './rate-limit-headers.ts';
import { createResetReader, type ResetReport } from './reset-header.ts';
import type { Clock, Sleep } from './timers.ts';

export type { BudgetEstimate } from './budget-estimate.ts';
export type { BudgetHold, BudgetWindow } from './budget-windows.ts';

/** Interactive work (what the operator waits for) goes first; background work yields to a long hold. */
export type Priority = 'interactive' | 'background';

export interface GovernorSnapshot {
  hour: BudgetWindow;
  day: BudgetWindow;
  /** Requests allowed in flight right now: the configured maximum, or less when the budget is nearly spent. */
  concurrency: number;
  maxConcurrency: number;
  active: number;
  queued: number;
  /** Epoch ms until which nothing may be sent, or null; the same as hold?.until. */
  pausedUntil: number | null;
  /** Why nothing may be sent until then; null when requests flow. */
  hold: BudgetHold | null;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Default 'interactive'. */
  priority?: Priority;
  /**
   * The priority as it is now, read each time the queue picks the next request: a background listing whose grid
   * the operator has just opened lets its queued pages go first.
   */
  priorityNow?: () => Priority;
  /** Give up the place in the queue when a hold longer than the patience begins (default: background work does). */
  yieldToHold?: boolean;
}

export interface Governor {
  /** Runs `task` when the budget and a slot allow; the task starts synchronously with the grant. */
  run<T>(task: () => Promise<T>, options?: RunOptions): Promise<T>;
  /** Reads X-RateLimit-1H-* / -24H-* from the answer to a request sent at `sentAt`. */
  observe(headers: HeaderReader, latencyMs?: number, sentAt?: number): void;
  /** A 429: holds the whole queue (new requests, queued ones and retries) for `ms`. */
  pause(ms: number): void;
  snapshot(): GovernorSnapshot;
  onChange(listener: (snapshot: GovernorSnapshot) => void): () => void;
  estimate(requests: number): BudgetEstimate;
  /** Requests that can still start before the budget holds (null: the platform has not said). */
  budgetLeft(): number | null;
  /** The hold the budget comes to once what is left is spent (null: the platform has not said). */
  nextHold(): BudgetHold | null;
}

export interface GovernorOptions {
  concurrency?: number;
  now: Clock;
  sleep: Sleep;
  /** Requests kept back in each window (default 1 % of its limit, 1 to 20). */
  reserve?: (limit: number | null) => number;
  /** Background work waits out holds shorter than this and yields to longer ones (default 15 s). */
  backgroundPatienceMs?: number;
  /** Told once how the platform's reset headers read (and again if that changes). */
  onResetForm?: (report: ResetReport) => void;
}

/** A background request met a hold longer than it waits: it did not start; the caller keeps what it has. */
export class BudgetHeld extends Error {
  readonly hold: BudgetHold;
  constructor(hold: BudgetHold) {
    super('the rate budget holds every request until its reset');
    this.name = 'BudgetHeld';
    this.hold = hold;
  }
}

export class BudgetCancelled extends Error {
  constructor(reason: unknown) {
    super('cancelled while waiting for the rate-limit governor', { cause: reason });
    this.name = 'AbortError';
  }
}

interface Waiter {
  priority: () => Priority;
  yields: boolean;
  start: () => void;
  refuse: (hold: BudgetHold) => void;
}

const DEFAULT_LATENCY_MS = 250;

export function createGovernor(options: GovernorOptions): Governor {
  const { now, sleep } = options;
  const patience = options.backgroundPatienceMs ?? 15_000;
  const budget = createBudget(options.reserve ?? defaultReserve);
  const resetReader = createResetReader(options.onResetForm);
  const maxConcurrency = Math.max(1, Math.floor(options.concurrency ?? 6));
  let pausedUntil: number | null = null;
  // after a 429 hold the budget figures are suspect: one request at a time until an answer sent after it
  let probeSince: number | null = null;
  let active = 0;
  let wakeAt: number | null = null;
  let latencyMs: number | null = null;
  let lastHoldKey = '';
  const queue: Waiter[] = [];
  const listeners = new Set<(snapshot: GovernorSnapshot) => void>();

  const currentHold = (t: number): BudgetHold | null => {
    if (pausedUntil !== null && pausedUntil > t) {
      const byBudget = budget.hold(active, t);
      return byBudget && byBudget.until > pausedUntil ? byBudget : { until: pausedUntil, reason: 'retry-after' };
    }
    return budget.hold(active, t);
  };

  const allowed = (t: number): number => {
    const byBudget = budget.allowance(t);
    const probing = probeSince !== null ? 1 : Number.POSITIVE_INFINITY;
    return Math.max(0, Math.min(maxConcurrency, byBudget ?? Number.POSITIVE_INFINITY, probing));
  };

  function snapshot(): GovernorSnapshot {
    const t = now();
    const hold = currentHold(t);
    return {
      hour: budget.window('hour'),
      day: budget.window('day'),
      concurrency: Math.max(1, allowed(t)),
      maxConcurrency,
      active,
      queued: queue.length,
      pausedUntil: hold?.until ?? null,
      hold,
    };
  }

  function emit(): void {
    if (listeners.size === 0) return;
    const snap = snapshot();
    lastHoldKey = snap.hold ? `${snap.hold.reason}@${snap.hold.until}` : '';
    for (const listener of listeners) {
      try {
        listener(snap);
      } catch {
        // a broken listener must not break the request pipeline
      }
    }
  }

  /** Tells the listeners when the hold has changed; says whether it did. */
  function emitIfHoldChanged(t: number): boolean {
    const hold = currentHold(t);
    if ((hold ? `${hold.reason}@${hold.until}` : '') === lastHoldKey) return false;
    emit();
    return true;
  }

  function scheduleWake(at: number): void {
    if (wakeAt !== null && wakeAt <= at) return;
    wakeAt = at;
    void sleep(Math.max(0, at - now())).then(() => {
      if (wakeAt === at) wakeAt = null;
      pump();
    });
  }

  function yieldBackground(hold: BudgetHold, t: number): void {
    if (hold.until - t <= patience) return;
    for (let i = queue.length - 1; i >= 0; i -= 1) {
      const waiter = queue[i];
      if (waiter?.yields) {
        queue.splice(i, 1);
        waiter.refuse(hold);
      }
    }
  }

  function next(): Waiter | undefined {
    const index = queue.findIndex((w) => w.priority() === 'interactive');
    return index >= 0 ? queue.splice(index, 1)[0] : queue.shift();
  }

  /** Starts what may start (or refuses background work a long hold turns away); says whether listeners were told. */
  function pump(): boolean {
    const t = now();
    if (pausedUntil !== null && pausedUntil <= t) {
      pausedUntil = null;
      probeSince = t;
    }
    const hold = currentHold(t);
    if (hold !== null) {
      yieldBackground(hold, t);
      if (queue.length > 0) scheduleWake(hold.until);
    } else {
      // without a hold at least one request is allowed (a stale window lets one probe out), so a queue never waits
      // here with nothing in flight: the answer of a running request calls pump again
      while (queue.length > 0 && active < allowed(t)) next()?.start();
    }
    return emitIfHoldChanged(t);
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
          priority: runOptions.priorityNow ?? (() => runOptions.priority ?? 'interactive'),
          yields: runOptions.yieldToHold ?? runOptions.priority === 'background',
          refuse: (hold) => {
            signal?.removeEventListener('abort', onAbort);
            reject(new BudgetHeld(hold));
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

    observe(headers, observedLatencyMs, sentAt) {
      const t = now();
      const parsed = parseRateLimitHeaders(headers, t, resetReader);
      const sent = sentAt ?? t - (observedLatencyMs ?? 0);
      budget.observe('hour', parsed.hour, sent, t);
      budget.observe('day', parsed.day, sent, t);
      if (probeSince !== null && sent >= probeSince) probeSince = null;
      if (observedLatencyMs !== undefined && Number.isFinite(observedLatencyMs)) {
        latencyMs = latencyMs === null ? observedLatencyMs : latencyMs * 0.8 + observedLatencyMs * 0.2;
      }
      // told after pump, so the notice has the queue a hold leaves, and once
      const told = pump();
      if (!told && (parsed.hour !== null || parsed.day !== null)) emit();
    },

    pause(ms) {
      const until = now() + Math.max(0, ms);
      // a 429 never shortens a hold; pump tells of the hold once the queue has given way to it
      pausedUntil = Math.max(until, pausedUntil ?? until);
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
      const t = now();
      return estimateBudget({
        requests,
        now: t,
        hour: budget.window('hour'),
        day: budget.window('day'),
        reserve: (name) => budget.reserve(name),
        slots: Math.max(1, Math.min(maxConcurrency, budget.allowance(t) ?? maxConcurrency)),
        latencyMs: latencyMs ?? DEFAULT_LATENCY_MS,
        hold: currentHold(t),
      });
    },

    budgetLeft: () => budget.left(active, now()),
    nextHold: () => currentHold(now()) ?? budget.nextHold(active, now()),
  };
}
