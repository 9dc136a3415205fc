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
});
