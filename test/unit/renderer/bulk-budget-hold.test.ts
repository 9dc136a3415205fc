import { describe, expect, it } from 'vitest';
import type { BudgetSnapshot } from '../../../src-preload/contract/profiles.ts';
import { budgetHold } from '../../../src-renderer/src/bulk/budget-hold.ts';
import { clockTime } from '../../../src-renderer/src/bulk/clock.ts';

// 2026-11-27 09:08 UTC = 10:08 in Amsterdam (CET)
const NOW = Date.UTC(2026, 10, 27, 9, 8, 0);
const MIN = 60_000;

const snapshot = (patch: Partial<BudgetSnapshot> = {}): BudgetSnapshot => ({
  profileId: 'p',
  hour: { limit: 3600, remaining: 1200, resetAt: NOW + 30 * MIN },
  day: { limit: 50_000, remaining: 40_000, resetAt: NOW + 600 * MIN },
  concurrency: 6,
  active: 0,
  queued: 0,
  pausedUntil: null,
  hold: null,
  ...patch,
});

describe("budgetHold: the governor's hold, read as a pause with its end", () => {
  it('is null without a hold, and without a snapshot', () => {
    expect(budgetHold(snapshot(), NOW)).toBeNull();
    expect(budgetHold(null, NOW)).toBeNull();
  });

  it('is the hold while it lies ahead, whatever its reason', () => {
    for (const reason of ['hour', 'day', 'retry-after'] as const) {
      const hold = { until: NOW + 59 * MIN, reason };
      expect(budgetHold(snapshot({ hold, pausedUntil: hold.until }), NOW)).toEqual(hold);
    }
  });

  it('a snapshot older than its hold holds nothing', () => {
    const hold = { until: NOW + 59 * MIN, reason: 'hour' as const };
    expect(budgetHold(snapshot({ hold }), NOW + 60 * MIN)).toBeNull();
  });
});

describe('clock times for the pause', () => {
  it('are Amsterdam time in the user’s locale, with the weekday only on another day', () => {
    expect(clockTime(NOW + 59 * MIN, NOW, 'nl-NL')).toBe('11:07');
    expect(clockTime(NOW + 59 * MIN, NOW, 'en-GB')).toBe('11:07');
    expect(clockTime(NOW + 24 * 60 * MIN, NOW, 'en-GB')).toBe('Sat 10:08');
  });
});
