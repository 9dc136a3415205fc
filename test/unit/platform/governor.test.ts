import { describe, expect, it } from 'vitest';
import {
  concurrencyFor,
  createGovernor,
  HoldTooLong,
  type GovernorSnapshot,
} from '../../../src-main/platform/governor.ts';
import { systemSleep } from '../../../src-main/platform/timers.ts';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const headers = (remaining: number, limit = 1000): Headers =>
  new Headers({
    'X-RateLimit-1H-Limit': String(limit),
    'X-RateLimit-1H-Remaining': String(remaining),
    'X-RateLimit-1H-Reset': '600',
    'X-RateLimit-24H-Limit': '20000',
    'X-RateLimit-24H-Remaining': '19000',
    'X-RateLimit-24H-Reset': '3600',
  });

describe('concurrencyFor', () => {
  it('keeps full speed with budget, halves under 15 %, one at a time under 5 % or when exhausted', () => {
    expect(concurrencyFor(6, [{ limit: 1000, remaining: 500, resetAt: null }])).toBe(6);
    expect(concurrencyFor(6, [{ limit: 1000, remaining: 100, resetAt: null }])).toBe(3);
    expect(concurrencyFor(6, [{ limit: 1000, remaining: 49, resetAt: null }])).toBe(1);
    expect(concurrencyFor(6, [{ limit: null, remaining: 0, resetAt: null }])).toBe(1);
    expect(concurrencyFor(6, [{ limit: null, remaining: null, resetAt: null }])).toBe(6);
  });
});

describe('governor', () => {
  it('never runs more tasks at once than allowed', async () => {
    const governor = createGovernor({ concurrency: 3, now: Date.now, sleep: systemSleep });
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        governor.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await systemSleep(5);
          running -= 1;
        }),
      ),
    );
    expect(peak).toBe(3);
  });

  it('backs off to one at a time when the hourly budget nearly runs out', async () => {
    const governor = createGovernor({ concurrency: 6, now: Date.now, sleep: systemSleep });
    governor.observe(headers(20));
    expect(governor.snapshot().concurrency).toBe(1);
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 5 }, () =>
        governor.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await systemSleep(2);
          running -= 1;
        }),
      ),
    );
    expect(peak).toBe(1);
  });

  it('holds queued tasks for the whole pause and reports it', async () => {
    const governor = createGovernor({ concurrency: 2, now: Date.now, sleep: systemSleep });
    const snapshots: GovernorSnapshot[] = [];
    governor.onChange((s) => snapshots.push(s));
    const start = Date.now();
    governor.pause(150);
    expect(governor.snapshot().pausedUntil).toBeGreaterThanOrEqual(start + 150);
    const startedAt = await Promise.all([1, 2, 3].map(() => governor.run(async () => Date.now())));
    for (const at of startedAt) expect(at).toBeGreaterThanOrEqual(start + 150);
    expect(snapshots.some((s) => s.pausedUntil !== null)).toBe(true);
    expect(governor.snapshot().pausedUntil).toBeNull();
  });

  it('a pause that arrives while tasks wait also holds them', async () => {
    const governor = createGovernor({ concurrency: 1, now: Date.now, sleep: systemSleep });
    const gate = deferred();
    const first = governor.run(() => gate.promise);
    const second = governor.run(async () => Date.now());
    governor.pause(100);
    const pausedAt = Date.now();
    gate.resolve();
    await first;
    expect(await second).toBeGreaterThanOrEqual(pausedAt + 100);
  });

  it('drops a queued task when its signal aborts', async () => {
    const governor = createGovernor({ concurrency: 1, now: Date.now, sleep: systemSleep });
    const gate = deferred();
    const first = governor.run(() => gate.promise);
    const controller = new AbortController();
    let ran = false;
    const second = governor.run(
      async () => {
        ran = true;
      },
      { signal: controller.signal },
    );
    controller.abort();
    await expect(second).rejects.toThrow(/cancelled/);
    expect(governor.snapshot().queued).toBe(0);
    gate.resolve();
    await first;
    expect(ran).toBe(false);
  });

  it('refuses waiters that will not wait out a long hold, keeps the patient ones', async () => {
    const governor = createGovernor({ concurrency: 1, now: Date.now, sleep: systemSleep });
    const gate = deferred();
    const busy = governor.run(() => gate.promise);
    const patient = governor.run(async () => Date.now());
    const impatient = governor.run(async () => Date.now(), { maxHoldMs: 50 });
    const pausedAt = Date.now();
    governor.pause(120);
    await expect(impatient).rejects.toBeInstanceOf(HoldTooLong);
    await expect(governor.run(async () => 0, { maxHoldMs: 50 })).rejects.toBeInstanceOf(HoldTooLong);
    gate.resolve();
    await busy;
    expect(await patient).toBeGreaterThanOrEqual(pausedAt + 120);
    expect(governor.snapshot().queued).toBe(0);
  });

  it('keeps the budget in its snapshot and notifies listeners', () => {
    let now = 1_000_000;
    const governor = createGovernor({ now: () => now, sleep: systemSleep });
    const seen: GovernorSnapshot[] = [];
    const off = governor.onChange((s) => seen.push(s));
    governor.observe(headers(900));
    expect(governor.snapshot()).toMatchObject({
      hour: { limit: 1000, remaining: 900, resetAt: now + 600_000 },
      day: { limit: 20_000, remaining: 19_000, resetAt: now + 3_600_000 },
      concurrency: 6,
      maxConcurrency: 6,
      pausedUntil: null,
    });
    expect(seen).toHaveLength(1);
    off();
    now += 1;
    governor.observe(headers(899));
    expect(seen).toHaveLength(1);
  });

  it('estimates duration and whether a job exhausts the hourly budget', () => {
    const now = 0;
    const governor = createGovernor({ concurrency: 5, now: () => now, sleep: systemSleep });
    governor.observe(headers(900), 100);
    const small = governor.estimate(50);
    expect(small).toEqual({
      requests: 50,
      durationMs: 1_000,
      exhaustsHourlyBudget: false,
      exhaustsDailyBudget: false,
      hourRemainingAfter: 850,
    });
    const big = governor.estimate(1_200);
    expect(big.exhaustsHourlyBudget).toBe(true);
    expect(big.hourRemainingAfter).toBe(0);
    expect(big.durationMs).toBeGreaterThanOrEqual(600_000);
  });
});
