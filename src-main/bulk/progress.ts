import type { BulkEvent } from '../../src-preload/contract/bulk.ts';
import type { Entry } from './job-entry.ts';
import { FINAL_STATES, countOps } from './views.ts';

const MIN_INTERVAL_MS = 250;

/** Progress events: at most 4 a second, and always when forced (a job state change). */
export function createProgressReporter(
  emit: (event: BulkEvent) => void,
  now: () => number,
): (entry: Entry, force: boolean) => void {
  return (entry, force) => {
    const t = now();
    const run = entry.run;
    if (!force && run && t - run.lastProgressAt < MIN_INTERVAL_MS) return;
    if (run) run.lastProgressAt = t;
    const sendable = entry.ops.filter((o) => o.skip === null);
    const done = sendable.filter((o) => FINAL_STATES.has(o.state)).length;
    const elapsed = run ? (t - run.startedAt) / 1000 : 0;
    const rate = run && elapsed > 0 ? (done - run.doneAtStart) / elapsed : 0;
    const etaMs = rate > 0 ? ((sendable.length - done) / rate) * 1000 : null;
    emit({
      type: 'progress',
      progress: {
        jobId: entry.job.id,
        state: entry.job.state,
        counts: countOps(entry.ops),
        done,
        total: sendable.length,
        ratePerSecond: Math.round(rate * 10) / 10,
        etaMs: etaMs === null ? null : Math.round(etaMs),
        finishesAt: etaMs === null ? null : Math.round(t + etaMs),
        retrying: sendable.filter((o) => o.retry !== null).length,
      },
    });
  };
}
