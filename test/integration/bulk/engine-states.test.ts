import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkEngine } from '../../../src-main/bulk/index.ts';
import { openJournal } from '../../../src-main/bulk/journal.ts';
import { job, op } from '../../support/bulk-ops.ts';
import {
  appliedPatches,
  bulkFixture,
  closeDemos,
  jwtClient,
  phoneTargets,
  startBulkDemo,
  waitFor,
  type BulkFixture,
  type Demo,
} from './helpers.ts';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

/** Plans a cost-center job on `count` phone numbers (not started). */
async function planJob(demo: Demo, engine: BulkEngine, count: number, value: string) {
  const targets = phoneTargets(demo, count, value).map((row) => String(row['@id']));
  return engine.plan({ resource: 'phone-numbers', action: 'set-cost-center', targets, params: { value } });
}

/**
 * The value if the promise has settled before the event loop's next turn, else 'still waiting': a bound counted in
 * turns, not milliseconds, so a loaded machine cannot make it fail.
 */
const settledNow = <T>(promise: Promise<T>): Promise<T | 'still waiting'> =>
  Promise.race([promise, new Promise<'still waiting'>((resolve) => setImmediate(() => resolve('still waiting')))]);

describe('job states the engine moves through', () => {
  it('a paused job is cancelled at once: its run ends, nothing more is sent, the unsent rest is cancelled', async () => {
    const demo = await startBulkDemo({ faults: { latencyMs: 20 } });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const engine = await fixture.open(jwtClient(demo), { concurrency: 2 });
    const plan = await planJob(demo, engine, 40, 'CC-PAUSED');
    engine.start(plan.jobId, { expectedCount: 40 });
    await waitFor(() => appliedPatches(demo) >= 4);
    engine.pause(plan.jobId);
    await waitFor(() => engine.detail(plan.jobId).counts.sending === 0);
    const sent = demo.requestLog.length;

    // the cancel of a paused job resolves once its run has ended, so nothing is left to wait for
    expect((await engine.cancel(plan.jobId)).state).toBe('cancelled');
    const done = await settledNow(engine.whenDone(plan.jobId));
    expect(done).toMatchObject({ state: 'cancelled' });
    const counts = engine.detail(plan.jobId).counts;
    expect(counts.pending).toBe(0);
    expect(counts.applied + counts.cancelled).toBe(40);
    expect(counts.cancelled).toBeGreaterThan(0);
    expect(demo.requestLog.length).toBe(sent);
  });

  it('a job interrupted by closing is cancelled after a restart: what was never sent is cancelled, in the journal too', async () => {
    const demo = await startBulkDemo({ faults: { latencyMs: 20 } });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const client = jwtClient(demo);
    const first = await fixture.open(client, { concurrency: 2 });
    const plan = await planJob(demo, first, 40, 'CC-CLOSED');
    first.start(plan.jobId, { expectedCount: 40 });
    await waitFor(() => appliedPatches(demo) >= 4);
    await first.close();

    const engine = await fixture.open(client);
    expect(engine.interrupted().map((job) => job.jobId)).toEqual([plan.jobId]);
    const unsent = engine.detail(plan.jobId).counts.pending;
    expect(unsent).toBeGreaterThan(0);
    const cancelled = await engine.cancel(plan.jobId);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.counts).toMatchObject({ pending: 0, cancelled: unsent, applied: 40 - unsent });
    const reopened = await fixture.open(client);
    expect(reopened.detail(plan.jobId).counts).toEqual(cancelled.counts);
    // a finished job cannot be cancelled
    await expect(engine.cancel(plan.jobId)).rejects.toMatchObject({
      code: 'BULK_WRONG_STATE',
      details: { message: { params: { to: { code: 'bulk.jobState.cancelled' } } } },
    });
  });

  it('resuming an interrupted job with nothing left to send completes it at once', async () => {
    const demo = await startBulkDemo();
    // the app stopped after the last operation was journalled applied, before the job was journalled completed
    const { journal } = await openJournal({
      dir: fixture.dir,
      profileId: fixture.profileId,
      vault: fixture.vault,
      now: () => 3_000,
    });
    const phones = demo.data.phoneNumbers.all().slice(0, 2);
    const ops = phones.map((phone, index) =>
      op(index, 'applied', {
        target: phone['@id'],
        request: { method: 'PATCH', path: phone['@id'] },
        updatedAt: 2_500,
      }),
    );
    journal.insertJob(job({ id: 'b0a1d000-0000-4000-8000-00000000e5c1', profileId: fixture.profileId }), ops);
    journal.close();

    const engine = await fixture.open(jwtClient(demo));
    expect(engine.interrupted().map((entry) => entry.jobId)).toEqual(['b0a1d000-0000-4000-8000-00000000e5c1']);
    const resumed = await engine.resumeInterrupted('b0a1d000-0000-4000-8000-00000000e5c1');
    expect(resumed).toMatchObject({ state: 'completed', counts: { applied: 2, pending: 0 } });
    expect(demo.requestLog.filter((e) => e.method === 'PATCH')).toEqual([]);
  });

  it('a finished job with an operation in doubt is refused a cancel before anything is re-read', async () => {
    const demo = await startBulkDemo();
    const { journal } = await openJournal({
      dir: fixture.dir,
      profileId: fixture.profileId,
      vault: fixture.vault,
      now: () => 3_000,
    });
    const phone = demo.data.phoneNumbers.all()[0]!;
    const inDoubt = op(0, 'unknown', { target: phone['@id'], request: { method: 'PATCH', path: phone['@id'] } });
    const jobId = 'b0a1d000-0000-4000-8000-00000000d0b7';
    journal.insertJob(job({ id: jobId, profileId: fixture.profileId, state: 'completed', finishedAt: 2_900 }), [
      inDoubt,
    ]);
    journal.close();

    const engine = await fixture.open(jwtClient(demo));
    await expect(engine.cancel(jobId)).rejects.toMatchObject({
      code: 'BULK_WRONG_STATE',
      details: {
        message: { params: { from: { code: 'bulk.jobState.completed' }, to: { code: 'bulk.jobState.cancelled' } } },
      },
    });
    expect(engine.detail(jobId)).toMatchObject({ state: 'completed', counts: { unknown: 1 } });
    expect(demo.requestLog.filter((e) => e.path === phone['@id'])).toEqual([]);
  });

  it('refuses a second start, a discarded plan, an unknown plan and any new work once closed', async () => {
    const demo = await startBulkDemo();
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const engine = await fixture.open(jwtClient(demo));
    const plan = await planJob(demo, engine, 1, 'CC-TWICE');
    engine.start(plan.jobId, { expectedCount: 1 });
    expect(() => engine.start(plan.jobId, { expectedCount: 1 })).toThrow(
      expect.objectContaining({ code: 'BULK_WRONG_STATE', localized: { code: 'bulk.alreadyStarted' } }),
    );
    await engine.whenDone(plan.jobId);

    const discarded = await planJob(demo, engine, 1, 'CC-DISCARDED');
    engine.discardPlan(discarded.jobId);
    for (const jobId of [discarded.jobId, 'no-such-plan'])
      expect(() => engine.start(jobId, { expectedCount: 1 })).toThrow(
        expect.objectContaining({ code: 'BULK_UNKNOWN_JOB', localized: { code: 'bulk.unknownPlan' } }),
      );

    await engine.close();
    await expect(planJob(demo, engine, 1, 'CC-CLOSED')).rejects.toMatchObject({
      code: 'BULK_WRONG_STATE',
      localized: { code: 'bulk.closed' },
    });
  });
});
