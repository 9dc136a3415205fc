import { describe, expect, it } from 'vitest';
import { createCacheBatcher } from '../../../src-main/bulk/cache-batch.ts';
import { logText } from '../../../src-main/logging/ui-text.ts';
import type { Row } from '../../../src-main/bulk/types.ts';
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

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Polls until `done` holds (a timer's batch went out), failing after 5 s: a loaded machine may run a timer late. */
async function until(done: () => boolean): Promise<void> {
  for (const started = Date.now(); !done(); await wait(10)) {
    if (Date.now() - started > 5_000) throw new Error('the batch never went out');
  }
}

describe('operation state events, batched in time', () => {
  it('changes within a tenth of a second go out as one batch, by themselves; closing sends what waits', async () => {
    const events: BulkEvent[] = [];
    const batcher = createOpEventBatcher((event) => events.push(event));
    const skipped = op(2, 'skipped', { skip: { kind: 'unchanged', reason: message('bulk.skip.unchanged') } });
    batcher.add('job-1', 'phone-numbers', op(0, 'applied'));
    batcher.add('job-1', 'phone-numbers', op(1, 'sending'));
    batcher.add('job-1', 'phone-numbers', skipped);
    expect(events).toEqual([]);
    await until(() => events.length > 0);
    await wait(150);
    expect(events).toHaveLength(1);
    const [batch] = events.map((event) => (event.type === 'ops' ? event.batch : null));
    expect(batch!.ops.map((o) => o.index)).toEqual([0, 1, 2]);
    // a skipped operation says why in the log's words
    expect(batch!.ops[2]!.message).toBe(logText(message('bulk.skip.unchanged')));
    batcher.add('job-1', 'phone-numbers', op(3, 'applied'));
    batcher.close();
    expect(events).toHaveLength(2);
    await wait(150);
    expect(events).toHaveLength(2);
  });
});

describe('rows handed to the cache', () => {
  it('go in one batch a fifth of a second after the first, each row once, and removals only when there are some', async () => {
    const applied: [string, string[]][] = [];
    const removed: [string, string[]][] = [];
    const batcher = createCacheBatcher(
      async (path, items) => void applied.push([path, items.map((item) => String(item['@id']))]),
      async (path, iris) => void removed.push([path, iris]),
    );
    const row = (id: number): Row => ({ '@id': `/phonenumbers/${id}`, costCenter: 'CC' });
    batcher.add('/phonenumbers', [row(1)], []);
    batcher.add('/phonenumbers', [row(2), row(1)], []);
    expect(applied).toEqual([]);
    await until(() => applied.length > 0);
    await wait(250);
    expect(applied).toEqual([['/phonenumbers', ['/phonenumbers/1', '/phonenumbers/2']]]);
    expect(removed).toEqual([]);
    // handed over once: a flush after it has nothing to hand over again
    await batcher.flush();
    expect(applied).toHaveLength(1);
    batcher.add('/forwards', [], ['/forwards/7']);
    await batcher.flush();
    expect(removed).toEqual([['/forwards', ['/forwards/7']]]);
    await batcher.flush();
    expect(removed).toHaveLength(1);
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
    // a quarter of a second after the last one, the next goes out
    t += 250;
    report(entry, false);
    expect(progressOf(events)).toHaveLength(3);
  });

  it('a run that settled nothing yet has no rate and no finish time; a resumed run counts only what it settled', () => {
    const events: BulkEvent[] = [];
    let t = 7_000;
    const report = createProgressReporter(
      (event) => events.push(event),
      () => t,
    );
    const entry = newEntry(job(), [op(0, 'applied'), op(1, 'applied'), op(2, 'applied'), op(3, 'pending')]);
    entry.run = { startedAt: 7_000, doneAtStart: 2, lastProgressAt: 0 };
    report(entry, true);
    expect(progressOf(events)[0]).toMatchObject({ ratePerSecond: 0, etaMs: null, finishesAt: null });
    t = 10_000;
    report(entry, true);
    // one operation in three seconds; one left
    expect(progressOf(events)[1]).toMatchObject({
      done: 3,
      total: 4,
      ratePerSecond: 0.3,
      etaMs: 3_000,
      finishesAt: 13_000,
    });
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
