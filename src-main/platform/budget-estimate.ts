import type { BudgetHold, BudgetWindow, WindowName } from './budget-windows.ts';

export interface BudgetEstimate {
  requests: number;
  /** Expected wall time, including waiting for a spent window to reset. */
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

export interface EstimateInput {
  requests: number;
  now: number;
  hour: BudgetWindow;
  day: BudgetWindow;
  reserve: (name: WindowName) => number;
  /** Requests in flight at once. */
  slots: number;
  latencyMs: number;
  /** A hold already in force (its wait comes first). */
  hold: BudgetHold | null;
}

const SPAN_MS: Record<WindowName, number> = { hour: 3_600_000, day: 86_400_000 };

/** Wall time of `requests` at the budget's pace: full speed while it lasts, then a wait per spent window. */
export function estimateBudget(input: EstimateInput): BudgetEstimate {
  const count = Math.max(0, Math.ceil(input.requests));
  const { now, slots, latencyMs } = input;
  const usable = (name: WindowName): number | null => {
    const w = name === 'hour' ? input.hour : input.day;
    return w.remaining === null ? null : Math.max(0, w.remaining - input.reserve(name));
  };
  const wait = input.hold !== null ? Math.max(0, input.hold.until - now) : 0;
  let durationMs = wait + Math.ceil(count / Math.max(1, slots)) * latencyMs;
  const hourUsable = usable('hour');
  const dayUsable = usable('day');
  const exhaustsHourlyBudget = hourUsable !== null && count > hourUsable;
  const exhaustsDailyBudget = dayUsable !== null && count > dayUsable;

  let hold: BudgetHold | null = null;
  let requestsBeforeHold: number | null = null;
  for (const name of ['hour', 'day'] as const) {
    const before = name === 'hour' ? hourUsable : dayUsable;
    if (before === null || count <= before) continue;
    const w = name === 'hour' ? input.hour : input.day;
    const until = Math.max(now, w.resetAt ?? now + SPAN_MS[name]) + wait;
    // the window that holds first is the one that runs out first
    if (requestsBeforeHold === null || before < requestsBeforeHold) {
      requestsBeforeHold = before;
      hold = { until, reason: name };
    }
    const perWindow = Math.max(1, (w.limit ?? before) - input.reserve(name));
    const overflow = count - before;
    const extraWindows = Math.floor((overflow - 1) / perWindow);
    const tail = Math.ceil(Math.min(overflow, perWindow) / Math.max(1, slots)) * latencyMs;
    durationMs = Math.max(durationMs, until - now + extraWindows * SPAN_MS[name] + tail);
  }
  return {
    requests: count,
    durationMs,
    exhaustsHourlyBudget,
    exhaustsDailyBudget,
    hourRemainingAfter: input.hour.remaining === null ? null : Math.max(0, input.hour.remaining - count),
    requestsBeforeHold,
    hold,
  };
}
