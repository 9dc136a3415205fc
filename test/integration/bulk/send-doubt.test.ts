import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkFixture, closeDemos, jwtClient, phoneTargets, startBulkDemo, type BulkFixture } from './helpers.ts';

const FORWARDS = '/order-details-x2voip-numbers-scheduled-forwards';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

const page = (status: number, title: string): Response =>
  new Response(`<html><body><h1>${status} ${title}</h1></body></html>`, {
    status,
    headers: { 'Content-Type': 'text/html' },
  });

describe('a write whose answer never came back', () => {
  it('is read back once the job stops sending it: a change the platform made is applied, not failed; a 400 fails at once', async () => {
    const demo = await startBulkDemo();
    const [dropped, serverError, refused] = phoneTargets(demo, 3, 'CC-DOUBT').map((row) => String(row['@id'])) as [
      string,
      string,
      string,
    ];
    const number = demo.data.orderDetailsX2voipNumbers.all()[0]!['@id'];
    // in front of the platform: these writes reach it, and their answers are lost (a dropped connection, a proxy's
    // 500 page); the 400 is answered without passing the request on
    const client = jwtClient(demo, {
      maxAttempts: 1,
      fetch: async (url, init) => {
        const write = `${init.method ?? 'GET'} ${new URL(url).pathname}`;
        if (write === `PATCH ${refused}`) return page(400, 'Bad Request');
        const response = await fetch(url, init);
        if (write === `PATCH ${dropped}`)
          throw Object.assign(new TypeError('fetch failed'), {
            cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
          });
        if (write === `PATCH ${serverError}` || write === `POST ${FORWARDS}`) return page(500, 'Internal Server Error');
        return response;
      },
    });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    fixture.cache.seed(FORWARDS, demo.data.scheduledForwards.all());
    fixture.cache.seed('/order-details-x2voip-numbers', demo.data.orderDetailsX2voipNumbers.all());
    const engine = await fixture.open(client, { retry: { maxAttempts: 2, baseMs: 20, maxMs: 50 } });

    const patches = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets: [dropped, serverError, refused],
      params: { value: 'CC-DOUBT' },
    });
    engine.start(patches.jobId, { expectedCount: 3 });
    expect((await engine.whenDone(patches.jobId)).counts).toMatchObject({ applied: 2, failed: 1, unknown: 0 });
    const rows = new Map(engine.detail(patches.jobId).operations.map((o) => [o.target, o]));
    expect(rows.get(dropped)).toMatchObject({ state: 'applied', outcome: { reconciled: true } });
    expect(rows.get(serverError)).toMatchObject({ state: 'applied', outcome: { reconciled: true } });
    expect(rows.get(refused)).toMatchObject({ state: 'failed', attempts: 1 });
    // a refusal proves nothing was changed: the row is not read back
    expect(demo.requestLog.filter((e) => e.method === 'GET' && e.path === refused)).toEqual([]);
    expect(demo.data.phoneNumbers.get(Number(refused.split('/').pop()))!.costCenter).not.toBe('CC-DOUBT');

    // a create answered 500 may have been made: it is looked for, found, and not sent again
    const before = demo.data.scheduledForwards.all().length;
    const create = await engine.plan({
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: [number],
      params: { forwardTo: '0612121212', dateStart: '2031-01-01T09:00:00Z', dateEnd: '2031-01-02T09:00:00Z' },
    });
    engine.start(create.jobId, { expectedCount: 1 });
    expect((await engine.whenDone(create.jobId)).counts).toMatchObject({ applied: 1, failed: 0 });
    expect(demo.data.scheduledForwards.all()).toHaveLength(before + 1);
    expect(demo.requestLog.filter((e) => e.method === 'POST' && e.path === FORWARDS)).toHaveLength(1);
  });
});
