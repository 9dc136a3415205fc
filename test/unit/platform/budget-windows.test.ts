import { describe, expect, it } from 'vitest';
import { createBudget } from '../../../src-main/platform/budget-windows.ts';

const HOUR = 3_600_000;

describe('createBudget', () => {
  it('names as the next hold the window with the least left, and on a tie the one that resets later', () => {
    const budget = createBudget(() => 0);
    budget.observe('hour', { limit: 100, remaining: 10, resetAt: 1_000 }, 0, 0);
    budget.observe('day', { limit: 1000, remaining: 30, resetAt: 5_000 }, 0, 0);
    expect(budget.nextHold(2, 0)).toEqual({ until: 1_000, reason: 'hour' });
    budget.observe('day', { limit: 1000, remaining: 10, resetAt: 5_000 }, 1, 1);
    expect(budget.nextHold(2, 1)).toEqual({ until: 5_000, reason: 'day' });
    expect(budget.nextHold(2, 5_000)).toBeNull();
  });

  it('expects a window with no known reset to reset one span after the answer that reported it', () => {
    const budget = createBudget(() => 0);
    budget.observe('hour', { limit: 100, remaining: 3, resetAt: null }, 0, 200);
    expect(budget.nextHold(0, 300)).toEqual({ until: 200 + HOUR, reason: 'hour' });
    expect(budget.hold(3, 300)).toEqual({ until: 200 + HOUR, reason: 'hour' });
    expect(budget.hold(2, 300)).toBeNull();
  });

  it('holds until the later reset when both windows are spent', () => {
    const budget = createBudget(() => 0);
    budget.observe('hour', { limit: 100, remaining: 5, resetAt: 1_000 }, 0, 0);
    budget.observe('day', { limit: 1000, remaining: 5, resetAt: 5_000 }, 0, 0);
    expect(budget.hold(5, 0)).toEqual({ until: 5_000, reason: 'day' });
    expect(budget.left(2, 0)).toBe(3);
    expect(budget.left(9, 0)).toBe(0);
  });

  it('prefers the window with the least left even when the other resets later, and the hour on an equal spent reset', () => {
    const budget = createBudget(() => 0);
    budget.observe('hour', { limit: 100, remaining: 30, resetAt: 9_000 }, 0, 0);
    budget.observe('day', { limit: 1000, remaining: 10, resetAt: 5_000 }, 0, 0);
    expect(budget.nextHold(0, 0)).toEqual({ until: 5_000, reason: 'day' });
    expect(budget.hold(30, 0)).toEqual({ until: 9_000, reason: 'hour' });
    budget.observe('day', { limit: 1000, remaining: 10, resetAt: 9_000 }, 1, 1);
    expect(budget.hold(30, 1)).toEqual({ until: 9_000, reason: 'hour' });
  });

  it('keeps the hour as the next hold on a tie in what is left unless the day resets later', () => {
    const budget = createBudget(() => 0);
    budget.observe('hour', { limit: 100, remaining: 10, resetAt: 9_000 }, 0, 0);
    budget.observe('day', { limit: 1000, remaining: 10, resetAt: 5_000 }, 0, 0);
    expect(budget.nextHold(0, 0)).toEqual({ until: 9_000, reason: 'hour' });
    budget.observe('day', { limit: 1000, remaining: 10, resetAt: 9_000 }, 1, 1);
    expect(budget.nextHold(0, 1)).toEqual({ until: 9_000, reason: 'hour' });
  });

  it('a window with a limit but no count left is not a budget: no allowance, hold or figure from it', () => {
    const budget = createBudget(() => 1);
    budget.observe('hour', { limit: 100, remaining: null, resetAt: 9_000 }, 0, 0);
    expect(budget.allowance(0)).toBeNull();
    expect(budget.hold(3, 0)).toBeNull();
    expect(budget.left(3, 0)).toBeNull();
    expect(budget.nextHold(3, 0)).toBeNull();
  });

  it('an answer sent the moment the last count arrived is counted after it: a higher count then is news', () => {
    const budget = createBudget(() => 0);
    budget.observe('hour', { limit: 100, remaining: 10, resetAt: 9_000 }, 0, 500);
    budget.observe('hour', { limit: 100, remaining: 80, resetAt: 9_000 }, 500, 600);
    expect(budget.window('hour').remaining).toBe(80);
    // sent before the last count arrived: an older count, kept out
    budget.observe('hour', { limit: 100, remaining: 90, resetAt: 9_000 }, 599, 700);
    expect(budget.window('hour').remaining).toBe(80);
  });

  it('an older answer with the same count still brings its reset', () => {
    const budget = createBudget(() => 0);
    budget.observe('hour', { limit: 100, remaining: 10, resetAt: 9_000 }, 0, 500);
    budget.observe('hour', { limit: 100, remaining: 10, resetAt: 8_000 }, 100, 600);
    expect(budget.window('hour')).toEqual({ limit: 100, remaining: 10, resetAt: 8_000 });
  });
});
