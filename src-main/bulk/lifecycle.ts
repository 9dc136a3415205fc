import type { BulkJobState } from '../../src-preload/contract/bulk.ts';
import { message, type Message } from '../../src-preload/contract/messages.ts';
import { refuse } from './errors.ts';

/**
 * Every state change a job may make, and only these (see README "States"). A job found running, paused or
 * reconciling in the journal at start-up becomes interrupted: the process that ran it is gone. A cancelled job may
 * run again for the operations its cancel left unsent (resume).
 */
export const JOB_TRANSITIONS: Readonly<Record<BulkJobState, readonly BulkJobState[]>> = {
  planned: ['running'],
  running: ['paused', 'completed', 'cancelled', 'interrupted'],
  paused: ['running', 'cancelled', 'interrupted'],
  interrupted: ['reconciling', 'running', 'completed', 'cancelled'],
  reconciling: ['interrupted'],
  completed: [],
  cancelled: ['running'],
};

/** The states in words (as parameters of the refusal). */
const STATE_WORDS: Readonly<Record<BulkJobState, Message>> = {
  planned: message('bulk.jobState.planned'),
  running: message('bulk.jobState.running'),
  paused: message('bulk.jobState.paused'),
  reconciling: message('bulk.jobState.reconciling'),
  interrupted: message('bulk.jobState.interrupted'),
  completed: message('bulk.jobState.completed'),
  cancelled: message('bulk.jobState.cancelled'),
};

export const canTransition = (from: BulkJobState, to: BulkJobState): boolean => JOB_TRANSITIONS[from].includes(to);

/** Refuses, in both languages, a change the table does not allow. */
export function assertTransition(from: BulkJobState, to: BulkJobState): void {
  if (canTransition(from, to)) return;
  throw refuse('BULK_WRONG_STATE', message('bulk.wrongState', { from: STATE_WORDS[from], to: STATE_WORDS[to] }));
}

/**
 * The one place a job's state changes: refuses a change the table does not allow (the job is left as it was) and
 * stamps the times that belong to it.
 */
export function transition(
  job: { state: BulkJobState; startedAt: number | null; finishedAt: number | null },
  to: BulkJobState,
  at: number,
): void {
  assertTransition(job.state, to);
  if (job.state === 'planned') job.startedAt = at;
  // a resumed cancelled job is not finished any more; it gets the time it really ends
  if (job.state === 'cancelled') job.finishedAt = null;
  if (to === 'completed' || to === 'cancelled') job.finishedAt ??= at;
  job.state = to;
}
