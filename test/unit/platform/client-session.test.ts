import { afterEach, describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../../src-main/platform/session.ts';
import { jwtClient } from './jwt-client.ts';
import { fakeJwt, json, startTinyServer, type TinyServer } from './tiny-server.ts';

let server: TinyServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A platform that refuses the first sign-in (401) and accepts every later one. */
async function refusesFirstSignIn(): Promise<TinyServer> {
  let signIns = 0;
  return startTinyServer((request, res) => {
    if (request.path === '/authentication-token') {
      signIns += 1;
      if (signIns === 1) json(res, 401, { code: 401, message: 'Invalid credentials.' });
      else json(res, 200, { token: fakeJwt({ username: 'api-user@reseller.nl', exp: Date.now() / 1000 + 3600 }) });
      return;
    }
    json(res, 200, { '@id': '/phonenumbers/1' });
  });
}

describe('the client’s session after a refused sign-in', () => {
  it('a sign-out clears the refusal’s message and tells the listeners', async () => {
    server = await refusesFirstSignIn();
    const client = jwtClient(server);
    await client.session.signIn().catch(() => undefined);
    expect(client.session.status()).toMatchObject({ state: 'signed-out', message: expect.any(String) });
    const told: SessionStatus[] = [];
    client.session.onChange((status) => told.push(status));
    client.session.signOut();
    expect(client.session.status()).toEqual({ state: 'signed-out', user: null, mode: 'jwt', message: null });
    expect(told).toEqual([{ state: 'signed-out', user: null, mode: 'jwt', message: null }]);
  });

  it('a reset clears the refusal and lets the next request sign in again', async () => {
    server = await refusesFirstSignIn();
    const client = jwtClient(server);
    await client.session.signIn().catch(() => undefined);
    client.session.reset();
    expect(client.session.status()).toEqual({ state: 'signed-out', user: null, mode: 'jwt', message: null });
    expect(await client.request({ path: '/phonenumbers/1' })).toEqual({ '@id': '/phonenumbers/1' });
    expect(client.session.status()).toMatchObject({ state: 'connected', user: 'api-user@reseller.nl' });
    expect(server.seen.map((seen) => seen.path)).toEqual([
      '/authentication-token',
      '/authentication-token',
      '/phonenumbers/1',
    ]);
  });
});
