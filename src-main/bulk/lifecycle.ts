import type { BulkJobState } from '../../src-preload/contract/bulk.ts';
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

const NL: Readonly<Record<BulkJobState, string>> = {
  planned: 'gepland',
  running: 'bezig',
  paused: 'gepauzeerd',
  reconciling: 'in controle',
  interrupted: 'onderbroken',
  completed: 'voltooid',
  cancelled: 'geannuleerd',
};

export const canTransition = (from: BulkJobState, to: BulkJobState): boolean => JOB_TRANSITIONS[from].includes(to);

const allowedFrom = (to: BulkJobState): BulkJobState[] =>
  (Object.keys(JOB_TRANSITIONS) as BulkJobState[]).filter((from) => canTransition(from, to));

/** Refuses, in both languages, a change the table does not allow. */
export function assertTransition(from: BulkJobState, to: BulkJobState): void {
  if (canTransition(from, to)) return;
  const allowed = allowedFrom(to);
  throw refuse(
    'BULK_WRONG_STATE',
    `The job is ${from}; it must be ${allowed.join(' or ')} to become ${to}.`,
    `De taak is ${NL[from]}; ze moet ${allowed.map((s) => NL[s]).join(' of ')} zijn om ${NL[to]} te worden.`,
  );
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
