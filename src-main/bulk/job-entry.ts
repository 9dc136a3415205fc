import type { RunHandle } from './runner.ts';
import type { JobRecord, Op } from './types.ts';

/** A started job as the engine keeps it: its record and operations, and its run while one is under way. */
export interface Entry {
  job: JobRecord;
  ops: Op[];
  handle: RunHandle | null;
  finished: Promise<void> | null;
  /** The engine is closing: what the run did not take stays pending, to be resumed at the next start. */
  closing: boolean;
  run: { startedAt: number; doneAtStart: number; lastProgressAt: number } | null;
}

export const newEntry = (job: JobRecord, ops: Op[]): Entry => ({
  job,
  ops,
  handle: null,
  finished: null,
  closing: false,
  run: null,
});
