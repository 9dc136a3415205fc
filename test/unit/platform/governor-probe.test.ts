import { describe, expect, it } from 'vitest';
import { BudgetHeld, createGovernor, type GovernorSnapshot } from '../../../src-main/platform/governor.ts';

/** A governor on a hand-moved clock whose wake-ups end only when the test says so. */
function governorAt(concurrency: number) {
  const clock = { at: 1_000_000 };
  const wakeUps: Array<() => void> = [];
  const governor = createGovernor({
    now: () => clock.at,
    sleep: () => new Promise<void>((resolve) => wakeUps.push(resolve)),
    reserve: () => 0,
    concurrency,
  });
  const wake = async (): Promise<void> => {
    for (const resolve of wakeUps.splice(0)) resolve();
    await settle();
  };
  return { governor, clock, wake };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const budget = (hour: { remaining: number } | null, day: { remaining: number } | null = null): Headers => {
  const headers = new Headers();
  if (hour) {
    headers.set('X-RateLimit-1H-Limit', '1000');
    headers.set('X-RateLimit-1H-Remaining', String(hour.remaining));
    headers.set('X-RateLimit-1H-Reset', '600');
  }
  if (day) {
    headers.set('X-RateLimit-24H-Limit', '20000');
    headers.set('X-RateLimit-24H-Remaining', String(day.remaining));
    headers.set('X-RateLimit-24H-Reset', '3600');
  }
  return headers;
};

describe('the probe after a 429 hold', () => {
  it('the answer to the probe, sent the moment the hold ended, lets the rest go at full concurrency', async () => {
    const { governor, clock, wake } = governorAt(3);
    const started: number[] = [];
    const gates = Array.from({ length: 4 }, () => gate());
    governor.pause(1_000);
    gates.forEach(
      (g, i) =>
        void governor.run(() => {
          started.push(i);
          return g.promise;
        }),
    );
    clock.at += 1_000;
    await wake();
    expect(started).toEqual([0]);
    expect(governor.snapshot().concurrency).toBe(1);

    // the probe was sent at the hold's end, on the same millisecond
    governor.observe(budget({ remaining: 500 }), 5, clock.at);
    await settle();
    expect(started).toEqual([0, 1, 2]);
    expect(governor.snapshot().concurrency).toBe(3);
  });

  it('an answer to a request sent before the hold ended is no probe: one request at a time goes on', async () => {
    const { governor, clock, wake } = governorAt(3);
    const started: string[] = [];
    const before = gate();
    const sentBefore = clock.at;
    void governor.run(() => {
      started.push('before');
      return before.promise;
    });
    governor.pause(1_000);
    for (const name of ['a', 'b', 'c'])
      void governor.run(() => {
        started.push(name);
        return new Promise<void>(() => undefined);
      });
    clock.at += 1_000;
    await wake();
    // the request from before the hold still holds the one slot of the probe
    expect(started).toEqual(['before']);

    governor.observe(budget({ remaining: 500 }), 5, sentBefore);
    before.open();
    await settle();
    expect(started).toEqual(['before', 'a']);
    expect(governor.snapshot().concurrency).toBe(1);
  });
});

describe('the governor’s estimate of a request’s time', () => {
  it('follows the answers’ latency smoothed: four fifths of what it was and one fifth of the newest', () => {
    const { governor } = governorAt(6);
    expect(governor.estimate(1).durationMs).toBe(250);
    governor.observe(new Headers(), 100);
    expect(governor.estimate(1).durationMs).toBe(100);
    governor.observe(new Headers(), 200);
    expect(governor.estimate(1).durationMs).toBe(120);
    governor.observe(new Headers(), 20);
    expect(governor.estimate(1).durationMs).toBeCloseTo(100, 9);
  });
});

describe('the governor’s notices of the budget', () => {
  it.each([
    ['the hour alone', budget({ remaining: 900 }), { hour: 900, day: null }],
    ['the day alone', budget(null, { remaining: 19_000 }), { hour: null, day: 19_000 }],
    ['both windows', budget({ remaining: 900 }, { remaining: 19_000 }), { hour: 900, day: 19_000 }],
  ])('an answer that tells %s is told to the listeners', (_what, headers, expected) => {
    const { governor } = governorAt(6);
    const seen: GovernorSnapshot[] = [];
    governor.onChange((s) => seen.push(s));
    governor.observe(headers, 5);
    expect(seen.map((s) => ({ hour: s.hour.remaining, day: s.day.remaining }))).toEqual([expected]);
  });

  it('an answer without rate-limit headers tells the listeners nothing', () => {
    const { governor } = governorAt(6);
    const seen: GovernorSnapshot[] = [];
    governor.onChange((s) => seen.push(s));
    governor.observe(new Headers({ 'Content-Type': 'application/ld+json' }), 5);
    expect(seen).toEqual([]);
  });
});

describe('a background request refused by a long hold', () => {
  it('is a BudgetHeld that says why when it is logged', async () => {
    const { governor } = governorAt(6);
    governor.pause(60_000);
    const refusal = await governor.run(async () => 'ran', { priority: 'background' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BudgetHeld);
    expect(String(refusal)).toBe('BudgetHeld: the rate budget holds every request until its reset');
  });
});
