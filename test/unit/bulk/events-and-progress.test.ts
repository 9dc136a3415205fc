import { describe, expect, it } from 'vitest';
import type { BulkEvent } from '../../../src-preload/contract/bulk.ts';
import { message } from '../../../src-preload/contract/messages.ts';
import { refuse } from '../../../src-main/bulk/errors.ts';
import { createOpEventBatcher } from '../../../src-main/bulk/events.ts';
import { newEntry } from '../../../src-main/bulk/job-entry.ts';
import { createProgressReporter } from '../../../src-main/bulk/progress.ts';
import { job, op } from '../../support/bulk-ops.ts';

const progressOf = (events: BulkEvent[]) =>
  events.flatMap((event) => (event.type === 'progress' ? [event.progress] : []));

describe('operation state events', () => {
  it('a flush sends each change once: the next batch holds only what changed since', () => {
    const events: BulkEvent[] = [];
    const batcher = createOpEventBatcher((event) => events.push(event));
    batcher.add('job-1', 'phone-numbers', op(0, 'applied'));
    batcher.flush();
    batcher.add('job-1', 'phone-numbers', op(1, 'failed'));
    batcher.close();
    batcher.flush();
    const batches = events.map((event) => (event.type === 'ops' ? event.batch.ops.map((o) => o.index) : null));
    expect(batches).toEqual([[0], [1]]);
  });
});

describe('progress events', () => {
  it('count applied, failed and unknown operations as done, and derive rate and finish time from them', () => {
    let t = 10_000;
    const events: BulkEvent[] = [];
    const report = createProgressReporter(
      (event) => events.push(event),
      () => t,
    );
    const entry = newEntry(job(), [
      op(0, 'applied'),
      op(1, 'failed'),
      op(2, 'unknown'),
      op(3, 'pending', { retry: { attempt: 2, of: 4, at: 13_000, reason: 'transient' } }),
      op(4, 'skipped', { skip: { kind: 'unchanged', reason: message('bulk.skip.unchanged') } }),
    ]);
    entry.run = { startedAt: 7_000, doneAtStart: 0, lastProgressAt: 0 };
    report(entry, false);
    expect(progressOf(events)).toEqual([
      {
        jobId: 'job-1',
        state: 'running',
        counts: { total: 5, pending: 1, sending: 0, applied: 1, failed: 1, skipped: 1, cancelled: 0, unknown: 1 },
        done: 3,
        total: 4,
        ratePerSecond: 1,
        etaMs: 1_000,
        finishesAt: 11_000,
        retrying: 1,
      },
    ]);
    // at most four a second, unless a state change forces one
    t += 100;
    report(entry, false);
    expect(progressOf(events)).toHaveLength(1);
    report(entry, true);
    expect(progressOf(events)).toHaveLength(2);
  });
});

describe('refusals', () => {
  it('name themselves BulkError in logs and carry the operator text', () => {
    const error = refuse('BULK_NOTHING_TO_DO', message('bulk.nothingToSend'));
    expect(error.name).toBe('BulkError');
    expect(String(error)).toMatch(/^BulkError: /);
    expect(error.toIpcError()).toMatchObject({
      code: 'BULK_NOTHING_TO_DO',
      details: { message: { code: 'bulk.nothingToSend' } },
    });
  });
});
