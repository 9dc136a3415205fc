import type { BudgetHold, BudgetSnapshot } from '../../../src-preload/contract/index.ts';

export type { BudgetHold };

/**
 * The one place the bulk panel reads a rate-limit hold: the governor's own (a spent hourly or daily budget, or a
 * 429's Retry-After), as long as it still lies ahead; a snapshot older than its hold holds nothing.
 */
export function budgetHold(budget: BudgetSnapshot | null, now: number): BudgetHold | null {
  const hold = budget?.hold ?? null;
  return hold !== null && hold.until > now ? hold : null;
}
