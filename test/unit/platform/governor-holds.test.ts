import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { BudgetHeld, createGovernor, type GovernorSnapshot } from '../../../src-main/platform/governor.ts';

/** A governor on a hand-moved clock whose sleeps only record when they were asked for (they never end). */
function governorAt(options: { patience?: number; concurrency?: number } = {}) {
  const clock = { at: 1_000_000 };
  const sleeps: number[] = [];
  const governor = createGovernor({
    now: () => clock.at,
    sleep: (ms) => {
      sleeps.push(ms);
      return new Promise<void>(() => undefined);
    },
    reserve: () => 0,
    ...(options.patience !== undefined ? { backgroundPatienceMs: options.patience } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
  });
  const snapshots: GovernorSnapshot[] = [];
  return { governor, clock, sleeps, snapshots, listen: () => governor.onChange((s) => snapshots.push(s)) };
}

const hourHeaders = (remaining: number, resetSeconds: number): Headers =>
  new Headers({
    'X-RateLimit-1H-Limit': '1000',
    'X-RateLimit-1H-Remaining': String(remaining),
    'X-RateLimit-1H-Reset': String(resetSeconds),
  });

const never = (): Promise<void> => new Promise<void>(() => undefined);
const settled = async (promise: Promise<unknown>): Promise<string> => {
  const state = await Promise.race([
    promise.then(
      () => 'resolved',
      (error: unknown) => (error instanceof BudgetHeld ? 'held' : 'rejected'),
    ),
    new Promise<string>((resolve) => setTimeout(() => resolve('pending'), 20)),
  ]);
  return state;
};

describe('the governor’s hold', () => {
  it('a pause ends at its moment: no hold then, nor after', () => {
    const { governor, clock } = governorAt();
    governor.pause(1_000);
    expect(governor.snapshot().hold).toEqual({ until: clock.at + 1_000, reason: 'retry-after' });
    clock.at += 1_000;
    expect(governor.snapshot().hold).toBeNull();
    clock.at += 5_000;
    expect(governor.snapshot().hold).toBeNull();
  });

  it('a pause and a spent budget together hold until the later of the two, named by it', () => {
    const { governor, clock } = governorAt();
    governor.observe(hourHeaders(0, 600), 0, clock.at);
    governor.pause(5_000);
    expect(governor.snapshot().hold).toEqual({ until: clock.at + 600_000, reason: 'hour' });

    const later = governorAt();
    later.governor.observe(hourHeaders(0, 2), 0, later.clock.at);
    later.governor.pause(5_000);
    expect(later.governor.snapshot().hold).toEqual({ until: later.clock.at + 5_000, reason: 'retry-after' });

    // ending together: the platform's own 429 is named
    const together = governorAt();
    together.governor.observe(hourHeaders(0, 600), 0, together.clock.at);
    together.governor.pause(600_000);
    expect(together.governor.snapshot().hold).toEqual({ until: together.clock.at + 600_000, reason: 'retry-after' });
  });

  it('names the next hold from the budget while nothing holds yet, and the current hold once one does', () => {
    const { governor, clock } = governorAt();
    governor.observe(hourHeaders(40, 600), 0, clock.at);
    expect(governor.nextHold()).toEqual({ until: clock.at + 600_000, reason: 'hour' });
    governor.pause(700_000);
    expect(governor.nextHold()).toEqual({ until: clock.at + 700_000, reason: 'retry-after' });
  });

  it('a 429 never shortens a hold: a shorter pause after a longer one leaves its end', () => {
    const { governor, clock } = governorAt();
    governor.pause(5_000);
    governor.pause(1_000);
    expect(governor.snapshot().hold).toEqual({ until: clock.at + 5_000, reason: 'retry-after' });
    clock.at += 1_000;
    expect(governor.snapshot().hold).toEqual({ until: clock.at + 4_000, reason: 'retry-after' });
  });

  it('leaves no listener on a request’s signal once it has started, been refused or been cancelled', async () => {
    const { governor } = governorAt({ patience: 1_000, concurrency: 1 });
    // one signal for a whole job: its requests must not pile listeners onto it
    const job = new AbortController();
    expect(await governor.run(async () => 'sent', { signal: job.signal })).toBe('sent');
    governor.pause(60_000);
    const refused = governor.run(never, { priority: 'background', signal: job.signal });
    expect(await refused.catch((error: unknown) => error instanceof BudgetHeld)).toBe(true);
    expect(getEventListeners(job.signal, 'abort')).toHaveLength(0);

    const cancel = new AbortController();
    const cancelled = governor.run(never, { signal: cancel.signal });
    cancel.abort();
    expect(await cancelled.catch((error: unknown) => (error as Error).name)).toBe('AbortError');
    expect(getEventListeners(cancel.signal, 'abort')).toHaveLength(0);
  });

  it('background work waits out a hold exactly as long as its patience, and gives way to a longer one', async () => {
    const { governor } = governorAt({ patience: 1_000 });
    governor.pause(1_000);
    const waiting = governor.run(async () => 'sent', { priority: 'background' });
    expect(await settled(waiting)).toBe('pending');
    governor.pause(1_001);
    expect(await settled(waiting)).toBe('held');
  });
});

describe('the governor’s wake-ups and notices', () => {
  it('sets one wake-up for a hold however many requests wait, and none when nothing waits', () => {
    const { governor, sleeps } = governorAt();
    governor.pause(1_000);
    expect(sleeps).toEqual([]);
    for (let i = 0; i < 3; i += 1) void governor.run(never);
    expect(sleeps).toEqual([1_000]);
  });

  it('wakes at the earlier moment when a hold is found to end sooner than the wake-up set for it', () => {
    const { governor, clock, sleeps } = governorAt();
    governor.observe(hourHeaders(0, 600), 0, clock.at);
    void governor.run(never);
    expect(sleeps).toEqual([600_000]);
    governor.observe(hourHeaders(0, 2), 0, clock.at);
    expect(sleeps).toEqual([600_000, 2_000]);
  });

  it('tells its listeners nothing while requests flow without a hold', async () => {
    const { governor, snapshots, listen } = governorAt();
    listen();
    await governor.run(async () => 'sent');
    await governor.run(async () => 'sent');
    expect(snapshots).toEqual([]);
  });

  it('tells of a hold once, however many requests then queue behind it, and again when it ends', () => {
    const { governor, clock, snapshots, listen } = governorAt({ concurrency: 1 });
    listen();
    governor.pause(1_000);
    for (let i = 0; i < 3; i += 1) void governor.run(never);
    expect(snapshots.map((s) => s.hold?.reason ?? null)).toEqual(['retry-after']);
    clock.at += 1_000;
    void governor.run(never);
    expect(snapshots.map((s) => s.hold?.reason ?? null)).toEqual(['retry-after', null]);
  });

  it('tells nothing new of a second 429 that holds to the same moment', () => {
    const { governor, clock, snapshots, listen } = governorAt();
    listen();
    governor.pause(1_000);
    governor.pause(1_000);
    expect(snapshots.map((s) => s.hold)).toEqual([{ until: clock.at + 1_000, reason: 'retry-after' }]);
  });

  it('tells nothing new of a 429 within a longer budget hold', () => {
    const { governor, clock, snapshots, listen } = governorAt();
    listen();
    governor.observe(hourHeaders(0, 600), 0, clock.at);
    governor.pause(5_000);
    expect(snapshots.map((s) => s.hold)).toEqual([{ until: clock.at + 600_000, reason: 'hour' }]);
  });

  it('tells of a long hold with the queue it leaves once background work has given way', async () => {
    const { governor, snapshots, listen } = governorAt({ patience: 1_000, concurrency: 1 });
    listen();
    void governor.run(never);
    const refused = [1, 2].map(() =>
      governor.run(never, { priority: 'background' }).catch((error: unknown) => error instanceof BudgetHeld),
    );
    void governor.run(never);
    governor.pause(60_000);
    // the status bar reads the queue from this notice: the refused background requests are not in it
    expect(snapshots.map((s) => ({ reason: s.hold?.reason, active: s.active, queued: s.queued }))).toEqual([
      { reason: 'retry-after', active: 1, queued: 1 },
    ]);
    expect(governor.snapshot().queued).toBe(1);
    expect(await Promise.all(refused)).toEqual([true, true]);
  });

  it('tells of a spent budget once, with the queue it leaves once background work has given way', async () => {
    const { governor, clock, snapshots, listen } = governorAt({ patience: 1_000, concurrency: 1 });
    listen();
    void governor.run(never);
    const refused = [1, 2].map(() =>
      governor.run(never, { priority: 'background' }).catch((error: unknown) => error instanceof BudgetHeld),
    );
    governor.observe(hourHeaders(0, 600), 0, clock.at);
    expect(snapshots.map((s) => ({ reason: s.hold?.reason, remaining: s.hour.remaining, queued: s.queued }))).toEqual([
      { reason: 'hour', remaining: 0, queued: 0 },
    ]);
    expect(await Promise.all(refused)).toEqual([true, true]);
  });

  it('a listener that comes while a hold lasts hears of it at the next request', () => {
    const { governor, snapshots, listen } = governorAt();
    governor.pause(1_000);
    listen();
    void governor.run(never);
    expect(snapshots.map((s) => s.hold?.reason ?? null)).toEqual(['retry-after']);
  });

  it('an answer without its send time is taken as sent one latency before it arrived', () => {
    const { governor, clock } = governorAt();
    governor.observe(hourHeaders(10, 600), 0, clock.at);
    clock.at += 200;
    // sent 300 ms ago, before the last count arrived: its higher count is older news
    governor.observe(hourHeaders(80, 600), 300);
    expect(governor.snapshot().hour.remaining).toBe(10);
  });
});
