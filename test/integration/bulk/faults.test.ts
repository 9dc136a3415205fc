import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ISSUE_FAULT_MIX } from '../../support/fault-mix.ts';
import { english } from '../../support/ui-text.ts';
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

/** A proxy's 502 page, answered in front of the platform: nothing reached it. */
const badGateway = (): Response =>
  new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
    status: 502,
    headers: { 'Content-Type': 'text/html' },
  });

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
  it('a create whose re-read fails too stays in doubt, says so on its row, and is not sent again', async () => {
    const demo = await startBulkDemo();
    let posts = 0;
    const client = jwtClient(demo, {
      retryBudget: 0,
      fetch: async (url, init) => {
        if (new URL(url).pathname !== FORWARDS) return fetch(url, init);
        if (init.method === 'POST') posts += 1;
        return badGateway();
      },
    });
    fixture.cache.seed(FORWARDS, demo.data.scheduledForwards.all());
    fixture.cache.seed('/order-details-x2voip-numbers', demo.data.orderDetailsX2voipNumbers.all());
    const engine = await fixture.open(client, { retry: { maxAttempts: 3, baseMs: 20, maxMs: 50 } });
    const number = demo.data.orderDetailsX2voipNumbers.all()[7]!;
    const plan = await engine.plan({
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: [number['@id']],
      params: { forwardTo: '+31 6 5656 7878', dateStart: '2031-03-05T09:00:00Z', dateEnd: '2031-03-06T09:00:00Z' },
    });
    engine.start(plan.jobId, { expectedCount: 1 });
    expect((await engine.whenDone(plan.jobId)).counts).toMatchObject({ applied: 0, failed: 0, unknown: 1 });
    expect(posts).toBe(1);
    const updates = fixture.events.flatMap((e) =>
      e.type === 'ops' && e.batch.jobId === plan.jobId ? e.batch.ops : [],
    );
    expect(updates.map((o) => o.state)).toEqual(['sending', 'unknown', 'unknown']);
    expect(english(updates.at(-1)!.text!)).toMatch(
      /could not be confirmed by reading it back \(.+\); check the platform before trying again/,
    );
  });

  it('a re-read held back by the rate limit waits in the queue, still in doubt, and is read after the hold', async () => {
    const demo = await startBulkDemo();
    // the first POST is answered 502 in front of the platform, and the first listing that re-reads it 429
    let posts = 0;
    let listingsRefused = 0;
    const client = jwtClient(demo, {
      retryBudget: 0,
      // a re-read yields to a hold longer than this (15 s in the app), so a one-second Retry-After is enough
      backgroundPatienceMs: 100,
      fetch: async (url, init) => {
        const { pathname } = new URL(url);
        if (init.method === 'POST' && pathname === FORWARDS && posts++ === 0) return badGateway();
        if ((init.method ?? 'GET') === 'GET' && pathname === FORWARDS && posts > 0 && listingsRefused++ === 0)
          return new Response(JSON.stringify({ title: 'Too Many Requests' }), {
            status: 429,
            headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' },
          });
        return fetch(url, init);
      },
    });
    fixture.cache.seed(FORWARDS, demo.data.scheduledForwards.all());
    fixture.cache.seed('/order-details-x2voip-numbers', demo.data.orderDetailsX2voipNumbers.all());
    const engine = await fixture.open(client, { retry: { maxAttempts: 3, baseMs: 20, maxMs: 50 } });
    const number = demo.data.orderDetailsX2voipNumbers.all()[6]!;
    const plan = await engine.plan({
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: [number['@id']],
      params: { forwardTo: '+31 6 1212 3434', dateStart: '2031-02-05T09:00:00Z', dateEnd: '2031-02-06T09:00:00Z' },
    });
    engine.start(plan.jobId, { expectedCount: 1 });
    expect((await engine.whenDone(plan.jobId)).counts).toMatchObject({ applied: 1, failed: 0, unknown: 0 });
    // sent again only after the re-read after the hold proved the first did not land
    expect(posts).toBe(2);
    const created = demo.data.scheduledForwards.all().filter((f) => f.orderDetailsX2voipNumber === number['@id']);
    expect(created.filter((f) => f.forwardTo === '0612123434')).toHaveLength(1);
    const updates = fixture.events.flatMap((e) =>
      e.type === 'ops' && e.batch.jobId === plan.jobId
        ? e.batch.ops.map((o) => [o.state, o.retry?.reason ?? null])
        : [],
    );
    expect(updates).toEqual([
      ['sending', null],
      ['unknown', null],
      ['unknown', 'recheck'],
      ['pending', 'transient'],
      ['sending', null],
      ['applied', null],
    ]);
  });

  it('a create that never reaches the platform is re-read after each try and reported not applied when they run out', async () => {
    const demo = await startBulkDemo();
    // every POST of a forward is answered 502 in front of the platform: nothing is created, the answer proves nothing
    let posts = 0;
    const client = jwtClient(demo, {
      retryBudget: 0,
      fetch: async (url, init) => {
        if (init.method === 'POST' && new URL(url).pathname === FORWARDS) {
          posts += 1;
          return badGateway();
        }
        return fetch(url, init);
      },
    });
    fixture.cache.seed(FORWARDS, demo.data.scheduledForwards.all());
    fixture.cache.seed('/order-details-x2voip-numbers', demo.data.orderDetailsX2voipNumbers.all());
    const engine = await fixture.open(client, { retry: { maxAttempts: 2, baseMs: 20, maxMs: 50 } });
    const number = demo.data.orderDetailsX2voipNumbers.all()[5]!;
    const forwardsBefore = demo.data.scheduledForwards.all().length;
    const plan = await engine.plan({
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: [number['@id']],
      params: { forwardTo: '+31 6 9988 7766', dateStart: '2031-01-05T09:00:00Z', dateEnd: '2031-01-06T09:00:00Z' },
    });
    engine.start(plan.jobId, { expectedCount: 1 });
    expect((await engine.whenDone(plan.jobId)).counts).toMatchObject({ applied: 0, failed: 1, unknown: 0 });

    const op = engine.detail(plan.jobId).operations[0]!;
    expect(op).toMatchObject({ state: 'failed', attempts: 2 });
    expect(english(op.outcome!.noteText)).toBe('not applied (confirmed by reading it back); safe to try again');
    expect(posts).toBe(2);
    expect(demo.data.scheduledForwards.all()).toHaveLength(forwardsBefore);
    const states = fixture.events.flatMap((e) =>
      e.type === 'ops' && e.batch.jobId === plan.jobId ? e.batch.ops.map((o) => o.state) : [],
    );
    expect(states).toEqual(['sending', 'unknown', 'pending', 'sending', 'unknown', 'failed']);
  });

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
