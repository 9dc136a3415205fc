import { english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import type { BulkError } from '../../../src-main/bulk/errors.ts';
import { newEntry } from '../../../src-main/bulk/job-entry.ts';
import { checkResumable } from '../../../src-main/bulk/resume.ts';
import { job, op } from '../../support/bulk-ops.ts';

/** The refusal `run` throws, or undefined. */
function refusalOf(run: () => unknown): BulkError | undefined {
  try {
    run();
  } catch (error) {
    return error as BulkError;
  }
  return undefined;
}

describe('resuming a cancelled job', () => {
  it('is refused, saying so, when its cancel left nothing unsent', () => {
    const done = newEntry(job({ state: 'cancelled' }), [op(0, 'applied'), op(1, 'unknown')]);
    const refusal = refusalOf(() => checkResumable(done, [done], { expectedCount: 0 }));
    expect(refusal?.code).toBe('BULK_NOTHING_TO_DO');
    expect(refusal?.localized).toEqual({ code: 'bulk.resume.nothingLeft' });
  });

  it('is refused with its reason once an undo job of it exists', () => {
    const cancelled = newEntry(job({ state: 'cancelled' }), [op(0, 'applied'), op(1, 'cancelled')]);
    const undo = newEntry(job({ id: 'job-2', kind: 'undo', parentJobId: 'job-1', state: 'completed' }), []);
    const refusal = refusalOf(() => checkResumable(cancelled, [cancelled, undo], { expectedCount: 1 }));
    expect(refusal?.code).toBe('BULK_WRONG_STATE');
    expect(refusal?.localized).toEqual({ code: 'bulk.resume.undone' });
    expect(english(refusal!.localized)).not.toBe('bulk.resume.undone');
    expect(checkResumable(cancelled, [cancelled], { expectedCount: 1 }).map((o) => o.index)).toEqual([1]);
  });

  it('is not refused for a job that only retried its failed rows, nor for an undo of another job', () => {
    const cancelled = newEntry(job({ state: 'cancelled' }), [op(0, 'failed'), op(1, 'cancelled')]);
    const retry = newEntry(job({ id: 'job-2', kind: 'retry', parentJobId: 'job-1', state: 'completed' }), []);
    const otherUndo = newEntry(job({ id: 'job-3', kind: 'undo', parentJobId: 'job-9', state: 'completed' }), []);
    const rest = checkResumable(cancelled, [cancelled, retry, otherUndo], { expectedCount: 1 });
    expect(rest.map((o) => o.index)).toEqual([1]);
  });

  it('a cancelled undo job can be resumed: undoing is not undone', () => {
    const undo = newEntry(job({ id: 'job-2', kind: 'undo', parentJobId: 'job-1', state: 'cancelled' }), [
      op(0, 'applied'),
      op(1, 'cancelled'),
    ]);
    const parent = newEntry(job({ state: 'completed' }), [op(0, 'applied'), op(1, 'applied')]);
    expect(checkResumable(undo, [parent, undo], { expectedCount: 1 }).map((o) => o.index)).toEqual([1]);
  });

  it('also sends the rows a stop left pending between queueing them again and the job running', () => {
    // resumeCancelled journals the rows pending before the job running: an app stopped in between comes back
    // with a cancelled job holding pending rows
    const stopped = newEntry(job({ state: 'cancelled' }), [
      op(0, 'applied'),
      op(1, 'pending'),
      op(2, 'cancelled'),
      op(3, 'unknown'),
      op(4, 'failed'),
      op(5, 'pending'),
    ]);
    expect(checkResumable(stopped, [stopped], { expectedCount: 3 }).map((o) => o.index)).toEqual([1, 2, 5]);
  });

  it('is refused when the count confirmed is not the count left, saying both', () => {
    const cancelled = newEntry(job({ state: 'cancelled' }), [op(0, 'applied'), op(1, 'cancelled'), op(2, 'cancelled')]);
    const moved = refusalOf(() => checkResumable(cancelled, [cancelled], { expectedCount: 3 }));
    expect(moved?.code).toBe('BULK_COUNT_MISMATCH');
    expect(english(moved!.localized)).toBe('2 rows are left to send, not 3: look at the job again.');
    const unconfirmed = refusalOf(() => checkResumable(cancelled, [cancelled], undefined));
    expect(english(unconfirmed!.localized)).toBe('2 rows are left to send, not 0: look at the job again.');
  });
});
