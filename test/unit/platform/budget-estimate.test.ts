import { describe, expect, it } from 'vitest';
import { estimateBudget } from '../../../src-main/platform/budget-estimate.ts';

const HOUR = 3_600_000;

describe('estimateBudget', () => {
  it('waits out a hold, then the hour reset, then one full hour per extra window, then the tail at the slots pace', () => {
    const now = 1_000_000;
    const estimate = estimateBudget({
      requests: 205,
      now,
      hour: { limit: 100, remaining: 20, resetAt: now + 600_000 },
      day: { limit: null, remaining: null, resetAt: null },
      reserve: (name) => (name === 'hour' ? 5 : 0),
      slots: 2,
      latencyMs: 100,
      hold: { until: now + 50_000, reason: 'retry-after' },
    });
    // 15 usable now; 190 overflow at 95 per hour: the reset, then exactly one more hour, then 95 requests at 2 slots (48 x 100 ms)
    expect(estimate).toEqual({
      requests: 205,
      durationMs: 50_000 + 600_000 + HOUR + 4_800,
      exhaustsHourlyBudget: true,
      exhaustsDailyBudget: false,
      hourRemainingAfter: 0,
      requestsBeforeHold: 15,
      hold: { until: now + 650_000, reason: 'hour' },
    });
  });

  it('does not hold a job that uses exactly the usable budget of both windows', () => {
    const now = 5_000;
    const estimate = estimateBudget({
      requests: 15,
      now,
      hour: { limit: 100, remaining: 20, resetAt: now + 600_000 },
      day: { limit: 1000, remaining: 25, resetAt: now + HOUR },
      reserve: (name) => (name === 'hour' ? 5 : 10),
      slots: 4,
      latencyMs: 10,
      hold: null,
    });
    expect(estimate).toMatchObject({
      exhaustsHourlyBudget: false,
      exhaustsDailyBudget: false,
      requestsBeforeHold: null,
      hold: null,
      durationMs: 40,
      hourRemainingAfter: 5,
    });
  });

  it('holds on the day window when it runs out before the hour window', () => {
    const now = 0;
    const estimate = estimateBudget({
      requests: 50,
      now,
      hour: { limit: 100, remaining: 40, resetAt: 1_000 },
      day: { limit: 1000, remaining: 20, resetAt: 9_000 },
      reserve: () => 0,
      slots: 1,
      latencyMs: 1,
      hold: null,
    });
    expect(estimate.requestsBeforeHold).toBe(20);
    expect(estimate.hold).toEqual({ until: 9_000, reason: 'day' });
    expect(estimate.exhaustsDailyBudget).toBe(true);
  });

  it('holds on the window that runs out first, the hour on a tie', () => {
    const input = (hourRemaining: number) => ({
      requests: 50,
      now: 0,
      hour: { limit: 100, remaining: hourRemaining, resetAt: 1_000 },
      day: { limit: 1000, remaining: 20, resetAt: 9_000 },
      reserve: () => 0,
      slots: 1,
      latencyMs: 1,
      hold: null,
    });
    expect(estimateBudget(input(10)).hold).toEqual({ until: 1_000, reason: 'hour' });
    expect(estimateBudget(input(20)).hold).toEqual({ until: 1_000, reason: 'hour' });
  });

  it('expects a spent window with no known reset to reset one full span from now', () => {
    const estimate = estimateBudget({
      requests: 3,
      now: 7_000,
      hour: { limit: 100, remaining: 1, resetAt: null },
      day: { limit: null, remaining: null, resetAt: null },
      reserve: () => 0,
      slots: 1,
      latencyMs: 1,
      hold: null,
    });
    expect(estimate.hold).toEqual({ until: 7_000 + HOUR, reason: 'hour' });
    expect(estimate.durationMs).toBe(HOUR + 2);
  });
});
