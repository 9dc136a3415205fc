import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDemo } from '../platform/demo-client.ts';
import { bulkFixture, closeDemos, jwtClient, phoneTargets, waitFor, type BulkFixture } from './helpers.ts';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

describe('a job that meets a spent hourly budget', () => {
  it(
    'waits with nothing failed (the refused rows go back to the queue), the panel reads the pause until the reset, cancel sends nothing more',
    { timeout: 60_000 },
    async () => {
      // 20 requests an hour: the sign-in and 19 changes fit, then the platform answers 429 with a wait of about an hour
      const demo = await startDemo({ rateLimit: { hourLimit: 20, dayLimit: 10_000 }, faults: { latencyMs: 20 } });
      const client = jwtClient(demo);
      fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
      const targets = phoneTargets(demo, 50, 'CC-BUDGET');
      const engine = await fixture.open(client);
      const plan = await engine.plan({
        resource: 'phone-numbers',
        action: 'set-cost-center',
        targets: targets.map((row) => String(row['@id'])),
        params: { value: 'CC-BUDGET' },
      });
      const started = Date.now();
      engine.start(plan.jobId, { expectedCount: 50 });
      await waitFor(() => {
        const counts = engine.detail(plan.jobId).counts;
        return (
          counts.sending === 0 &&
          counts.applied + counts.pending === 50 &&
          demo.requestLog.some((e) => e.status === 429)
        );
      });
      const detail = engine.detail(plan.jobId);
      expect(detail.state).toBe('running');
      expect(detail.counts).toMatchObject({ applied: 19, pending: 31, failed: 0, unknown: 0 });
      const waiting = detail.operations.filter((op) => op.state === 'pending');
      // those refused in flight are back in the queue, without using up an attempt; the rest were never taken
      const refused = waiting.filter((op) => op.retry !== null);
      expect(refused.length).toBeGreaterThan(0);
      for (const op of refused) expect(op.retry).toMatchObject({ reason: 'rate-limited', attempt: 1, of: 4 });
      for (const op of waiting) expect(op.attempts).toBe(0);

      // what the job panel reads (through budgetHold, see test/unit/renderer/bulk-budget-hold.test.ts): the hourly
      // window spent, everything held until the platform's reset, about an hour from now
      const snapshot = client.governor.snapshot();
      expect(snapshot.hour.remaining).toBe(0);
      expect(snapshot.pausedUntil).toBeGreaterThan(started + 3_500_000);
      expect(snapshot.pausedUntil).toBeLessThan(Date.now() + 3_700_000);

      // nothing more is sent during the hold
      const requests = demo.requestLog.length;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(demo.requestLog.length).toBe(requests);

      const cancelled = await engine.cancel(plan.jobId);
      expect(cancelled.state).toBe('cancelled');
      expect(cancelled.counts).toMatchObject({ applied: 19, cancelled: 31, failed: 0, unknown: 0, pending: 0 });
      expect(demo.requestLog.length).toBe(requests);
    },
  );

  it(
    'a write in doubt whose re-read meets the spent budget stays in doubt and waits to be re-read, never sent again',
    { timeout: 30_000 },
    async () => {
      // 2 requests an hour: the sign-in and the accept (applied, its answer lost); the re-read is refused 429
      const demo = await startDemo({
        rateLimit: { hourLimit: 2, dayLimit: 10_000 },
        faults: { lostResponseRate: 1 },
      });
      const client = jwtClient(demo);
      fixture.cache.seed('/outports', demo.data.outports.all());
      const outport = demo.data.outports.all().find((o) => o.status === 'pending')!;
      const engine = await fixture.open(client);
      const plan = await engine.plan({
        resource: 'outports',
        action: 'accept-outport',
        targets: [outport['@id']],
        params: {},
      });
      engine.start(plan.jobId, { expectedCount: 1 });
      await waitFor(() => engine.detail(plan.jobId).operations[0]!.retry !== null);
      const detail = engine.detail(plan.jobId);
      expect(detail.state).toBe('running');
      expect(detail.operations[0]).toMatchObject({ state: 'unknown', attempts: 1, retry: { reason: 'recheck' } });
      expect(detail.operations[0]!.retry!.at).toBeGreaterThan(Date.now() + 3_500_000);
      expect(demo.requestLog.filter((e) => e.path === '/outports/accept-outport')).toHaveLength(1);

      // cancelling leaves it in doubt (it may have landed: it did), never "cancelled"
      const cancelled = await engine.cancel(plan.jobId);
      expect(cancelled.counts).toMatchObject({ unknown: 1, cancelled: 0, failed: 0 });
      expect(engine.detail(plan.jobId).operations[0]!.outcome!.note).toContain('check the platform');
      expect(demo.requestLog.filter((e) => e.path === '/outports/accept-outport')).toHaveLength(1);
    },
  );
});
