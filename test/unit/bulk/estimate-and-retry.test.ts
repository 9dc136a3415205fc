import { english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import { estimateJob } from '../../../src-main/bulk/estimate.ts';
import { createRetryBudget, failureKind, retryDelay } from '../../../src-main/bulk/retry-policy.ts';
import { createGovernor, PlatformError } from '../../../src-main/platform/index.ts';

const NOW = Date.UTC(2026, 10, 27, 9, 8, 0);

describe('the estimate before Apply', () => {
  it('says when the hourly budget runs out, when it renews, and finishes after the renewal', () => {
    const governor = createGovernor({ now: () => NOW, sleep: async () => undefined, concurrency: 6 });
    governor.observe(
      new Headers({ 'X-RateLimit-1H-Limit': '100', 'X-RateLimit-1H-Remaining': '12', 'X-RateLimit-1H-Reset': '3540' }),
      60,
    );
    const estimate = estimateJob(governor, 50, NOW);
    expect(estimate.exhaustsHourlyBudget).toBe(true);
    // 12 left of 100, 1 kept in reserve (1 %, at least 1): 11 go before the hold, 6 at a time, in 2 rounds of
    // 60 ms; then the job waits for the reset (the budget is a hard limit)
    expect(estimate.budget).toEqual({ window: 'hour', runsOutAt: NOW + 2 * 60, resetsAt: NOW + 3_540_000 });
    expect(estimate.finishesAt).toBeGreaterThan(NOW + 3_540_000);
    expect(english(estimate.warning)).toContain('12 are left');
  });

  it('a budget already down to its reserve runs out at once, not after a wait', () => {
    const governor = createGovernor({ now: () => NOW, sleep: async () => undefined, concurrency: 6 });
    governor.observe(
      new Headers({ 'X-RateLimit-1H-Limit': '100', 'X-RateLimit-1H-Remaining': '1', 'X-RateLimit-1H-Reset': '3540' }),
      60,
    );
    const estimate = estimateJob(governor, 50, NOW);
    expect(estimate.budget).toEqual({ window: 'hour', runsOutAt: NOW, resetsAt: NOW + 3_540_000 });
  });

  it('has no budget part when the budget suffices', () => {
    const governor = createGovernor({ now: () => NOW, sleep: async () => undefined });
    governor.observe(new Headers({ 'X-RateLimit-1H-Limit': '3600', 'X-RateLimit-1H-Remaining': '3000' }), 30);
    expect(estimateJob(governor, 50, NOW)).toMatchObject({ budget: null, warning: null });
  });
});

describe('which failures a job sends again', () => {
  const error = (kind: PlatformError['kind'], status?: number): PlatformError =>
    new PlatformError({ kind, method: 'PATCH', path: '/phonenumbers/1', ...(status ? { status } : {}) });

  it.each([
    [error('http', 500), 'transient'],
    [error('http', 502), 'transient'],
    [error('http', 503), 'transient'],
    [error('http', 504), 'transient'],
    [error('network'), 'transient'],
    [error('timeout'), 'transient'],
    [error('unknown-outcome', 502), 'transient'],
    [error('unavailable', 503), 'transient'],
    [error('rate-limited', 429), 'rate-limited'],
    [error('http', 404), 'final'],
    [error('http', 422), 'final'],
    [error('signed-out', 401), 'final'],
    [new Error('Another profile was connected'), 'final'],
  ] as [unknown, string][])('%s → %s', (failure, kind) => {
    expect(failureKind(failure)).toBe(kind);
  });

  it("the wait before an operation is sent again follows the job's policy: doubling per attempt up to its cap, half of it random", () => {
    const policy = { maxAttempts: 6, baseMs: 400, maxMs: 1_000 };
    expect([1, 2, 3, 4].map((attempts) => retryDelay(policy, attempts, () => 1))).toEqual([400, 800, 1_000, 1_000]);
    expect([1, 2, 3].map((attempts) => retryDelay(policy, attempts, () => 0))).toEqual([200, 400, 500]);
  });

  it('the retry budget stops retries after a bounded number when nothing succeeds, and refills with successes', () => {
    const budget = createRetryBudget(50, 5);
    let retries = 0;
    while (budget.take()) retries += 1;
    expect(retries).toBe(10);
    for (let i = 0; i < 5; i += 1) budget.succeeded();
    expect(budget.take()).toBe(true);
    expect(budget.take()).toBe(false);
  });
});
