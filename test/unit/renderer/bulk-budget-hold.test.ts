import { describe, expect, it } from 'vitest';
import type { BudgetSnapshot } from '../../../src-preload/contract/profiles.ts';
import { budgetHold } from '../../../src-renderer/src/bulk/budget-hold.ts';
import { clockTime, timeToGo } from '../../../src-renderer/src/bulk/clock.ts';

// 2026-11-27 09:08 UTC = 10:08 in Amsterdam (CET)
const NOW = Date.UTC(2026, 10, 27, 9, 8, 0);
const MIN = 60_000;

const snapshot = (patch: Partial<BudgetSnapshot> = {}): BudgetSnapshot => ({
  profileId: 'p',
  hour: { limit: 3600, remaining: 1200, resetAt: NOW + 30 * MIN },
  day: { limit: 50_000, remaining: 40_000, resetAt: NOW + 600 * MIN },
  concurrency: 6,
  pausedUntil: null,
  ...patch,
});

describe('budgetHold: a spent budget read as a pause with its end', () => {
  it('is null with budget left, and without a snapshot', () => {
    expect(budgetHold(snapshot(), NOW)).toBeNull();
    expect(budgetHold(null, NOW)).toBeNull();
  });

  it('an hourly window with nothing left holds until its reset', () => {
    const budget = snapshot({ hour: { limit: 15, remaining: 0, resetAt: NOW + 59 * MIN } });
    expect(budgetHold(budget, NOW)).toEqual({ until: NOW + 59 * MIN, reason: 'hour' });
    // once the reset has passed, the stale snapshot holds nothing
    expect(budgetHold(budget, NOW + 60 * MIN)).toBeNull();
  });

  it('the daily window wins when it runs out too (it renews later)', () => {
    const budget = snapshot({
      hour: { limit: 15, remaining: 0, resetAt: NOW + 59 * MIN },
      day: { limit: 100, remaining: 0, resetAt: NOW + 300 * MIN },
    });
    expect(budgetHold(budget, NOW)).toEqual({ until: NOW + 300 * MIN, reason: 'day' });
  });

  it("a 429's Retry-After is the end of the hold, named after the window that is spent, if any", () => {
    expect(budgetHold(snapshot({ pausedUntil: NOW + 5_000 }), NOW)).toEqual({
      until: NOW + 5_000,
      reason: 'retry-after',
    });
    const spent = snapshot({ pausedUntil: NOW + 59 * MIN, hour: { limit: 15, remaining: 0, resetAt: NOW + 59 * MIN } });
    expect(budgetHold(spent, NOW)).toEqual({ until: NOW + 59 * MIN, reason: 'hour' });
  });
});

describe('clock times for the pause', () => {
  it('are Amsterdam time in the user’s locale, with the weekday only on another day', () => {
    expect(clockTime(NOW + 59 * MIN, NOW, 'nl-NL')).toBe('11:07');
    expect(clockTime(NOW + 59 * MIN, NOW, 'en-GB')).toBe('11:07');
    expect(clockTime(NOW + 24 * 60 * MIN, NOW, 'en-GB')).toBe('Sat 10:08');
  });

  it('count whole minutes up, and hours beyond two', () => {
    expect(timeToGo(NOW + 59 * MIN, NOW)).toEqual({ hours: 0, minutes: 59 });
    expect(timeToGo(NOW + 10_000, NOW)).toEqual({ hours: 0, minutes: 1 });
    expect(timeToGo(NOW + 185 * MIN, NOW)).toEqual({ hours: 3, minutes: 5 });
  });
});
