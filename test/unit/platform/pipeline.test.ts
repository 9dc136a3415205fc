import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createPlatformClient } from '../../../src-main/platform/client.ts';
import type { Message } from '../../../src-preload/contract/messages.ts';
import { AppError } from '../../../src-main/ipc/app-error.ts';
import { PlatformError } from '../../../src-main/platform/errors.ts';
import { english } from '../../support/ui-text.ts';
import type { LogFields } from '../../../src-main/platform/http.ts';
import type { SessionState } from '../../../src-main/platform/session.ts';
import { jwtClient as client, PASSWORD } from './jwt-client.ts';
import { fakeJwt, json, serveForTest as serve, type Handler } from './tiny-server.ts';

let tokenCounter = 0;
function issueToken(lifetimeS = 3600): string {
  tokenCounter += 1;
  const iat = Math.floor(Date.now() / 1000);
  return fakeJwt({ iat, exp: iat + lifetimeS, username: 'api-user@reseller.nl', n: tokenCounter });
}

/** Answers sign-in with a token and hands everything else to `rest`. */
function withAuth(rest: Handler, tokens: string[] = []): Handler {
  return (req, res) => {
    if (req.path === '/authentication-token') {
      const body = JSON.parse(req.body) as { password?: string };
      if (body.password !== PASSWORD) return json(res, 401, { code: 401, message: 'Invalid credentials.' });
      const token = issueToken();
      tokens.push(token);
      return json(res, 200, { token });
    }
    return rest(req, res);
  };
}

async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PlatformError);
    return error as PlatformError;
  }
  throw new Error('expected a PlatformError');
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

describe('request pipeline', () => {
  it('sends ld+json Accept, JSON bodies and merge-patch for PATCH', async () => {
    const server = await serve(withAuth((_req, res) => json(res, 200, { ok: true })));
    const api = client(server);
    await api.request({ method: 'POST', path: '/things', body: { name: 'x' } });
    await api.request({ method: 'PATCH', path: '/things/1', body: { costCenter: 'Sales' } });
    await api.request({ method: 'GET', path: '/things', query: { page: 2 } });
    const [, post, patch, get] = server.seen;
    expect(post?.headers['accept']).toBe('application/ld+json');
    expect(post?.headers['content-type']).toBe('application/json');
    expect(post?.body).toBe('{"name":"x"}');
    expect(patch?.headers['content-type']).toBe('application/merge-patch+json');
    expect(get?.path).toBe('/things?page=2');
    expect(get?.headers['authorization']).toMatch(/^Bearer eyJ/);
    expect(server.seen[0]?.path).toBe('/authentication-token');
    expect(JSON.parse(server.seen[0]?.body ?? '{}')).toEqual({
      email: 'api-user@reseller.nl',
      password: PASSWORD,
      client_id: 'client-123',
    });
  });

  it('validates answers with a schema when given one', async () => {
    const server = await serve(withAuth((_req, res) => json(res, 200, { id: 7 })));
    const api = client(server);
    const parsed = await api.request({
      path: '/things/7',
      schema: { parse: (x: unknown) => (x as { id: number }).id },
    });
    expect(parsed).toBe(7);
  });

  it('refuses a plain-http base URL that is not loopback', () => {
    let refused: unknown;
    try {
      client({ url: 'http://platform.example.nl', seen: [], close: async () => {} });
    } catch (failure) {
      refused = failure;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('BASE_URL_REFUSED');
    expect(english(((refused as AppError).details as { text: Message }).text)).toMatch(
      /Plain http is refused for platform\.example\.nl/,
    );
  });

  it('static-key mode sends CLIENT-ID and AUTH-TOKEN and never signs in', async () => {
    const server = await serve((req, res) =>
      req.headers['auth-token'] === 'static-secret-token' && req.headers['client-id'] === 'client-123'
        ? json(res, 200, { ok: true })
        : json(res, 401, { message: 'Invalid API key.' }),
    );
    const api = createPlatformClient({
      baseUrl: server.url,
      auth: { mode: 'static-key', clientId: 'client-123', authToken: async () => 'static-secret-token' },
      fetch: (url, init) => fetch(url, init),
    });
    const states: SessionState[] = [];
    api.session.onChange((s) => states.push(s.state));
    await api.request({ path: '/things' });
    await api.request({ path: '/things' });
    expect(server.seen.map((r) => r.path)).toEqual(['/things', '/things']);
    expect(server.seen[0]?.headers['authorization']).toBeUndefined();
    expect(api.session.status()).toMatchObject({ state: 'connected', mode: 'static-key' });
    expect(states).toEqual(['connecting', 'connected']);
  });

  it('a second 401 after re-authentication signs the session out in our words, not the platform text', async () => {
    const server = await serve(
      withAuth((_req, res) => json(res, 401, { code: 401, message: 'Account disabled by reseller.' })),
    );
    const api = client(server);
    const error = await failure(api.request({ path: '/things' }));
    expect(error.kind).toBe('signed-out');
    expect(error.platformMessage).toBeUndefined();
    expect(error.userMessage).toContain('HTTP 401');
    expect(api.session.status()).toMatchObject({ state: 'signed-out', message: error.userMessage });
    const paths = server.seen.map((r) => r.path);
    expect(paths).toEqual(['/authentication-token', '/things', '/authentication-token', '/things']);
    // fails fast afterwards, without touching the network
    expect((await failure(api.request({ path: '/things' }))).kind).toBe('signed-out');
    expect(server.seen).toHaveLength(4);
  });

  it('a wrong password signs out with our message and the status, once', async () => {
    const server = await serve(withAuth((_req, res) => json(res, 200, {})));
    const api = createPlatformClient({
      baseUrl: server.url,
      auth: { mode: 'jwt', email: 'a@b.nl', clientId: 'c', password: async () => 'wrong-password-123' },
      fetch: (url, init) => fetch(url, init),
    });
    const errors = await Promise.all([1, 2, 3].map(() => failure(api.request({ path: '/things' }))));
    for (const e of errors) {
      expect(e.kind).toBe('signed-out');
      expect(e.platformMessage).toBeUndefined();
      expect(e.userMessage).toContain('HTTP 401');
    }
    expect(server.seen.filter((r) => r.path === '/authentication-token')).toHaveLength(1);
    expect(api.session.status()).toMatchObject({ state: 'signed-out', message: errors[0]!.userMessage });
  });

  it('signOut blocks calls until signIn, which takes a fresh token', async () => {
    const tokens: string[] = [];
    const server = await serve(withAuth((_req, res) => json(res, 200, {}), tokens));
    const api = client(server);
    await api.request({ path: '/a' });
    api.session.signOut();
    expect((await failure(api.request({ path: '/a' }))).kind).toBe('signed-out');
    const status = await api.session.signIn();
    expect(status).toMatchObject({ state: 'connected', user: 'api-user@reseller.nl' });
    await api.request({ path: '/a' });
    expect(tokens).toHaveLength(2);
    expect(server.seen.at(-1)?.headers['authorization']).toBe(`Bearer ${tokens[1]}`);
  });

  it('signing out while a sign-in is in flight does not resurrect the session', async () => {
    const server = await serve(async (req, res) => {
      if (req.path === '/authentication-token') {
        await new Promise((r) => setTimeout(r, 100));
        return json(res, 200, { token: issueToken() });
      }
      json(res, 200, {});
    });
    const api = client(server);
    const states: SessionState[] = [];
    api.session.onChange((s) => states.push(s.state));
    const pending = failure(api.request({ path: '/a' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(api.session.status().state).toBe('connecting');
    api.session.signOut();
    expect((await pending).kind).toBe('signed-out');
    expect(api.session.status()).toMatchObject({ state: 'signed-out', user: null });
    expect(server.seen.filter((r) => r.path === '/a')).toHaveLength(0);
    expect(states).toEqual(['connecting', 'signed-out']);
  });

  it('retries GET on 503 with backoff and gives up after the bounded attempts', async () => {
    let n = 0;
    const server = await serve(
      withAuth((req, res) => {
        if (req.path === '/flaky' && ++n < 3) return json(res, 503, { detail: 'busy' });
        if (req.path === '/down') return json(res, 502, { detail: 'Bad gateway' });
        return json(res, 200, { ok: true });
      }),
    );
    const api = client(server);
    expect(await api.request({ path: '/flaky' })).toEqual({ ok: true });
    const error = await failure(api.request({ path: '/down' }));
    expect(error).toMatchObject({ kind: 'http', status: 502, platformMessage: 'Bad gateway' });
    expect(server.seen.filter((r) => r.path === '/down')).toHaveLength(5);
  });

  it('never repeats a POST answered 502: unknown outcome', async () => {
    const server = await serve(withAuth((_req, res) => json(res, 502, { detail: 'upstream lost' })));
    const api = client(server);
    const error = await failure(api.request({ method: 'POST', path: '/outports/accept-outport', body: { id: 1 } }));
    expect(error.kind).toBe('unknown-outcome');
    expect(error.status).toBe(502);
    expect(error.userMessage).toMatch(/may have been applied/);
    expect(server.seen.filter((r) => r.method === 'POST' && r.path !== '/authentication-token')).toHaveLength(1);
  });

  it('a GET with retry:false is sent once and an ambiguous failure is an unknown outcome', async () => {
    const server = await serve(withAuth((_req, res) => json(res, 504, {})));
    const api = client(server);
    const error = await failure(api.request({ path: '/number-blocks/456/split/10', retry: false }));
    expect(error.kind).toBe('unknown-outcome');
    expect(server.seen.filter((r) => r.path.startsWith('/number-blocks'))).toHaveLength(1);
  });

  it('a POST whose connection drops after sending is an unknown outcome, not retried', async () => {
    const server = await serve(
      withAuth((req, res) => {
        if (req.method === 'POST') {
          res.socket?.destroy();
          return;
        }
        json(res, 200, {});
      }),
    );
    const api = client(server);
    const error = await failure(api.request({ method: 'POST', path: '/things', body: {} }));
    expect(error.kind).toBe('unknown-outcome');
    expect(server.seen.filter((r) => r.path === '/things')).toHaveLength(1);
  });

  it('a refused connection is a network error, and the session goes offline', async () => {
    const port = await closedPort();
    const api = createPlatformClient({
      baseUrl: `http://127.0.0.1:${port}`,
      auth: { mode: 'static-key', clientId: 'c', authToken: async () => 'k-123456' },
      fetch: (url, init) => fetch(url, init),
      backoff: { baseMs: 1, maxMs: 2 },
    });
    const post = await failure(api.request({ method: 'POST', path: '/things', body: {} }));
    expect(post.kind).toBe('network');
    expect(post.userMessage).toMatch(/cannot be reached/);
    expect((await failure(api.request({ path: '/things' }))).kind).toBe('network');
    expect(api.session.status().state).toBe('offline');
  });

  it('times out: GET retried then reported timeout; POST reported unknown outcome', async () => {
    const server = await serve(
      withAuth(() => {
        // never answers
      }),
    );
    const api = client(server, { timeoutMs: 100, maxAttempts: 2 });
    const get = await failure(api.request({ path: '/slow' }));
    expect(get.kind).toBe('timeout');
    expect(server.seen.filter((r) => r.path === '/slow')).toHaveLength(2);
    const post = await failure(api.request({ method: 'POST', path: '/slow', body: {} }));
    expect(post.kind).toBe('unknown-outcome');
  });

  it('cancels through an AbortSignal', async () => {
    const server = await serve(withAuth(() => {}));
    const api = client(server);
    const controller = new AbortController();
    const pending = failure(api.request({ path: '/slow', signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    expect((await pending).kind).toBe('cancelled');
  });

  it('obeys a 429 Retry-After given as an HTTP date', async () => {
    let limited = false;
    const server = await serve(
      withAuth((_req, res) => {
        if (!limited) {
          limited = true;
          return json(
            res,
            429,
            { detail: 'Too many requests' },
            { 'Retry-After': new Date(Date.now() + 1_500).toUTCString() },
          );
        }
        json(res, 200, { ok: true });
      }),
    );
    const api = client(server);
    const started = Date.now();
    expect(await api.request({ path: '/x' })).toEqual({ ok: true });
    // HTTP dates have one-second resolution
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });

  it('a POST answered 429 was refused, not applied: it waits for the Retry-After and is sent again', async () => {
    let limited = false;
    const server = await serve(
      withAuth((req, res) => {
        if (req.path === '/things' && !limited) {
          limited = true;
          return json(res, 429, { detail: 'Slow down' }, { 'Retry-After': '1' });
        }
        json(res, 201, { '@id': '/things/1' });
      }),
    );
    const api = client(server);
    expect(await api.request({ method: 'POST', path: '/things', body: {} })).toEqual({ '@id': '/things/1' });
    const posts = server.seen.filter((r) => r.path === '/things');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('maps error bodies to typed errors with the platform text and violations', async () => {
    const server = await serve(
      withAuth((req, res) => {
        if (req.path === '/forbidden')
          return json(res, 403, { title: 'An error occurred', detail: 'Access Denied.', status: 403 });
        return json(res, 422, {
          'hydra:description': 'costCenter: This value is too long.',
          violations: [{ propertyPath: 'costCenter', message: 'This value is too long.' }],
        });
      }),
    );
    const api = client(server);
    expect(await failure(api.request({ path: '/forbidden' }))).toMatchObject({
      kind: 'http',
      status: 403,
      platformMessage: 'Access Denied.',
    });
    const invalid = await failure(
      api.request({ method: 'PATCH', path: '/things/1', body: { costCenter: 'x'.repeat(300) } }),
    );
    expect(invalid.violations).toEqual([{ field: 'costCenter', message: 'This value is too long.' }]);
  });

  it('never lets a secret into an error, its JSON or a log line', async () => {
    const tokens: string[] = [];
    const server = await serve(
      withAuth((req, res) => {
        // a careless server echoing what it got
        json(res, 400, { detail: `bad request with ${req.headers['authorization'] ?? ''} and ${PASSWORD}` });
      }, tokens),
    );
    const lines: string[] = [];
    const log = (message: string, fields?: LogFields): void => {
      lines.push(`${message} ${JSON.stringify(fields)}`);
    };
    const api = client(server, { logger: { debug: log, info: log, warn: log, error: log } });
    const error = await failure(api.request({ path: '/x' }));
    const everything = [
      error.message,
      error.userMessage,
      JSON.stringify(error),
      JSON.stringify(error.toJSON()),
      String(error.stack),
      ...lines,
    ].join('\n');
    expect(tokens).toHaveLength(1);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(tokens[0]);
    expect(everything).toContain('[redacted]');
    expect(lines.length).toBeGreaterThan(0);
  });
});
