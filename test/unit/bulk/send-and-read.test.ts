import { afterEach, describe, expect, it } from 'vitest';
import { failureOutcome, sendOp } from '../../../src-main/bulk/execute.ts';
import { readCurrent } from '../../../src-main/bulk/read-current.ts';
import { createPlatformClient, type PlatformClient } from '../../../src-main/platform/client.ts';
import { json, startTinyServer, type Handler, type TinyServer } from '../platform/tiny-server.ts';
import { op } from '../../support/bulk-ops.ts';

const servers: TinyServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** The console's client, signed in with a static key, against a loopback platform that answers with `handler`. */
async function platform(handler: Handler): Promise<{ client: PlatformClient; server: TinyServer }> {
  const server = await startTinyServer(handler);
  servers.push(server);
  const client = createPlatformClient({
    baseUrl: server.url,
    auth: { mode: 'static-key', clientId: 'client-123', authToken: async () => 'static-secret-token' },
    fetch: (url, init) => fetch(url, init),
    backoff: { baseMs: 5, maxMs: 20 },
  });
  return { client, server };
}

describe('sending one operation', () => {
  it('a split keeps only the items of its answer, not IRIs, nulls or lists among them', async () => {
    const { client } = await platform((_req, res) =>
      json(res, 200, {
        'hydra:member': [{ '@id': '/number-blocks/1' }, '/number-blocks/2', null, [{ '@id': '/number-blocks/3' }]],
      }),
    );
    const split = op(0, 'sending', { kind: 'split', request: { method: 'POST', path: '/number-blocks/1/split' } });
    const result = await sendOp(client, split);
    expect(result).toMatchObject({ type: 'applied', status: 200, items: [{ '@id': '/number-blocks/1' }] });
  });

  it('only an answer that is an item is taken as the changed row; only a split’s answer is read as a list', async () => {
    const { client } = await platform((req, res) =>
      req.path === '/x/0'
        ? json(res, 200, { status: 'ok' })
        : json(res, 200, { '@id': req.path, 'hydra:member': [{ '@id': '/x/other' }] }),
    );
    expect(await sendOp(client, op(0, 'sending'))).toMatchObject({ type: 'applied', items: [] });
    expect(await sendOp(client, op(1, 'sending'))).toMatchObject({ type: 'applied', items: [{ '@id': '/x/1' }] });
  });

  it('a refusal is failed, but a DELETE answered 404 is in doubt (an earlier attempt may have removed it)', async () => {
    const { client } = await platform((req, res) =>
      req.method === 'DELETE' && req.path === '/forwards/1'
        ? json(res, 404, { 'hydra:description': 'Not found' })
        : json(res, req.method === 'DELETE' ? 409 : 422, { 'hydra:description': 'Refused' }),
    );
    const gone = await sendOp(client, op(0, 'sending', { request: { method: 'DELETE', path: '/forwards/1' } }));
    const conflict = await sendOp(client, op(1, 'sending', { request: { method: 'DELETE', path: '/forwards/2' } }));
    const invalid = await sendOp(client, op(2, 'sending'));
    expect([gone.type, conflict.type, invalid.type]).toEqual(['ambiguous', 'failed', 'failed']);
    expect(gone.type === 'ambiguous' && gone.outcome).toMatchObject({ status: 404, reconciled: false });
  });

  it('a long rate-limit hold comes back unsent: failed, not in doubt', async () => {
    const { client, server } = await platform((_req, res) =>
      json(res, 429, { 'hydra:description': 'Too many requests' }, { 'Retry-After': '3600' }),
    );
    for (const method of ['PATCH', 'POST'] as const) {
      const result = await sendOp(client, op(0, 'sending', { request: { method, path: '/x/0' } }));
      expect(result.type).toBe('failed');
    }
    expect(server.seen.length).toBeLessThanOrEqual(2);
  });

  it('a failure the client does not classify (the key could not be read) leaves the operation in doubt', async () => {
    const server = await startTinyServer((_req, res) => json(res, 201, { '@id': '/x/9' }));
    servers.push(server);
    const client = createPlatformClient({
      baseUrl: server.url,
      auth: {
        mode: 'static-key',
        clientId: 'client-123',
        authToken: async () => {
          throw new Error('keychain locked');
        },
      },
      fetch: (url, init) => fetch(url, init),
    });
    const result = await sendOp(client, op(0, 'sending', { request: { method: 'POST', path: '/x', body: {} } }));
    // nothing can tell that it was not sent, so the job re-reads the platform before it calls it failed
    expect(result).toMatchObject({ type: 'ambiguous', outcome: { message: 'keychain locked' } });
  });

  it('an applied change that is no delete removes nothing, and only a created forward names what it created', async () => {
    const { client } = await platform((req, res) => json(res, req.method === 'POST' ? 201 : 200, { '@id': '/x/0' }));
    const patched = await sendOp(client, op(0, 'sending'));
    expect(patched).toEqual({
      type: 'applied',
      status: 200,
      items: [{ '@id': '/x/0' }],
      removed: [],
      createdIri: null,
    });
    const created = await sendOp(
      client,
      op(1, 'sending', { kind: 'create-forward', request: { method: 'POST', path: '/x', body: {} } }),
    );
    expect(created).toMatchObject({ type: 'applied', status: 201, removed: [], createdIri: '/x/0' });
  });

  it('the client repeats a PATCH or DELETE answered 503 within the send; a POST is sent once and is in doubt', async () => {
    const { client, server } = await platform((req, res) =>
      server.seen.filter((seen) => seen.path === req.path).length === 1
        ? json(res, 503, { 'hydra:description': 'Busy' })
        : json(res, 200, { '@id': req.path }),
    );
    const patched = await sendOp(client, op(0, 'sending'));
    const deleted = await sendOp(client, op(1, 'sending', { request: { method: 'DELETE', path: '/x/1' } }));
    const posted = await sendOp(client, op(2, 'sending', { request: { method: 'POST', path: '/x/2', body: {} } }));
    expect([patched.type, deleted.type, posted.type]).toEqual(['applied', 'applied', 'ambiguous']);
    expect(server.seen.map((seen) => `${seen.method} ${seen.path}`)).toEqual([
      'PATCH /x/0',
      'PATCH /x/0',
      'DELETE /x/1',
      'DELETE /x/1',
      'POST /x/2',
    ]);
  });

  it('a PATCH still answered 500 when the client gives up may have landed on an earlier attempt: in doubt', async () => {
    const { client, server } = await platform((_req, res) => json(res, 500, { 'hydra:description': 'Oops' }));
    const result = await sendOp(client, op(0, 'sending'));
    expect(result).toMatchObject({ type: 'ambiguous', outcome: { status: 500 } });
    expect(server.seen.length).toBeGreaterThan(1);
  });

  it('a PATCH whose connection keeps dropping is in doubt; one refused for its sign-in was not applied', async () => {
    const { client } = await platform((_req, res) => {
      res.socket?.destroy();
    });
    expect((await sendOp(client, op(0, 'sending'))).type).toBe('ambiguous');
    const { client: refused } = await platform((_req, res) => json(res, 401, { message: 'Invalid credentials' }));
    const result = await sendOp(refused, op(1, 'sending'));
    expect(result).toMatchObject({ type: 'failed', error: { kind: 'signed-out' } });
  });

  it('a PATCH answered with neither a success nor a refusal (300) is in doubt, not failed', async () => {
    const { client } = await platform((_req, res) => json(res, 300, { 'hydra:description': 'Choose' }));
    expect(await sendOp(client, op(0, 'sending'))).toMatchObject({ type: 'ambiguous', outcome: { status: 300 } });
  });

  it('a POST answered with a server error the client does not repeat (501) may have been applied; one refused was not', async () => {
    const { client } = await platform((_req, res) => json(res, 501, { 'hydra:description': 'Not implemented' }));
    const post = op(0, 'sending', { kind: 'split', request: { method: 'POST', path: '/x/0/split' } });
    expect(await sendOp(client, post)).toMatchObject({ type: 'ambiguous', outcome: { status: 501 } });
    const { client: refusing } = await platform((_req, res) => json(res, 422, { 'hydra:description': 'Invalid' }));
    expect(await sendOp(refusing, post)).toMatchObject({ type: 'failed', outcome: { status: 422 } });
  });

  it('an error that is not the platform’s is described by its message and is not reconciled', () => {
    expect(failureOutcome(new Error('socket closed'))).toEqual({
      status: null,
      message: 'socket closed',
      platformMessage: null,
      violations: [],
      note: null,
      reconciled: false,
    });
  });
});

describe('reading current items', () => {
  it('reads few items one by one: a 404 is a gone item, another refusal fails the read', async () => {
    const { client } = await platform((req, res) =>
      req.path === '/x/1'
        ? json(res, 200, { '@id': '/x/1', costCenter: 'A' })
        : req.path === '/x/2'
          ? json(res, 404, { 'hydra:description': 'Not found' })
          : json(res, 400, { 'hydra:description': 'Bad request' }),
    );
    const found = await readCurrent(client, '/x', ['/x/1', '/x/2', '/x/1'], 10_000);
    expect(Object.fromEntries(found)).toEqual({ '/x/1': { '@id': '/x/1', costCenter: 'A' }, '/x/2': null });
    await expect(readCurrent(client, '/x', ['/x/1', '/x/3'], 10_000)).rejects.toMatchObject({
      kind: 'http',
      status: 400,
    });
  });
});
