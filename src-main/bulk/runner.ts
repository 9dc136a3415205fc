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

export interface RunOptions {
  /** Operations in flight at most (the client's governor bounds the requests as well). */
  workers: number;
  /** Sends one operation and records its outcome; a throw (the journal cannot be written) stops the run. */
  perform: (op: Op) => Promise<void>;
  /** Epoch ms of a 429 hold: no operation is taken before it, so a cancel during the hold sends nothing more. */
  holdUntil: () => number | null;
  now: () => number;
}

/**
 * A bounded pool over a queue of operations. Pausing and cancelling act between operations, never inside one: an
 * operation taken from the queue is sent and seen through to its outcome.
 */
export function runQueue(queue: Op[], options: RunOptions): RunHandle {
  const pending = [...queue];
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

  async function worker(): Promise<void> {
    for (;;) {
      while (paused && stopped === null) await waitForWake();
      if (stopped !== null) return;
      const hold = options.holdUntil();
      if (hold !== null && hold > options.now()) {
        await waitForWake(hold - options.now());
        continue;
      }
      const op = pending.shift();
      if (!op) return;
      try {
        await options.perform(op);
      } catch (error) {
        if (stopped === null) {
          stopped = 'failed';
          failure = error;
        }
        wakeAll();
        return;
      }
    }
  }

  const workers = Array.from({ length: Math.max(1, Math.min(options.workers, pending.length || 1)) }, () => worker());
  const done = Promise.all(workers).then(() => {
    const untaken = pending.splice(0);
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
