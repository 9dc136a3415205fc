import { describe, expect, it } from 'vitest';
import { runQueue } from '../../../src-main/bulk/runner.ts';
import type { Op } from '../../../src-main/bulk/types.ts';

const ops = (n: number): Op[] =>
  Array.from({ length: n }, (_, index) => ({
    index,
    kind: 'patch',
    target: `/x/${index}`,
    label: String(index),
    changes: [],
    request: { method: 'PATCH', path: `/x/${index}` },
    resourcePath: '/x',
    state: 'pending',
    skip: null,
    outcome: null,
    createdIri: null,
    sentAt: null,
    updatedAt: null,
    attempts: 0,
    retry: null,
  }));
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** What `done` settles to within 5 s, or 'still waiting'; its timer is cleared, so no later test meets it. */
async function within5s<T>(done: Promise<T>): Promise<T | 'still waiting'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waiting = new Promise<'still waiting'>(
    (resolve) => (timer = setTimeout(() => resolve('still waiting'), 5_000)),
  );
  try {
    return await Promise.race([done, waiting]);
  } finally {
    clearTimeout(timer);
  }
}

describe('runQueue', () => {
  it('keeps at most `workers` in flight and runs every op once', async () => {
    let active = 0;
    let peak = 0;
    const seen: number[] = [];
    const handle = runQueue(ops(20), {
      workers: 4,
      now: Date.now,
      holdUntil: () => null,
      perform: async (op) => {
        active += 1;
        peak = Math.max(peak, active);
        await tick(2);
        seen.push(op.index);
        active -= 1;
      },
    });
    const result = await handle.done;
    expect(result).toEqual({ untaken: [], reason: 'finished' });
    expect(peak).toBe(4);
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it('pause lets in-flight ops finish and takes no new one; cancel returns the untaken ones', async () => {
    const started: number[] = [];
    const handle = runQueue(ops(10), {
      workers: 2,
      now: Date.now,
      holdUntil: () => null,
      perform: async (op) => {
        started.push(op.index);
        await tick(5);
      },
    });
    await tick(1);
    handle.pause();
    await tick(30);
    const atPause = started.length;
    await tick(30);
    expect(started.length).toBe(atPause);
    handle.resume();
    await tick(6);
    handle.cancel();
    const result = await handle.done;
    expect(result.reason).toBe('cancelled');
    expect(started.length + result.untaken.length).toBe(10);
  });

  it('takes nothing during a rate-limit hold, and a failing perform stops the run', async () => {
    let holdUntil: number | null = Date.now() + 60;
    const started: number[] = [];
    const handle = runQueue(ops(3), {
      workers: 1,
      now: Date.now,
      holdUntil: () => holdUntil,
      perform: async (op) => {
        started.push(Date.now());
        if (op.index === 1) throw new Error('disk full');
      },
    });
    const t0 = Date.now();
    await tick(20);
    expect(started).toEqual([]);
    holdUntil = null;
    const result = await handle.done;
    expect(started[0]! - t0).toBeGreaterThanOrEqual(50);
    expect(result).toMatchObject({ reason: 'failed', untaken: [expect.objectContaining({ index: 2 })] });
  });

  it('the first failure stops the run and is the one reported; a cancel before a failure stays a cancel', async () => {
    const failing = runQueue(ops(4), {
      workers: 2,
      now: Date.now,
      holdUntil: () => null,
      perform: async (op) => {
        // op 0 fails first, op 1 a moment later while the run is already stopping
        await tick(op.index === 0 ? 1 : 15);
        throw new Error(`journal full at ${op.index}`);
      },
    });
    const failed = await failing.done;
    expect(failed).toMatchObject({ reason: 'failed', error: new Error('journal full at 0') });
    expect(failed.untaken.map((o) => o.index)).toEqual([2, 3]);

    const cancelling = runQueue(ops(3), {
      workers: 1,
      now: Date.now,
      holdUntil: () => null,
      perform: async () => {
        await tick(1);
        cancelling.cancel();
        throw new Error('the client is gone');
      },
    });
    expect(await cancelling.done).toEqual({ reason: 'cancelled', untaken: ops(3).slice(1) });
  });

  it('a hold that cannot be read (the client is gone) stops the run like a failing perform, waking every worker', async () => {
    const gone = new Error('another profile connected');
    let taken = 0;
    const handle = runQueue(ops(6), {
      workers: 3,
      now: Date.now,
      holdUntil: () => {
        if (taken >= 2) throw gone;
        return null;
      },
      perform: async () => {
        taken += 1;
        await tick(5);
      },
    });
    const result = await handle.done;
    expect(result.reason).toBe('failed');
    expect(result.error).toBe(gone);
    // the third worker found the client gone; the two in flight finished and took nothing more
    expect(taken).toBe(2);
    expect(result.untaken.map((op) => op.index)).toEqual([2, 3, 4, 5]);
  });

  it('a hold check that throws wakes a worker waiting out an earlier hold: the run ends at once, not when the hold ends', async () => {
    const gone = new Error('another profile connected');
    let checks = 0;
    const started = Date.now();
    const handle = runQueue(ops(2), {
      workers: 2,
      now: Date.now,
      holdUntil: () => {
        checks += 1;
        // the first worker reads a 10-second hold and waits it out; the second finds the client gone
        if (checks === 1) return Date.now() + 10_000;
        throw gone;
      },
      perform: async () => undefined,
    });
    const result = await handle.done;
    expect(result).toMatchObject({ reason: 'failed', error: gone });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.untaken.map((op) => op.index)).toEqual([0, 1]);
  });

  it('an op handed back waits until its time, goes after the rest, and the run ends only when it is settled', async () => {
    const sent: { index: number; at: number }[] = [];
    let failures = 0;
    const t0 = Date.now();
    const handle = runQueue(ops(3), {
      workers: 2,
      now: Date.now,
      holdUntil: () => null,
      perform: async (op) => {
        sent.push({ index: op.index, at: Date.now() - t0 });
        await tick(1);
        if (op.index === 0 && failures < 2) {
          failures += 1;
          return { notBefore: Date.now() + 40 };
        }
        return undefined;
      },
    });
    const result = await handle.done;
    expect(result).toEqual({ untaken: [], reason: 'finished' });
    expect(sent.map((s) => s.index)).toEqual([0, 1, 2, 0, 0]);
    const again = sent.filter((s) => s.index === 0);
    expect(again[1]!.at - again[0]!.at).toBeGreaterThanOrEqual(39);
    expect(again[2]!.at - again[1]!.at).toBeGreaterThanOrEqual(39);
  });

  it('ops handed back are taken again in the order of their times, whatever the order they came back in', async () => {
    const waits = [40, 10, 70];
    const taken: number[] = [];
    const handle = runQueue(ops(3), {
      workers: 1,
      now: Date.now,
      holdUntil: () => null,
      perform: async (op) => {
        taken.push(op.index);
        // the first round hands each op back for a while; the second settles it
        if (taken.filter((index) => index === op.index).length === 1)
          return { notBefore: Date.now() + waits[op.index]! };
        return undefined;
      },
    });
    expect(await handle.done).toEqual({ untaken: [], reason: 'finished' });
    expect(taken).toEqual([0, 1, 2, 1, 0, 2]);
  });

  it('cancel during a retry wait returns the waiting op as untaken and sends nothing more', async () => {
    const sent: number[] = [];
    const handle = runQueue(ops(2), {
      workers: 1,
      now: Date.now,
      holdUntil: () => null,
      perform: async (op) => {
        sent.push(op.index);
        return op.index === 0 ? { notBefore: Date.now() + 10_000 } : undefined;
      },
    });
    await tick(20);
    handle.cancel();
    const result = await handle.done;
    expect(result.reason).toBe('cancelled');
    expect(result.untaken.map((op) => op.index)).toEqual([0]);
    expect(sent).toEqual([0, 1]);
  });

  it('an op handed back for the time it is now is taken at once, and a hold that ends now holds nothing', async () => {
    // a clock that stands still: nothing becomes due by waiting, so whatever is due must be due now
    const taken: number[] = [];
    const handle = runQueue(ops(2), {
      workers: 1,
      now: () => 5_000,
      holdUntil: () => 5_000,
      perform: async (op) => {
        taken.push(op.index);
        return taken.length === 1 ? { notBefore: 5_000 } : undefined;
      },
    });
    const result = await within5s(handle.done);
    handle.cancel();
    expect(result).toEqual({ untaken: [], reason: 'finished' });
    expect(taken).toEqual([0, 0, 1]);
  });

  it('an op handed back waits from now until its time, not for its time on top of the clock', async () => {
    const start = Date.now();
    // a clock that reads ten thousand seconds: a wait of notBefore + now would last hours
    const now = (): number => 10_000_000 + (Date.now() - start);
    const taken: number[] = [];
    const handle = runQueue(ops(1), {
      workers: 1,
      now,
      holdUntil: () => null,
      perform: async (op) => {
        taken.push(op.index);
        return taken.length === 1 ? { notBefore: now() + 20 } : undefined;
      },
    });
    const result = await within5s(handle.done);
    handle.cancel();
    expect(result).toEqual({ untaken: [], reason: 'finished' });
    expect(taken).toEqual([0, 0]);
  });

  it('ops handed back for the same time are taken again in the order they came back', async () => {
    const due = Date.now() + 30;
    const taken: number[] = [];
    const handle = runQueue(ops(3), {
      workers: 1,
      now: Date.now,
      holdUntil: () => null,
      perform: async (op) => {
        taken.push(op.index);
        return op.index < 2 && taken.filter((index) => index === op.index).length === 1
          ? { notBefore: due }
          : undefined;
      },
    });
    expect(await handle.done).toEqual({ untaken: [], reason: 'finished' });
    expect(taken).toEqual([0, 1, 2, 0, 1]);
  });

  it('a cancel after a failure does not hide the failure', async () => {
    const handle = runQueue(ops(3), {
      workers: 2,
      now: Date.now,
      holdUntil: () => null,
      perform: async (op) => {
        if (op.index === 0) {
          await tick(1);
          throw new Error('journal full');
        }
        // the other op still in flight when the operator cancels the failed run
        await tick(20);
        handle.cancel();
      },
    });
    expect(await handle.done).toMatchObject({ reason: 'failed', error: new Error('journal full') });
  });

  it('a cancel during a long hold leaves no timer behind', async () => {
    const timers = (): number => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timers();
    const handle = runQueue(ops(1), {
      workers: 1,
      now: Date.now,
      holdUntil: () => Date.now() + 3_600_000,
      perform: async () => undefined,
    });
    await tick(10);
    handle.cancel();
    expect(await handle.done).toMatchObject({ reason: 'cancelled' });
    expect(timers()).toBe(before);
  });
});
