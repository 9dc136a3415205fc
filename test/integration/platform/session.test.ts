import { afterEach, describe, expect, it } from 'vitest';
import { alignToSecond, closeDemos, failure, jwtClient, sleep, startDemo, staticKeyClient } from './demo-client.ts';

afterEach(closeDemos);

const onePage = { path: '/phonenumbers', query: { itemsPerPage: 1 } };
// tight loops of calls would exhaust the default 3600/hour budget within seconds
const roomy = { hourLimit: 1_000_000, dayLimit: 10_000_000 };

describe('session against the demo platform', () => {
  it('100 calls use 1 token request', async () => {
    const demo = await startDemo();
    const api = jwtClient(demo);
    for (let i = 0; i < 50; i += 1) await api.request(onePage);
    await Promise.all(Array.from({ length: 50 }, () => api.request(onePage)));
    expect(demo.stats.tokenRequests).toBe(1);
    const calls = demo.requestLog.filter((e) => e.path === '/phonenumbers');
    expect(calls).toHaveLength(100);
    expect(calls.every((e) => e.status === 200 && e.auth === 'jwt')).toBe(true);
    expect(api.session.status()).toEqual({
      state: 'connected',
      user: demo.credentials.userName,
      mode: 'jwt',
      message: null,
    });
  });

  it('a token expiring mid-run costs exactly 1 re-authentication (renewed from exp)', async () => {
    const demo = await startDemo({ faults: { tokenLifetimeSeconds: 2 }, rateLimit: roomy });
    const api = jwtClient(demo);
    await alignToSecond();
    const started = Date.now();
    let calls = 0;
    // first token lives ~2 s (renewed ~0.2 s early), the second until ~3 s: 2.4 s of calls spans exactly one renewal
    while (Date.now() - started < 2_400) {
      await api.request(onePage);
      calls += 1;
    }
    expect(calls).toBeGreaterThan(20);
    expect(demo.stats.tokenRequests).toBe(2);
    expect(demo.requestLog.filter((e) => e.status !== 200)).toEqual([]);
  });

  it('a token the platform expires before the client expects costs exactly 1 re-authentication (renewed on 401)', async () => {
    const demo = await startDemo({ faults: { tokenLifetimeSeconds: 2 }, rateLimit: roomy });
    // a client clock running a minute slow believes the token is still valid after it expired
    const api = jwtClient(demo, { now: () => Date.now() - 60_000 });
    await alignToSecond();
    const started = Date.now();
    while (Date.now() - started < 3_000) await api.request(onePage);
    expect(demo.stats.tokenRequests).toBe(2);
    const refused = demo.requestLog.filter((e) => e.status === 401);
    expect(refused).toHaveLength(1);
    const retried = demo.requestLog[demo.requestLog.indexOf(refused[0]!) + 2];
    expect(retried).toMatchObject({ path: '/phonenumbers', status: 200 });
  });

  it('20 concurrent requests hitting 401 together cost exactly 1 re-authentication', async () => {
    const demo = await startDemo({ faults: { tokenLifetimeSeconds: 1 } });
    const api = jwtClient(demo, { now: () => Date.now() - 60_000, concurrency: 20 });
    await api.request(onePage);
    demo.setFaults({ tokenLifetimeSeconds: 3600 });
    await sleep(1_100);
    demo.clearLog();
    const results = await Promise.all(Array.from({ length: 20 }, () => api.request(onePage)));
    expect(results).toHaveLength(20);
    expect(demo.stats.tokenRequests).toBe(2);
    const log = demo.requestLog;
    expect(log.filter((e) => e.path === '/phonenumbers' && e.status === 401)).toHaveLength(20);
    expect(log.filter((e) => e.path === '/phonenumbers' && e.status === 200)).toHaveLength(20);
    expect(log.filter((e) => e.path === '/authentication-token')).toHaveLength(1);
  });

  it('a second 401 after re-authentication leaves the session signed out, in our words with the status', async () => {
    const demo = await startDemo();
    const api = jwtClient(demo);
    await api.request(onePage);
    // from now on every token is born expired: the renewal works, the retried request is refused again
    demo.setFaults({ tokenLifetimeSeconds: 0 });
    const forced = jwtClient(demo, { now: () => Date.now() - 60_000 });
    const error = await failure(forced.request(onePage));
    expect(error.kind).toBe('signed-out');
    expect(error.status).toBe(401);
    expect(error.platformMessage).toBeUndefined();
    expect(forced.session.status()).toMatchObject({ state: 'signed-out', message: error.userMessage });
    expect(error.userMessage).toContain('HTTP 401');
    const tokenRequests = demo.stats.tokenRequests;
    const logged = demo.requestLog.length;
    // fails fast: nothing more reaches the platform until signIn
    expect((await failure(forced.request(onePage))).kind).toBe('signed-out');
    expect(demo.requestLog.length).toBe(logged);
    demo.setFaults({ tokenLifetimeSeconds: 3600 });
    await forced.session.signIn();
    await forced.request(onePage);
    expect(demo.stats.tokenRequests).toBe(tokenRequests + 1);
    expect(forced.session.status().state).toBe('connected');
  });

  it('a wrong password shows our message with the status and signs out after a single attempt', async () => {
    const demo = await startDemo();
    const api = jwtClient(demo, {
      auth: {
        mode: 'jwt',
        email: demo.credentials.email,
        clientId: demo.credentials.clientId,
        password: async () => 'not-the-password',
      },
    });
    const error = await failure(api.request(onePage));
    expect(error).toMatchObject({ kind: 'signed-out', status: 401, platformMessage: undefined });
    expect(error.userMessage).toContain('HTTP 401');
    expect(JSON.stringify(error.toJSON())).not.toContain('not-the-password');
    await failure(api.request(onePage));
    expect(demo.stats.tokenRequests).toBe(1);
  });

  it('static-key mode sends CLIENT-ID and AUTH-TOKEN and never asks for a token', async () => {
    const demo = await startDemo();
    const api = staticKeyClient(demo);
    const page = await api.listAll('/phonenumbers', { itemsPerPage: 100, query: { excludeOrders: 1 } });
    expect(page.items.length).toBe(page.totalItems);
    expect(demo.stats.tokenRequests).toBe(0);
    expect(demo.requestLog.every((e) => e.auth === 'static-key' && e.status === 200)).toBe(true);
    expect(api.session.status()).toMatchObject({ state: 'connected', mode: 'static-key' });
  });

  it('a wrong static key signs out with our message and the status', async () => {
    const demo = await startDemo();
    const api = staticKeyClient(demo, {
      auth: { mode: 'static-key', clientId: demo.credentials.clientId, authToken: async () => 'wrong-key-1234' },
    });
    const error = await failure(api.request(onePage));
    expect(error).toMatchObject({ kind: 'signed-out', status: 401, platformMessage: undefined });
    expect(api.session.status().state).toBe('signed-out');
  });
});
