import { afterEach, describe, expect, it } from 'vitest';
import { createPlatformClient } from '../../../src-main/platform/client.ts';
import { createRedactor } from '../../../src-main/platform/redact.ts';
import { jwtClient, PASSWORD } from './jwt-client.ts';
import { json, startTinyServer, type TinyServer } from './tiny-server.ts';
import { platformFailureOf as failureOf } from '../../support/platform-failure.ts';

let server: TinyServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('the secrets of a session never come back out of the client', () => {
  it('a static key: the client id and the token the platform echoes in a refusal are masked, here and in the shared redactor', async () => {
    // a platform that quotes the credentials it was sent back in its error text
    server = await startTinyServer((request, res) =>
      json(res, 422, {
        detail: `no access for CLIENT-ID ${String(request.headers['client-id'])} with AUTH-TOKEN ${String(request.headers['auth-token'])}`,
      }),
    );
    const redactor = createRedactor();
    const client = createPlatformClient({
      baseUrl: server.url,
      auth: { mode: 'static-key', clientId: 'client-4711', authToken: async () => 'static-key-secret' },
      fetch: (url, init) => fetch(url, init),
      redactor,
    });
    const error = await failureOf(client.request({ path: '/phonenumbers' }));
    expect(server.seen[0]?.headers['client-id']).toBe('client-4711');
    expect(error.platformMessage).toMatch(/^no access for CLIENT-ID .+ with AUTH-TOKEN .+$/);
    expect(error.platformMessage).not.toContain('client-4711');
    expect(error.platformMessage).not.toContain('static-key-secret');
    const logLine = redactor.apply('sent client-4711 / static-key-secret');
    expect(logLine).not.toContain('client-4711');
    expect(logLine).not.toContain('static-key-secret');
  });

  it('a JWT sign-in: the client id the platform echoes in a failed sign-in is masked like the password', async () => {
    server = await startTinyServer((request, res) => {
      const sent = JSON.parse(request.body) as { client_id: string; password: string };
      json(res, 500, { detail: `sign-in failed for client ${sent.client_id} (password ${sent.password})` });
    });
    const redactor = createRedactor();
    const client = jwtClient(server, { redactor, maxAttempts: 1 });
    const error = await failureOf(client.session.signIn());
    expect(error.platformMessage).toMatch(/^sign-in failed for client .+ \(password .+\)$/);
    expect(error.platformMessage).not.toContain('client-123');
    expect(error.platformMessage).not.toContain(PASSWORD);
  });

  it('the client id is masked from the moment the client exists, before any request', () => {
    const redactor = createRedactor();
    createPlatformClient({
      baseUrl: 'https://api.example.nl',
      auth: { mode: 'static-key', clientId: 'client-4711', authToken: async () => 'static-key-secret' },
      fetch: () => Promise.reject(new Error('no request is made')),
      redactor,
    });
    expect(redactor.apply('profile uses client-4711')).not.toContain('client-4711');
  });
});
