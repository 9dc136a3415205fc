import { message, type UiText } from '../../src-preload/contract/messages.ts';
import { operatorTextOf } from '../ipc/operator-error.ts';
import { failureFields } from '../logging/failure-fields.ts';
import type { LogFields } from '../logging/logger.ts';
import type { PlatformClient } from '../platform/index.ts';
import type { Entry } from './job-entry.ts';
import type { Journal } from './journal.ts';
import { journalWriteCause } from './journal-write-cause.ts';
import { transition } from './lifecycle.ts';
import { runQueue, type Requeue } from './runner.ts';
import type { Op } from './types.ts';
import { FINAL_STATES } from './views.ts';

export interface JobRunDeps {
  journal: Journal;
  client: () => PlatformClient;
  now: () => number;
  /** Operations taken at once per job; default the client's concurrency and a third more (see launchRun). */
  concurrency: number | undefined;
  perform: (jobId: string, op: Op) => Promise<Requeue | undefined>;
  /** Hands what is still batched to the cache before the job's end is reported. */
  flushCache: () => Promise<void>;
  notice: (message: UiText) => void;
  /** Main's log: what failed, as it failed (the operator reads only its cause). */
  log: (message: string, fields: LogFields) => void;
  jobChanged: (entry: Entry) => void;
}

/**
 * Runs a job's pending operations through the queue and, when the queue stops, moves the job to where the stop
 * leaves it: completed, cancelled (untaken operations cancelled), or interrupted (the engine closes, the journal
 * can no longer be written, or another profile connected: the job can be resumed).
 */
export function launchRun(entry: Entry, deps: JobRunDeps): void {
  const { journal, now } = deps;
  const queue = entry.ops.filter((o) => o.state === 'pending');
  // An operation waits for its "sending" mark to be flushed to disk before its request leaves; a third more
  // operations than request slots keeps the slots busy during those flushes (the extra ones wait, marked, in the
  // governor's queue, as they do whenever the rate budget narrows the slots).
  const slots = deps.client().governor.snapshot().maxConcurrency;
  const workers = deps.concurrency ?? slots + Math.ceil(slots / 3);
  entry.run = {
    startedAt: now(),
    doneAtStart: entry.ops.filter((o) => o.skip === null && FINAL_STATES.has(o.state)).length,
    lastProgressAt: 0,
  };
  entry.closing = false;
  const handle = runQueue(queue, {
    workers,
    perform: (op) => deps.perform(entry.job.id, op),
    holdUntil: () => deps.client().governor.snapshot().pausedUntil,
    now,
  });
  entry.handle = handle;
  entry.finished = handle.done.then(async (result) => {
    const t = now();
    const failed = result.reason === 'failed' || journal.failure !== null;
    const cancelled = !failed && result.reason === 'cancelled' && !entry.closing;
    for (const op of result.untaken) {
      op.retry = null;
      // one still in doubt stays so: the journal must not call a change that may have landed cancelled
      if (cancelled && op.state === 'pending') {
        op.state = 'cancelled';
        op.updatedAt = t;
      }
    }
    if (failed) reportStop(deps, entry.job.id, journal.failure ?? result.error, journal.failure !== null);
    const to = failed
      ? 'interrupted'
      : cancelled
        ? 'cancelled'
        : result.reason === 'finished'
          ? 'completed'
          : 'interrupted';
    transition(entry.job, to, t);
    try {
      if (cancelled) journal.recordOps(entry.job.id, result.untaken);
      journal.updateJob(entry.job);
    } catch {
      // the journal itself failed: the in-memory state is reported; the next start reconciles from the platform
    }
    entry.handle = null;
    await deps.flushCache();
    deps.jobChanged(entry);
  });
}

/**
 * Why a run stopped early, as a notice: an operator error (another profile connected) in its own words, anything
 * else as a journal that could not be written, with its cause. The raw failure goes to main's log only.
 */
function reportStop(deps: JobRunDeps, jobId: string, error: unknown, journalFailed: boolean): void {
  const said = journalFailed ? null : operatorTextOf(error);
  deps.log(said ? 'bulk job stopped' : 'bulk journal write failed', { jobId, ...failureFields(error) });
  deps.notice(said ?? message('bulk.journal.writeFailed', { reason: journalWriteCause(error) }));
}
