import type { RateWindow } from './rate-limit-headers.ts';

export interface BudgetWindow {
  limit: number | null;
  remaining: number | null;
  resetAt: number | null;
}

export type WindowName = 'hour' | 'day';

/** Every request waits until `until` (epoch ms): a window spent down to its reserve, or a 429's Retry-After. */
export interface BudgetHold {
  until: number;
  reason: WindowName | 'retry-after';
}

const SPAN_MS: Record<WindowName, number> = { hour: 3_600_000, day: 86_400_000 };

/** Requests left untouched in each window, for the reseller's other tools: 1 %, at least 1, at most 20. */
export function defaultReserve(limit: number | null): number {
  if (limit === null || limit <= 0) return 1;
  return Math.min(20, Math.max(1, Math.ceil(limit * 0.01)));
}

interface WindowState extends BudgetWindow {
  /** When the answer that gave `remaining` arrived; a request sent after it was counted after it. */
  observedAt: number;
}

export interface Budget {
  /** Takes a window from an answer to a request sent at `sentAt`, received at `now`. */
  observe(name: WindowName, next: RateWindow | null, sentAt: number, now: number): void;
  /** Requests that may be in flight at once by the budget (null: the platform has not said). */
  allowance(now: number): number | null;
  /** The window that lets nothing more be sent, counting the `active` requests it has not seen yet. */
  hold(active: number, now: number): BudgetHold | null;
  /** Requests that can still start before a hold, counting `active` (null: unknown). */
  left(active: number, now: number): number | null;
  /** The hold the budget will come to once those are spent: the reset of the window with the least left. */
  nextHold(active: number, now: number): BudgetHold | null;
  window(name: WindowName): BudgetWindow;
  reserve(name: WindowName): number;
}

export function createBudget(reserveFor: (limit: number | null) => number = defaultReserve): Budget {
  const windows: Record<WindowName, WindowState | null> = { hour: null, day: null };
  const names: WindowName[] = ['hour', 'day'];

  // After its reset a window's figures are stale: one request at a time until an answer brings fresh ones.
  const stale = (w: WindowState, now: number): boolean => w.resetAt !== null && now >= w.resetAt;
  const spare = (name: WindowName, w: WindowState): number => (w.remaining ?? 0) - reserveFor(w.limit);

  return {
    observe(name, next, sentAt, now) {
      if (next === null) return;
      const previous = windows[name];
      const limit = next.limit ?? previous?.limit ?? null;
      if (previous === null || previous.remaining === null || next.remaining === null) {
        windows[name] = {
          limit,
          remaining: next.remaining ?? previous?.remaining ?? null,
          resetAt: next.resetAt ?? previous?.resetAt ?? null,
          observedAt: now,
        };
        return;
      }
      // Answers overtake each other; a higher count is only news if the server saw this request after the last one.
      const fresher = next.remaining <= previous.remaining || sentAt >= previous.observedAt;
      windows[name] = fresher
        ? { limit, remaining: next.remaining, resetAt: next.resetAt ?? previous.resetAt, observedAt: now }
        : { ...previous, limit };
    },

    allowance(now) {
      let allowed: number | null = null;
      for (const name of names) {
        const w = windows[name];
        if (!w || w.remaining === null) continue;
        const mine = stale(w, now) ? 1 : Math.max(0, spare(name, w));
        allowed = allowed === null ? mine : Math.min(allowed, mine);
      }
      return allowed;
    },

    hold(active, now) {
      let hold: BudgetHold | null = null;
      for (const name of names) {
        const w = windows[name];
        if (!w || w.remaining === null || stale(w, now)) continue;
        if (spare(name, w) - active > 0) continue;
        const until = w.resetAt ?? w.observedAt + SPAN_MS[name];
        if (hold === null || until > hold.until) hold = { until, reason: name };
      }
      return hold;
    },

    left(active, now) {
      let left: number | null = null;
      for (const name of names) {
        const w = windows[name];
        if (!w || w.remaining === null || stale(w, now)) continue;
        const mine = Math.max(0, spare(name, w) - active);
        left = left === null ? mine : Math.min(left, mine);
      }
      return left;
    },

    nextHold(active, now) {
      let next: { left: number; hold: BudgetHold } | null = null;
      for (const name of names) {
        const w = windows[name];
        if (!w || w.remaining === null || stale(w, now)) continue;
        const left = spare(name, w) - active;
        const until = w.resetAt ?? w.observedAt + SPAN_MS[name];
        if (next === null || left < next.left || (left === next.left && until > next.hold.until))
          next = { left, hold: { until, reason: name } };
      }
      return next?.hold ?? null;
    },

    window(name) {
      const w = windows[name];
      return w
        ? { limit: w.limit, remaining: w.remaining, resetAt: w.resetAt }
        : { limit: null, remaining: null, resetAt: null };
    },

    reserve(name) {
      return reserveFor(windows[name]?.limit ?? null);
    },
  };
}
