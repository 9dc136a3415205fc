import { describe, expect, it } from 'vitest';
import type { PlatformError } from '../../../src-main/platform/errors.ts';
import { platformFailureOf as failure } from '../../support/platform-failure.ts';
import type { SessionState } from '../../../src-main/platform/session.ts';
import { jwtClient, staticKeyClient } from './jwt-client.ts';
import { logRecorder as recorder } from './log-recorder.ts';
import { fakeJwt, json, serveForTest as serve, type Handler } from './tiny-server.ts';

/**
 * What the pipeline tells around an answer: the session's reachability, the retry budget, the log, and what a
 * failure carries. Real HTTP to a loopback server; the clock and sleep are injected where waits would be long.
 */

/** Signs in with a token valid for `lifetimeS` from `issuedAgoS` seconds ago, and hands everything else to `rest`. */
function withAuth(rest: Handler, lifetimeS = 3600, issuedAgoS = 0): Handler {
  return (req, res) => {
    if (req.path === '/authentication-token') {
      const iat = Math.floor(Date.now() / 1000) - issuedAgoS;
      return json(res, 200, { token: fakeJwt({ iat, exp: iat + lifetimeS, username: 'api-user@reseller.nl' }) });
    }
    return rest(req, res);
  };
}

/** A clock that only moves when slept on: long waits cost nothing and are exact. */
function virtualTime(): { now: () => number; sleep: (ms: number, signal?: AbortSignal) => Promise<void> } {
  let t = Date.now();
  return {
    now: () => t,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      t += Math.max(0, ms);
    },
  };
}

describe('what the session is told', () => {
  it('a static key refused with 401 is never shown connected, not even between the two refusals', async () => {
    const server = await serve((_req, res) => json(res, 401, { message: 'Invalid API key.' }));
    const api = staticKeyClient(server.url);
    const states: SessionState[] = [];
    api.session.onChange((s) => states.push(s.state));
    expect((await failure(api.request({ path: '/things' }))).kind).toBe('signed-out');
    expect(server.seen).toHaveLength(2);
    expect(states).toEqual(['connecting', 'signed-out']);
  });

  it('a refused connection takes the session offline without showing it connected first', async () => {
    const server = await serve((_req, res) => void res.end());
    const url = server.url;
    await server.close();
    const api = staticKeyClient(url, { maxAttempts: 1 });
    const states: SessionState[] = [];
    api.session.onChange((s) => states.push(s.state));
    expect((await failure(api.request({ path: '/things' }))).kind).toBe('network');
    expect(states).toEqual(['connecting', 'offline']);
  });

  it('a timeout takes the session offline; the next answer brings it back', async () => {
    let slow = true;
    const server = await serve(
      withAuth((_req, res) => {
        if (!slow) json(res, 200, {});
        // else: never answers
      }),
    );
    const api = jwtClient(server, { maxAttempts: 1 });
    expect((await failure(api.request({ path: '/slow', timeoutMs: 100 }))).kind).toBe('timeout');
    expect(api.session.status().state).toBe('offline');
    slow = false;
    await api.request({ path: '/quick' });
    expect(api.session.status().state).toBe('connected');
  });

  it('a cancelled request and an oversized answer leave a connected session connected', async () => {
    const server = await serve(
      withAuth((req, res) => {
        if (req.path === '/big') return json(res, 200, { filler: 'x'.repeat(4096) });
        // /slow: never answers
      }),
    );
    const api = jwtClient(server, { maxResponseBytes: 1024 });
    const states: SessionState[] = [];
    api.session.onChange((s) => states.push(s.state));
    await api.session.signIn();
    const controller = new AbortController();
    const pending = failure(api.request({ path: '/slow', signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    expect((await pending).kind).toBe('cancelled');
    expect((await failure(api.request({ path: '/big' }))).kind).toBe('response-too-large');
    expect(states).toEqual(['connecting', 'connected']);
    // an answer too large is not a transient fault: asked once
    expect(server.seen.filter((r) => r.path === '/big')).toHaveLength(1);
  });

  it('a platform handing out tokens that are expired on arrival: signed out after a few sign-ins, nothing sent', async () => {
    const server = await serve(withAuth((_req, res) => json(res, 200, {}), 60, 120));
    const { lines, log } = recorder();
    const api = jwtClient(server, { logger: log });
    const error = await failure(api.request({ path: '/things' }));
    expect(error.kind).toBe('signed-out');
    expect(server.seen.filter((r) => r.path === '/things')).toHaveLength(0);
    expect(server.seen.filter((r) => r.path === '/authentication-token')).toHaveLength(5);
    expect(lines).toContainEqual([
      'warn',
      'platform request failed',
      { method: 'GET', path: '/things', attempts: 1, failure: 'stale-credentials', code: 'STALE_CREDENTIALS' },
    ]);
  });
});

describe('what a failure carries', () => {
  it('a request cancelled while its sign-in is under way fails as cancelled, like anywhere else', async () => {
    const server = await serve(async (req, res) => {
      if (req.path === '/authentication-token') await new Promise((resolve) => setTimeout(resolve, 300));
      withAuth((_req, r) => json(r, 200, {}))(req, res);
    });
    const api = jwtClient(server);
    const controller = new AbortController();
    const pending = failure(api.request({ path: '/things', signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    expect((await pending).kind).toBe('cancelled');
    expect(server.seen.filter((r) => r.path === '/things')).toHaveLength(0);
    // the sign-in itself goes on for the requests after it
    await api.request({ path: '/things' });
    expect(server.seen.filter((r) => r.path === '/authentication-token')).toHaveLength(1);
  });

  it('a cancelled read is cancelled, with no timeout in it; a write cancelled after it left may have landed', async () => {
    let controller = new AbortController();
    // cancelled once the platform has the request, and never answered
    const server = await serve(withAuth(() => controller.abort()));
    const api = jwtClient(server);
    await api.session.signIn();
    const cancel = (method: 'GET' | 'POST'): Promise<PlatformError> => {
      controller = new AbortController();
      const body = method === 'POST' ? { body: { name: 'x' } } : {};
      return failure(api.request({ method, path: '/things', signal: controller.signal, ...body }));
    };
    const read = await cancel('GET');
    expect(read.kind).toBe('cancelled');
    expect(read.timeoutMs).toBeUndefined();
    expect(read.cause).toBeUndefined();
    const write = await cancel('POST');
    expect(write.kind).toBe('unknown-outcome');
    expect(server.seen.filter((r) => r.method === 'POST' && r.path === '/things')).toHaveLength(1);
  });

  it('a 429 that never lets up ends, after the re-queues, as rate-limited with the wait it asked for', async () => {
    const server = await serve(
      withAuth((_req, res) => json(res, 429, { detail: 'Slow down' }, { 'Retry-After': '2' })),
    );
    const time = virtualTime();
    const { lines, log } = recorder();
    const api = jwtClient(server, { ...time, logger: log });
    const started = time.now();
    const error = await failure(api.request({ path: '/things' }));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 2_000 });
    expect(error.userMessage).toContain('asks to wait 2 s');
    // sent once and re-queued 20 times, each after the 2 s hold
    expect(server.seen.filter((r) => r.path === '/things')).toHaveLength(21);
    expect(time.now() - started).toBeGreaterThanOrEqual(40_000);
    const warned = lines.filter(([, message]) => message === 'platform rate limit');
    expect(warned).toHaveLength(21);
    expect(warned[0]).toEqual(['warn', 'platform rate limit', { method: 'GET', path: '/things', retryAfterMs: 2_000 }]);
  });

  it("a 503's Retry-After is spent on the retries: the error that ends them asks for no wait", async () => {
    const server = await serve(withAuth((_req, res) => json(res, 503, { detail: 'busy' }, { 'Retry-After': '3' })));
    const time = virtualTime();
    const { lines, log } = recorder();
    const api = jwtClient(server, { ...time, logger: log, maxAttempts: 2, random: () => 0.5 });
    const error = await failure(api.request({ path: '/things', query: { name: 'secret filter' } }));
    expect(error).toMatchObject({ kind: 'http', status: 503, retryAfterMs: undefined });
    expect(error.toJSON().details).not.toHaveProperty('retryAfterMs');
    expect(lines).toContainEqual([
      'debug',
      'platform request retried',
      { method: 'GET', path: '/things', attempt: 1, status: 503, failure: null, delayMs: 3_000 },
    ]);
  });
});

describe('what counts as an answer', () => {
  it('a 300 (no redirect: fetch hands it over) is a failure, not an answer', async () => {
    const server = await serve((_req, res) => json(res, 300, { choices: ['/a', '/b'] }));
    const error = await failure(staticKeyClient(server.url).request({ path: '/things' }));
    expect(error).toMatchObject({ kind: 'http', status: 300 });
  });
});

describe('the shared retry budget', () => {
  it('only a success pays back: a 4xx, an oversized answer or a spent read do not', async () => {
    const server = await serve((req, res) => {
      if (req.path === '/down') return json(res, 503, {});
      if (req.path === '/bad') return json(res, 400, { detail: 'bad' });
      if (req.path === '/missing') return json(res, 404, {});
      if (req.path === '/big') return json(res, 200, { filler: 'x'.repeat(4096) });
      return json(res, 200, {});
    });
    const { lines, log } = recorder();
    const api = staticKeyClient(server.url, { retryBudget: 20, maxAttempts: 2, maxResponseBytes: 1024, logger: log });
    await failure(api.request({ path: '/down' }));
    expect(api.retryBudget.available()).toBe(15);
    for (const path of ['/bad', '/missing', '/big']) {
      await failure(api.request({ path }));
      expect({ path, available: api.retryBudget.available() }).toEqual({ path, available: 15 });
    }
    await api.request({ path: '/fine' });
    expect(api.retryBudget.available()).toBe(16);
    // drain it: three more retries of 5, then the bucket cannot pay
    for (let i = 0; i < 4; i += 1) await failure(api.request({ path: '/down' }));
    expect(api.retryBudget.available()).toBe(1);
    expect(lines).toContainEqual(['warn', 'retry budget spent', { method: 'GET', path: '/down', attempts: 1 }]);
    expect(lines).toContainEqual([
      'debug',
      'platform request retried',
      { method: 'GET', path: '/down', attempt: 1, status: 503, failure: null, delayMs: expect.any(Number) as number },
    ]);
  });
});

describe('a request cancelled while it waits for a free slot', () => {
  it('ends at once, not when the slot frees, and is never sent', async () => {
    const server = await serve(async (req, res) => {
      if (req.path === '/slow') await new Promise((resolve) => setTimeout(resolve, 300));
      json(res, 200, { '@id': req.path });
    });
    const client = staticKeyClient(server.url, { concurrency: 1 });
    const settled: string[] = [];
    const slow = client.send({ method: 'GET', path: '/slow' }).then(() => settled.push('slow answered'));
    const controller = new AbortController();
    const queued = failure(client.send({ method: 'GET', path: '/queued', signal: controller.signal })).then((error) => {
      settled.push('queued cancelled');
      return error;
    });
    setTimeout(() => controller.abort(), 20);
    expect((await queued).kind).toBe('cancelled');
    await slow;
    expect(settled).toEqual(['queued cancelled', 'slow answered']);
    expect(server.seen.map((seen) => seen.path)).toEqual(['/slow']);
  });
});
