import type { BudgetSnapshot } from '../../../src-preload/contract/index.ts';

/** Why and until when the platform's rate budget holds every request. */
export interface BudgetHold {
  until: number;
  reason: 'hour' | 'day' | 'retry-after';
}

type Window = BudgetSnapshot['hour'];

const spentUntil = (window: Window, now: number): number | null =>
  window.remaining !== null && window.remaining <= 0 && window.resetAt !== null && window.resetAt > now
    ? window.resetAt
    : null;

/**
 * The one place the console reads a rate-limit hold from the budget snapshot: a 429's Retry-After (`pausedUntil`)
 * or a window with nothing left until its reset. When the governor reports its hold itself (`hold` in the
 * snapshot), this becomes `budget?.hold ?? null`.
 */
export function budgetHold(budget: BudgetSnapshot | null, now: number): BudgetHold | null {
  if (!budget) return null;
  const day = spentUntil(budget.day, now);
  const hour = spentUntil(budget.hour, now);
  if (budget.pausedUntil !== null && budget.pausedUntil > now)
    return { until: budget.pausedUntil, reason: day !== null ? 'day' : hour !== null ? 'hour' : 'retry-after' };
  if (day !== null && (hour === null || day >= hour)) return { until: day, reason: 'day' };
  if (hour !== null) return { until: hour, reason: 'hour' };
  return null;
}
