import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  refusalOf,
  bulkFixture,
  closeDemos,
  jwtClient,
  phoneTargets,
  sleep,
  startBulkDemo,
  waitFor,
  type BulkFixture,
} from './helpers.ts';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

describe('pause, resume and cancel', () => {
  it(
    'pausing stops sending, resuming continues, cancelling sends nothing more and leaves every op in one final state',
    { timeout: 30_000 },
    async () => {
      const demo = await startBulkDemo({ faults: { latencyMs: 30 } });
      const client = jwtClient(demo);
      fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
      const targets = phoneTargets(demo, 300, 'CC-PAUSE');
      const engine = await fixture.open(client);
      const plan = await engine.plan({
        resource: 'phone-numbers',
        action: 'set-cost-center',
        targets: targets.map((row) => String(row['@id'])),
        params: { value: 'CC-PAUSE' },
      });
      const applied = (): number => demo.requestLog.filter((e) => e.method === 'PATCH' && e.applied).length;
      engine.start(plan.jobId, { expectedCount: 300 });

      await waitFor(() => applied() >= 30);
      expect(engine.pause(plan.jobId).state).toBe('paused');
      await waitFor(() => engine.detail(plan.jobId).counts.sending === 0);
      const logAtPause = demo.requestLog.length;
      await sleep(400);
      expect(demo.requestLog.length).toBe(logAtPause);
      expect(engine.detail(plan.jobId).state).toBe('paused');

      expect((await engine.resume(plan.jobId)).state).toBe('running');
      await waitFor(() => applied() >= 150);
      const cancelled = await engine.cancel(plan.jobId);
      expect(cancelled.state).toBe('cancelled');
      const logAtCancel = demo.requestLog.length;
      await sleep(300);
      expect(demo.requestLog.length).toBe(logAtCancel);

      const detail = engine.detail(plan.jobId);
      expect(detail.counts.pending + detail.counts.sending + detail.counts.unknown + detail.counts.failed).toBe(0);
      expect(detail.counts.applied + detail.counts.cancelled).toBe(300);
      expect(detail.counts.cancelled).toBeGreaterThan(0);
      const patched = new Map<string, number>();
      for (const e of demo.requestLog) if (e.method === 'PATCH') patched.set(e.path, (patched.get(e.path) ?? 0) + 1);
      for (const op of detail.operations) {
        if (op.state === 'cancelled') expect(patched.has(op.target)).toBe(false);
        else {
          expect(op.state).toBe('applied');
          expect(patched.get(op.target)).toBe(1);
        }
      }

      // the journal says the same after a restart
      const reopened = await fixture.open(client);
      expect(reopened.interrupted()).toEqual([]);
      expect(reopened.detail(plan.jobId).operations.map((o) => o.state)).toEqual(detail.operations.map((o) => o.state));

      // the cancelled rest can be planned again as a retry of... nothing failed, so it is refused plainly
      expect(await engine.retryFailed(plan.jobId).then(() => null, refusalOf)).toEqual({
        code: 'BULK_NOTHING_TO_DO',
        text: 'The job has no failed operations.',
      });
    },
  );
});
