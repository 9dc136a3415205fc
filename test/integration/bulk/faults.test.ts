import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ISSUE_FAULT_MIX } from '../../support/fault-mix.ts';
import {
  bulkFixture,
  closeDemos,
  faultMixClient,
  jwtClient,
  patchesByPath,
  phoneTargets,
  startBulkDemo,
  type BulkFixture,
} from './helpers.ts';

const FORWARDS = '/order-details-x2voip-numbers-scheduled-forwards';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

describe('the two retry layers: the client repeats at once, the job sends again from its queue', () => {
  it(
    "with the connection's retry budget spent, every 5xx comes back 'unavailable' and the job's queue sends the row again: none failed",
    { timeout: 120_000 },
    async () => {
      const demo = await startBulkDemo({ faults: { latencyMs: 5 } });
      // a connection whose retry budget is empty: the client sends each request once and answers a 5xx 'unavailable'
      const { client, injected } = faultMixClient(demo, { ...ISSUE_FAULT_MIX, seed: 15 }, 6, { retryBudget: 0 });
      fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
      const targets = phoneTargets(demo, 200, 'CC-LAYERS');
      const engine = await fixture.open(client, { retry: { maxAttempts: 6, baseMs: 20, maxMs: 200 } });
      const plan = await engine.plan({
        resource: 'phone-numbers',
        action: 'set-cost-center',
        targets: targets.map((row) => String(row['@id'])),
        params: { value: 'CC-LAYERS' },
      });
      engine.start(plan.jobId, { expectedCount: 200 });
      const summary = await engine.whenDone(plan.jobId);
      expect(summary.counts).toMatchObject({ total: 200, applied: 200, failed: 0, unknown: 0, pending: 0 });
      for (const row of targets) expect(demo.data.phoneNumbers.get(Number(row['id']))!.costCenter).toBe('CC-LAYERS');

      const faults = (injected.get(500) ?? 0) + (injected.get(502) ?? 0) + (injected.get(503) ?? 0);
      expect(faults).toBeGreaterThan(5);
      // every fault was the job's to repeat: its operations were sent again, each send journalled as an attempt
      const operations = engine.detail(plan.jobId).operations;
      expect(operations.reduce((sum, op) => sum + op.attempts - 1, 0)).toBe(faults);
      const retries = fixture.events.flatMap((e) =>
        e.type === 'ops' && e.batch.jobId === plan.jobId ? e.batch.ops.flatMap((o) => (o.retry ? [o.retry] : [])) : [],
      );
      expect(retries.some((r) => r.reason === 'transient' && r.attempt === 2 && r.of === 6)).toBe(true);
      // the client never repeated a PATCH itself: one PATCH per number reached the platform (the faults are injected
      // in front of it)
      for (const list of patchesByPath(demo).values()) expect(list).toHaveLength(1);
    },
  );
});

describe('writes that may be repeated as they are', () => {
  it('a PATCH or a DELETE the client gave up on is sent again from the queue without reading the platform first', async () => {
    const demo = await startBulkDemo();
    // the first send of each write is answered 503 in front of the platform; with no retry budget the client hands
    // it straight to the job
    const refused = new Set<string>();
    const client = jwtClient(demo, {
      retryBudget: 0,
      fetch: async (url, init) => {
        const write = `${init.method ?? 'GET'} ${url}`;
        if (/^(PATCH|DELETE) /.test(write) && !refused.has(write)) {
          refused.add(write);
          return new Response('<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>', {
            status: 503,
            headers: { 'Content-Type': 'text/html' },
          });
        }
        return fetch(url, init);
      },
    });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    fixture.cache.seed(FORWARDS, demo.data.scheduledForwards.all());
    const engine = await fixture.open(client, { retry: { maxAttempts: 3, baseMs: 20, maxMs: 50 } });
    const numbers = phoneTargets(demo, 3, 'CC-AGAIN').map((row) => String(row['@id']));
    const forwards = demo.data.scheduledForwards
      .all()
      .slice(0, 2)
      .map((f) => f['@id']);
    const jobs = [
      await engine.plan({
        resource: 'phone-numbers',
        action: 'set-cost-center',
        targets: numbers,
        params: { value: 'CC-AGAIN' },
      }),
      await engine.plan({ resource: 'scheduled-forwards', action: 'delete-forward', targets: forwards, params: {} }),
    ];

    const before = demo.requestLog.length;
    for (const plan of jobs) {
      engine.start(plan.jobId, { expectedCount: plan.operations.length });
      expect((await engine.whenDone(plan.jobId)).counts).toMatchObject({ applied: plan.operations.length, failed: 0 });
      expect(engine.detail(plan.jobId).operations.map((o) => o.attempts)).toEqual(plan.operations.map(() => 2));
    }
    expect(refused.size).toBe(5);
    // a read would cost a request of the rate budget per row; only a POST has to prove it did not land
    expect(demo.requestLog.slice(before).filter((e) => e.method === 'GET')).toEqual([]);
    const states = fixture.events.flatMap((e) => (e.type === 'ops' ? e.batch.ops.map((o) => o.state) : []));
    expect(states).not.toContain('unknown');
    for (const iri of numbers)
      expect(demo.data.phoneNumbers.get(Number(iri.split('/').pop()))?.costCenter).toBe('CC-AGAIN');
    for (const iri of forwards) expect(demo.data.scheduledForwards.get(Number(iri.split('/').pop()))).toBeUndefined();
  });
});

describe('writes that must not be repeated blindly, under server errors and lost answers', () => {
  it(
    'accept-outport: a POST is sent again only after re-reading proves it did not land; each outport is accepted once',
    { timeout: 120_000 },
    async () => {
      const demo = await startBulkDemo({ faults: { lostResponseRate: 0.2, latencyMs: 10 } });
      // three times the issue's server errors, so that every path is taken with a few dozen outports; as many
      // attempts as that needs to make a row failing every one of them practically impossible
      const { client } = faultMixClient(demo, { serverError: 0.2, badGateway: 0.05, unavailable: 0.05, seed: 7 });
      fixture.cache.seed('/outports', demo.data.outports.all());
      const pending = demo.data.outports.all().filter((o) => o.status === 'pending');
      expect(pending.length).toBeGreaterThan(10);
      const engine = await fixture.open(client, { retry: { maxAttempts: 10, baseMs: 20, maxMs: 200 } });
      const plan = await engine.plan({
        resource: 'outports',
        action: 'accept-outport',
        targets: pending.map((o) => o['@id']),
        params: {},
      });
      engine.start(plan.jobId, { expectedCount: pending.length });
      const done = await engine.whenDone(plan.jobId);
      expect(done.counts).toMatchObject({ applied: pending.length, failed: 0, unknown: 0 });
      for (const o of pending) expect(demo.data.outports.get(o.id)!.status).toBe('accepted');

      const posts = demo.requestLog.filter((e) => e.method === 'POST' && e.path === '/outports/accept-outport');
      // every POST that reached the platform applied its outport: none was repeated after it had landed (that
      // would be refused 409, "not pending")
      expect(posts.filter((e) => e.applied)).toHaveLength(pending.length);
      expect(posts.filter((e) => !e.applied)).toEqual([]);
      const operations = engine.detail(plan.jobId).operations;
      // some were sent again (after a 500 or a proxy error whose read showed nothing happened) …
      expect(operations.filter((op) => op.attempts > 1).length).toBeGreaterThan(0);
      // … and some were settled by reading after their answer was lost
      expect(operations.filter((op) => op.outcome?.note?.includes('confirmed by re-reading')).length).toBeGreaterThan(
        0,
      );
    },
  );
});
