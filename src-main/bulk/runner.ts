import type { Op } from './types.ts';

export interface RunHandle {
  pause(): void;
  resume(): void;
  /** Stops taking new operations; those in flight finish. */
  cancel(): void;
  readonly paused: boolean;
  /** Settles when no operation is in flight any more: the ones never taken, and why the run stopped. */
  readonly done: Promise<{ untaken: Op[]; reason: 'finished' | 'cancelled' | 'failed'; error?: unknown }>;
}

/** An operation that goes back into the queue, to be taken again no earlier than `notBefore` (epoch ms). */
export interface Requeue {
  notBefore: number;
}

export interface RunOptions {
  /** Operations in flight at most (the client's governor bounds the requests as well). */
  workers: number;
  /**
   * Sends one operation and records its outcome, or hands it back to be taken again later (a transient failure, a
   * rate-limit wait); a throw (the journal cannot be written, the client is gone) stops the run.
   */
  perform: (op: Op) => Promise<Requeue | undefined>;
  /** Epoch ms of a 429 hold: no operation is taken before it, so a cancel during the hold sends nothing more. */
  holdUntil: () => number | null;
  now: () => number;
}

/**
 * A bounded pool over a queue of operations, with a second, time-ordered queue of operations waiting to be sent
 * again. Pausing and cancelling act between operations, never inside one: an operation taken from the queue is
 * sent and seen through to its outcome (or its return to the queue).
 */
export function runQueue(queue: Op[], options: RunOptions): RunHandle {
  const pending = [...queue];
  const later: { op: Op; notBefore: number }[] = [];
  let inFlight = 0;
  let paused = false;
  let stopped: 'cancelled' | 'failed' | null = null;
  let failure: unknown;
  let wakers: (() => void)[] = [];
  const wakeAll = (): void => {
    const list = wakers;
    wakers = [];
    list.forEach((wake) => wake());
  };
  const waitForWake = (ms?: number): Promise<void> =>
    new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const wake = (): void => {
        if (timer) clearTimeout(timer);
        resolve();
      };
      wakers.push(wake);
      if (ms !== undefined) timer = setTimeout(wake, Math.max(0, ms));
    });

  /** The next operation due now, the ms until one is due, or null when nothing is left to take. */
  const next = (): Op | number | null => {
    const t = options.now();
    const due = later.length > 0 && later[0]!.notBefore <= t;
    if (due) return later.shift()!.op;
    const op = pending.shift();
    if (op) return op;
    if (later.length > 0) return later[0]!.notBefore - t;
    return null;
  };

  const putBack = (op: Op, notBefore: number): void => {
    const at = later.findIndex((entry) => entry.notBefore > notBefore);
    later.splice(at < 0 ? later.length : at, 0, { op, notBefore });
  };

  async function worker(): Promise<void> {
    for (;;) {
      while (paused && stopped === null) await waitForWake();
      if (stopped !== null) return;
      let hold: number | null;
      try {
        hold = options.holdUntil();
      } catch (error) {
        // the client is gone (another profile connected): the run stops like on a failed operation
        if (stopped === null) {
          stopped = 'failed';
          failure = error;
        }
        wakeAll();
        return;
      }
      if (hold !== null && hold > options.now()) {
        await waitForWake(hold - options.now());
        continue;
      }
      const op = next();
      if (op === null) {
        // another worker's operation may still come back to the queue
        if (inFlight === 0) return;
        await waitForWake();
        continue;
      }
      if (typeof op === 'number') {
        await waitForWake(op);
        continue;
      }
      inFlight += 1;
      try {
        const requeue = await options.perform(op);
        if (requeue) putBack(op, requeue.notBefore);
      } catch (error) {
        if (stopped === null) {
          stopped = 'failed';
          failure = error;
        }
        return;
      } finally {
        inFlight -= 1;
        wakeAll();
      }
    }
  }

  const workers = Array.from({ length: Math.max(1, Math.min(options.workers, pending.length || 1)) }, () => worker());
  const done = Promise.all(workers).then(() => {
    const untaken = [...pending.splice(0), ...later.splice(0).map((entry) => entry.op)];
    if (stopped === 'failed') return { untaken, reason: 'failed' as const, error: failure };
    return { untaken, reason: stopped ?? ('finished' as const) };
  });

  return {
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      wakeAll();
    },
    cancel() {
      if (stopped === null) stopped = 'cancelled';
      wakeAll();
    },
    get paused() {
      return paused;
    },
    done,
  };
}
