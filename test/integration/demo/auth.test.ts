import { afterEach, describe, expect, it } from 'vitest';
import { DemoClient, sleep } from './helpers.ts';

let client: DemoClient;
afterEach(async () => client?.close());

function decode(token: string): Record<string, unknown> {
  const [head, payload, sig] = token.split('.');
  expect(sig).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(JSON.parse(Buffer.from(head ?? '', 'base64url').toString())).toEqual({ typ: 'JWT', alg: 'HS256' });
  return JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
}

describe('demo platform: authentication', () => {
  it('issues a real-looking JWT with iat, exp (1 h) and username, and accepts it', async () => {
    client = await DemoClient.start();
    const token = await client.login();
    const claims = decode(token);
    expect(claims['exp']).toBe((claims['iat'] as number) + 3600);
    expect(claims['username']).toBe(client.demo.credentials.userName);
    const r = await client.get('/phonenumbers', { auth: 'jwt' });
    expect(r.status).toBe(200);
    expect(client.demo.stats.tokenRequests).toBe(1);
    expect(client.demo.requestLog.at(-1)?.auth).toBe('jwt');
  });

  it('answers wrong credentials with 401 {code, message}', async () => {
    client = await DemoClient.start();
    const { email, clientId } = client.demo.credentials;
    const r = await client.raw('POST', '/authentication-token', {
      auth: 'none',
      json: { email, password: 'nope', client_id: clientId },
    });
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ code: 401, message: 'Invalid credentials.' });
    expect(client.demo.stats).toEqual({ tokenRequests: 1, tokensIssued: 0 });
  });

  it('accepts explicit credentials from the caller', async () => {
    client = await DemoClient.start({
      credentials: { email: 'x@y.invalid', password: 'pw-1', clientId: 'cid-1', authToken: 'tok-1' },
    });
    await client.login();
    expect(client.demo.credentials.clientId).toBe('cid-1');
    expect((await client.get('/areacodes', { auth: 'static-key' })).status).toBe(200);
  });

  it('accepts the static key headers and rejects a wrong one', async () => {
    client = await DemoClient.start();
    expect((await client.get('/simcards', { auth: 'static-key' })).status).toBe(200);
    expect(client.demo.requestLog.at(-1)?.auth).toBe('static-key');
    const bad = await client.get('/simcards', {
      auth: 'none',
      headers: { 'CLIENT-ID': client.demo.credentials.clientId, 'AUTH-TOKEN': 'wrong' },
    });
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ code: 401, message: 'Invalid credentials.' });
  });

  it('says "JWT Token not found" without auth and "Invalid JWT Token" for a forged one', async () => {
    client = await DemoClient.start();
    const none = await client.get('/phonenumbers', { auth: 'none' });
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ code: 401, message: 'JWT Token not found' });
    expect(client.demo.requestLog.at(-1)?.auth).toBe('none');
    const token = await client.login();
    const [h, p] = token.split('.');
    const forged = await client.get('/phonenumbers', {
      auth: 'none',
      headers: { Authorization: `Bearer ${h}.${p}.${'A'.repeat(43)}` },
    });
    expect(forged.status).toBe(401);
    expect(forged.body['message']).toBe('Invalid JWT Token');
    expect(client.demo.requestLog.at(-1)?.auth).toBe('invalid');
  });

  it('expires tokens after tokenLifetimeSeconds with "Expired JWT Token"', async () => {
    client = await DemoClient.start({ faults: { tokenLifetimeSeconds: 1 } });
    // exp is in whole seconds: log in just after a second boundary so the token lives ~1 s.
    await sleep(1000 - (Date.now() % 1000) + 20);
    await client.login();
    expect((await client.get('/areacodes')).status).toBe(200);
    await sleep(1100);
    const r = await client.get('/areacodes');
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ code: 401, message: 'Expired JWT Token' });
    await client.login();
    expect((await client.get('/areacodes')).status).toBe(200);
    expect(client.demo.stats.tokenRequests).toBe(2);
  });
});
