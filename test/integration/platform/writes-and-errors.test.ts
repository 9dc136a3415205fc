import { afterEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../src-main/platform/http.ts';
import { closeDemos, failure, jwtClient, startDemo } from './demo-client.ts';

afterEach(closeDemos);

describe('writes and errors against the demo platform', () => {
  it('a POST answered 502 is not retried and is reported as an unknown outcome', async () => {
    const demo = await startDemo({ faults: { lostResponseRate: 1 } });
    const api = jwtClient(demo);
    const target = demo.data.orderDetailsX2voipNumbers.all()[0]!;
    const before = demo.data.scheduledForwards.all().length;
    const error = await failure(
      api.request({
        method: 'POST',
        path: '/order-details-x2voip-numbers-scheduled-forwards',
        body: { orderDetailsX2voipNumber: target['@id'], forwardTo: '0612345678' },
      }),
    );
    expect(error.kind).toBe('unknown-outcome');
    expect(error.status).toBe(502);
    expect(error.userMessage).toMatch(/may have been applied.*reconcile/);
    const posts = demo.requestLog.filter(
      (e) => e.method === 'POST' && e.path === '/order-details-x2voip-numbers-scheduled-forwards',
    );
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ status: 502, applied: true, contentType: 'application/json' });
    // it was applied: exactly once
    expect(demo.data.scheduledForwards.all().length).toBe(before + 1);
  });

  it('accept-outport answered 502 is sent once and reported unknown', async () => {
    const demo = await startDemo({ faults: { lostResponseRate: 1 } });
    const api = jwtClient(demo);
    const pending = demo.data.outports.all().find((o) => o.status === 'pending')!;
    const error = await failure(
      api.request({ method: 'POST', path: '/outports/accept-outport', body: { id: pending.id } }),
    );
    expect(error.kind).toBe('unknown-outcome');
    expect(demo.requestLog.filter((e) => e.path === '/outports/accept-outport')).toHaveLength(1);
    expect(demo.data.outports.get(pending.id)?.status).toBe('accepted');
  });

  it('a side-effect GET (number-block split) with retry:false is sent once', async () => {
    const demo = await startDemo({ faults: { lostResponseRate: 1 } });
    const api = jwtClient(demo);
    const block = demo.data.numberBlocks.all().find((b) => b.size === 100 && b.status !== 'in-use')!;
    const error = await failure(api.request({ path: `/number-blocks/${block.id}/split/10`, retry: false }));
    expect(error.kind).toBe('unknown-outcome');
    expect(demo.requestLog.filter((e) => e.path.includes('/split/'))).toHaveLength(1);
  });

  it('PATCH sends merge-patch and is repeated after a lost response (idempotent)', async () => {
    const demo = await startDemo();
    const api = jwtClient(demo);
    demo.setFaults({ lostResponseRate: 1 });
    const lost = api.request({ method: 'PATCH', path: '/phonenumbers/1', body: { costCenter: 'Sales' } });
    // let the first attempt be answered 502, then let the repeat through
    setTimeout(() => demo.setFaults({ lostResponseRate: 0 }), 5);
    const updated = (await lost) as Record<string, unknown>;
    expect(updated['costCenter']).toBe('Sales');
    const patches = demo.requestLog.filter((e) => e.method === 'PATCH');
    expect(patches.every((e) => e.contentType === 'application/merge-patch+json')).toBe(true);
    expect(patches.at(-1)?.status).toBe(200);
  });

  it('403, 404, 415 and 422 arrive as typed errors carrying the platform text', async () => {
    const demo = await startDemo({ rights: { wholesaler: false } });
    const api = jwtClient(demo);

    const forbidden = await failure(api.listAll('/number-blocks'));
    expect(forbidden).toMatchObject({ kind: 'http', status: 403, platformMessage: 'Access Denied.' });
    expect(forbidden.userMessage).toMatch(/IP address may not be whitelisted.*superuser\/wholesaler/);

    const missing = await failure(api.request({ path: '/phonenumbers/987654321' }));
    expect(missing).toMatchObject({ kind: 'http', status: 404, platformMessage: 'Not Found' });

    const invalid = await failure(
      api.request({ method: 'PATCH', path: '/phonenumbers/1', body: { costCenter: 'x'.repeat(80) } }),
    );
    expect(invalid.status).toBe(422);
    expect(invalid.violations).toEqual([{ field: 'costCenter', message: expect.stringMatching(/.+/) }]);
    expect(invalid.userMessage).toContain('costCenter: ');
    expect(invalid.toJSON().details.violations).toHaveLength(1);

    // a proxy that rewrites the PATCH content type: the platform refuses it with 415
    const mangling: FetchLike = (url, init) =>
      fetch(
        url,
        init.method === 'PATCH'
          ? { ...init, headers: { ...(init.headers as Record<string, string>), 'Content-Type': 'application/json' } }
          : init,
      );
    const mangled = jwtClient(demo, { fetch: mangling });
    const unsupported = await failure(
      mangled.request({ method: 'PATCH', path: '/phonenumbers/1', body: { costCenter: 'Sales' } }),
    );
    expect(unsupported.status).toBe(415);
    expect(unsupported.platformMessage).toMatch(/.+/);
    expect(unsupported.userMessage).toContain(unsupported.platformMessage ?? '');
    expect(demo.requestLog.filter((e) => e.status === 415)).toHaveLength(1);
  });

  it('with errorRate 0.3, GETs and PATCHes still succeed through retries', async () => {
    const demo = await startDemo({ faults: { errorRate: 0.3 } });
    const api = jwtClient(demo, { maxAttempts: 10 });
    const gets = await Promise.all(
      Array.from({ length: 30 }, (_, i) => api.request({ path: `/phonenumbers/${i + 1}` })),
    );
    expect(gets).toHaveLength(30);
    for (let id = 1; id <= 20; id += 1) {
      await api.request({ method: 'PATCH', path: `/phonenumbers/${id}`, body: { description: `line ${id}` } });
    }
    for (let id = 1; id <= 20; id += 1) expect(demo.data.phoneNumbers.get(id)?.description).toBe(`line ${id}`);
    const listed = await api.listAll('/phonenumbers', { itemsPerPage: 200 });
    expect(new Set(listed.items.map((i) => i['@id'])).size).toBe(demo.data.phoneNumbers.size);
    expect(demo.requestLog.filter((e) => e.status === 503).length).toBeGreaterThan(10);
  });

  it('scheduled forwards: create, update and delete', async () => {
    const demo = await startDemo();
    const api = jwtClient(demo);
    const target = demo.data.orderDetailsX2voipNumbers.all()[1]!;
    const created = (await api.request({
      method: 'POST',
      path: '/order-details-x2voip-numbers-scheduled-forwards',
      body: { orderDetailsX2voipNumber: target['@id'], forwardTo: '0612345678' },
    })) as Record<string, unknown>;
    const iri = String(created['@id']);
    const updated = (await api.request({ method: 'PATCH', path: iri, body: { forwardTo: '0687654321' } })) as Record<
      string,
      unknown
    >;
    expect(updated['forwardTo']).toBe('0687654321');
    expect(await api.request({ method: 'DELETE', path: iri })).toBeNull();
    expect((await failure(api.request({ path: iri }))).status).toBe(404);
  });
});
