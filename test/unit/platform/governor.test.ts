import { describe, expect, it } from 'vitest';
import { BudgetHeld, createGovernor, type GovernorSnapshot } from '../../../src-main/platform/governor.ts';
import { systemSleep } from '../../../src-main/platform/timers.ts';
import { serializeError } from '../../../src-main/ipc/app-error.ts';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const headers = (remaining: number, limit = 1000, reset = '600', day = { remaining: 19_000, reset: '3600' }): Headers =>
  new Headers({
    'X-RateLimit-1H-Limit': String(limit),
    'X-RateLimit-1H-Remaining': String(remaining),
    'X-RateLimit-1H-Reset': reset,
    'X-RateLimit-24H-Limit': '20000',
    'X-RateLimit-24H-Remaining': String(day.remaining),
    'X-RateLimit-24H-Reset': day.reset,
  });

const one = (): number => 1;

/** A platform with a fixed budget per window: each task spends one and reports what is left. */
function budgetPlatform(governor: ReturnType<typeof createGovernor>, hour: number, left: number, resetSeconds: string) {
  let remaining = left;
  let peak = 0;
  let running = 0;
  const started: number[] = [];
  const task = async (): Promise<number> => {
    running += 1;
    peak = Math.max(peak, running);
    started.push(Date.now());
    const sentAt = Date.now();
    await systemSleep(5);
    remaining = Math.max(0, remaining - 1);
    running -= 1;
    governor.observe(headers(remaining, hour, resetSeconds), 5, sentAt);
    return remaining;
  };
  return {
    task,
    started,
    peak: () => peak,
    refill: () => {
      remaining = hour;
    },
  };
}

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

  it('never has more in flight than the remaining budget minus the reserve, then holds until the reset', async () => {
    const governor = createGovernor({ concurrency: 6, now: Date.now, sleep: systemSleep, reserve: one });
    governor.observe(headers(5, 10, '0.3'));
    expect(governor.snapshot().concurrency).toBe(4);
    const platform = budgetPlatform(governor, 10, 5, '0.3');
    const snapshots: GovernorSnapshot[] = [];
    governor.onChange((s) => snapshots.push(s));
    const startedAt = Date.now();
    const runs = Array.from({ length: 6 }, () => governor.run(platform.task));
    await systemSleep(60);
    // 10 - 5 used = 5 left, 1 kept back: 4 may go, then nothing until the window resets
    expect(platform.started).toHaveLength(4);
    expect(platform.peak()).toBeLessThanOrEqual(4);
    const held = governor.snapshot().hold;
    expect(held?.reason).toBe('hour');
    expect(held?.until).toBeGreaterThan(startedAt);
    platform.refill();
    await Promise.all(runs);
    expect(platform.started).toHaveLength(6);
    expect(platform.started[4]).toBeGreaterThanOrEqual(held!.until);
    expect(snapshots.some((s) => s.hold?.reason === 'hour' && s.pausedUntil === s.hold.until)).toBe(true);
  });

  it('holds for the daily window when it runs out before the hourly one', async () => {
    const governor = createGovernor({ concurrency: 6, now: Date.now, sleep: systemSleep, reserve: one });
    governor.observe(headers(500, 1000, '600', { remaining: 1, reset: '7200' }));
    const hold = governor.snapshot().hold;
    expect(hold?.reason).toBe('day');
    expect(hold!.until).toBeGreaterThan(Date.now() + 7_000_000);
    expect(governor.budgetLeft()).toBe(0);
    expect(governor.estimate(10)).toMatchObject({ exhaustsDailyBudget: true, requestsBeforeHold: 0 });
  });

  it('a later answer that was overtaken does not raise the remaining budget', () => {
    let now = 1_000;
    const governor = createGovernor({ now: () => now, sleep: systemSleep, reserve: one });
    governor.observe(headers(10), 5, 990);
    now = 1_010;
    // sent before the answer above arrived, counted earlier by the platform: stale
    governor.observe(headers(12), 5, 995);
    expect(governor.snapshot().hour.remaining).toBe(10);
    // sent after it: the platform's newer count (a sliding window freed slots)
    now = 1_020;
    governor.observe(headers(14), 5, 1_015);
    expect(governor.snapshot().hour.remaining).toBe(14);
  });

  it('runs interactive work before queued background work', async () => {
    const governor = createGovernor({ concurrency: 1, now: Date.now, sleep: systemSleep });
    const gate = deferred();
    const order: string[] = [];
    const busy = governor.run(() => gate.promise);
    const jobs = [
      governor.run(async () => order.push('background 1'), { priority: 'background' }),
      governor.run(async () => order.push('background 2'), { priority: 'background' }),
      governor.run(async () => order.push('interactive'), { priority: 'interactive' }),
    ];
    gate.resolve();
    await Promise.all([busy, ...jobs]);
    expect(order).toEqual(['interactive', 'background 1', 'background 2']);
  });

  it('reads the priority of a queued request when it picks the next: background pages whose grid was opened go first', async () => {
    const governor = createGovernor({ concurrency: 1, now: Date.now, sleep: systemSleep });
    const gate = deferred();
    const order: string[] = [];
    let opened: 'background' | 'interactive' = 'background';
    const busy = governor.run(() => gate.promise);
    const jobs = [
      governor.run(async () => order.push('other 1'), { priority: 'background' }),
      governor.run(async () => order.push('opened 1'), { priority: 'background', priorityNow: () => opened }),
      governor.run(async () => order.push('other 2'), { priority: 'background' }),
      governor.run(async () => order.push('opened 2'), { priority: 'background', priorityNow: () => opened }),
    ];
    // the operator opens the grid of the second listing while all four wait
    opened = 'interactive';
    gate.resolve();
    await Promise.all([busy, ...jobs]);
    expect(order).toEqual(['opened 1', 'opened 2', 'other 1', 'other 2']);
  });

  it('background work yields to a long hold; interactive work waits for it and can be cancelled', async () => {
    const governor = createGovernor({ now: Date.now, sleep: systemSleep, backgroundPatienceMs: 1_000 });
    governor.pause(60_000);
    const background = governor.run(async () => 'ran', { priority: 'background' });
    await expect(background).rejects.toBeInstanceOf(BudgetHeld);
    await background.catch((error: unknown) => {
      expect((error as BudgetHeld).hold).toMatchObject({ reason: 'retry-after' });
    });
    const controller = new AbortController();
    const interactive = governor.run(async () => 'ran', { signal: controller.signal });
    await systemSleep(20);
    expect(governor.snapshot().queued).toBe(1);
    controller.abort();
    await expect(interactive).rejects.toThrow(/cancelled/);
    // a short hold is waited out by background work too
    const short = createGovernor({ now: Date.now, sleep: systemSleep, backgroundPatienceMs: 1_000 });
    short.pause(50);
    expect(await short.run(async () => 'ran', { priority: 'background' })).toBe('ran');
  });

  it('after a 429 hold lets one request probe before the rest follow', async () => {
    const governor = createGovernor({ concurrency: 4, now: Date.now, sleep: systemSleep });
    governor.pause(30);
    let running = 0;
    let peakBeforeAnswer = 0;
    let answered = false;
    await Promise.all(
      Array.from({ length: 4 }, () =>
        governor.run(async () => {
          running += 1;
          if (!answered) peakBeforeAnswer = Math.max(peakBeforeAnswer, running);
          const sentAt = Date.now();
          await systemSleep(5);
          answered = true;
          governor.observe(headers(500), 5, sentAt);
          running -= 1;
        }),
      ),
    );
    expect(peakBeforeAnswer).toBe(1);
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
    // read before the pause: read after it, a clock that ticked in between asked for a millisecond too many
    const pausedAt = Date.now();
    governor.pause(100);
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
    const refusal = await second.catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toMatch(/cancelled/);
    // the operator is told of a cancellation, not of a failure inside the console; the log keeps why
    expect(serializeError(refusal, 'grid:open').code).toBe('CANCELLED');
    expect((refusal as Error).cause).toBe(controller.signal.reason);
    expect(governor.snapshot().queued).toBe(0);
    gate.resolve();
    await first;
    expect(ran).toBe(false);
  });

  it('refuses a task whose signal was aborted before it asked, without running it', async () => {
    const governor = createGovernor({ concurrency: 2, now: Date.now, sleep: systemSleep });
    const controller = new AbortController();
    controller.abort(new Error('the grid closed'));
    let ran = false;
    const refusal = await governor
      .run(
        async () => {
          ran = true;
        },
        { signal: controller.signal },
      )
      .catch((error: unknown) => error);
    expect(serializeError(refusal, 'grid:open').code).toBe('CANCELLED');
    expect((refusal as Error).cause).toBe(controller.signal.reason);
    expect(ran).toBe(false);
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
      hold: null,
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
      requestsBeforeHold: null,
      hold: null,
    });
    const big = governor.estimate(1_200);
    expect(big.exhaustsHourlyBudget).toBe(true);
    expect(big.hourRemainingAfter).toBe(0);
    // 900 left, 10 (1 %) kept back: the job is held after 890, until the hour resets in 600 s
    expect(big.requestsBeforeHold).toBe(890);
    expect(big.hold).toEqual({ until: 600_000, reason: 'hour' });
    expect(big.durationMs).toBeGreaterThanOrEqual(600_000);
  });
});
