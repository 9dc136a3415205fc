import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTransport, errorCode, provablyNotSent } from '../../../src-main/platform/pipeline/transport.ts';
import type { PreparedRequest } from '../../../src-main/platform/pipeline/types.ts';
import { serveForTest as serve, type TinyServer } from './tiny-server.ts';

afterEach(() => {
  vi.useRealTimers();
});

const request = (server: TinyServer | null, path: string, over: Partial<PreparedRequest> = {}): PreparedRequest => ({
  method: 'GET',
  url: `${server?.url ?? 'http://127.0.0.1:1'}${path}`,
  path,
  headers: {},
  body: undefined,
  signal: undefined,
  timeoutMs: 5_000,
  priority: 'interactive',
  yieldToHold: false,
  repeatable: true,
  maxAttempts: 1,
  authenticate: false,
  ...over,
});

const nodeFetch = (url: string, init: RequestInit): Promise<Response> => fetch(url, init);
const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('transport: what the body reads as', () => {
  it('parses JSON only when the answer says it is JSON, and keeps a broken JSON body as its text', async () => {
    const server = await serve((req, res) => {
      const types: Record<string, string> = {
        '/plain': 'text/plain',
        '/csv': 'text/csv',
        '/broken': 'application/ld+json',
        '/json': 'application/problem+json',
      };
      res.writeHead(200, { 'Content-Type': types[req.path] ?? 'text/plain' });
      res.end(req.path === '/broken' ? '<html>proxy error</html>' : '{"a":1}');
    });
    const transport = createTransport({ fetch: nodeFetch, now: Date.now });
    const body = async (path: string): Promise<unknown> => {
      const attempt = await transport(request(server, path));
      return attempt.type === 'response' ? attempt.body : attempt;
    };
    expect(await body('/plain')).toBe('{"a":1}');
    expect(await body('/csv')).toBe('{"a":1}');
    expect(await body('/json')).toEqual({ a: 1 });
    expect(await body('/broken')).toBe('<html>proxy error</html>');
  });

  it('decodes a character split across chunks, and reads the same text whether the length is declared or not', async () => {
    const euro = Buffer.from('€', 'utf8');
    // the last bytes are the first two of a three-byte character: the text ends in a replacement character
    const cut = Buffer.concat([Buffer.from('abc'), euro.subarray(0, 2)]);
    const server = await serve(async (req, res) => {
      if (req.path === '/declared-cut') {
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(cut.length) });
        res.end(cut);
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      if (req.path === '/streamed-cut') {
        res.end(cut);
        return;
      }
      res.write(Buffer.concat([Buffer.from('price '), euro.subarray(0, 1)]));
      await wait(30);
      res.write(euro.subarray(1));
      await wait(30);
      res.end(Buffer.from(' 5'));
    });
    const transport = createTransport({ fetch: nodeFetch, now: Date.now, maxResponseBytes: 1024 });
    const text = async (path: string): Promise<unknown> => {
      const attempt = await transport(request(server, path));
      return attempt.type === 'response' ? attempt.body : attempt;
    };
    expect(await text('/split')).toBe('price € 5');
    const declared = await text('/declared-cut');
    expect(declared).toBe('abc\uFFFD');
    expect(await text('/streamed-cut')).toBe(declared);
  });

  it('accepts an answer of exactly the cap, declared or streamed, and says a larger one was sent', async () => {
    const cap = 2048;
    const server = await serve((req, res) => {
      const size = req.path.endsWith('over') ? cap + 1 : cap;
      if (req.path.startsWith('/declared')) {
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(size) });
        res.end('x'.repeat(size));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('y'.repeat(1024));
      res.end('y'.repeat(size - 1024));
    });
    const transport = createTransport({ fetch: nodeFetch, now: Date.now, maxResponseBytes: cap });
    for (const path of ['/declared', '/streamed']) {
      const attempt = await transport(request(server, path));
      expect(attempt.type === 'response' ? String(attempt.body).length : attempt).toBe(cap);
      expect(await transport(request(server, `${path}-over`))).toEqual({
        type: 'failure',
        failure: 'too-large',
        sent: true,
        code: 'TOO_LARGE',
      });
    }
  });

  it('measures the latency from the moment it sent', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const ticks = [1_000, 1_250];
    const transport = createTransport({ fetch: nodeFetch, now: () => ticks.shift() ?? 9_999 });
    expect(await transport(request(server, '/ping'))).toMatchObject({
      type: 'response',
      status: 204,
      body: null,
      sentAt: 1_000,
      latencyMs: 250,
    });
  });
});

describe('transport: failures say whether the request left', () => {
  it('an already cancelled request is not sent', async () => {
    const server = await serve((_req, res) => void res.end());
    const transport = createTransport({ fetch: nodeFetch, now: Date.now });
    const attempt = await transport(request(server, '/x', { signal: AbortSignal.abort() }));
    expect(attempt).toEqual({ type: 'failure', failure: 'cancelled', sent: false, code: 'ABORTED' });
    expect(server.seen).toHaveLength(0);
  });

  it('credentials that expire at this very moment are not sent', async () => {
    const server = await serve((_req, res) => void res.end());
    const transport = createTransport({ fetch: nodeFetch, now: () => 5_000 });
    expect(await transport(request(server, '/x', { credentialsValidUntil: 5_000 }))).toEqual({
      type: 'failure',
      failure: 'stale-credentials',
      sent: false,
      code: 'STALE_CREDENTIALS',
    });
    expect(server.seen).toHaveLength(0);
    expect(await transport(request(server, '/x', { credentialsValidUntil: 5_001 }))).toMatchObject({
      type: 'response',
    });
  });

  it('a request cancelled while the platform thinks is cancelled at once, not when it times out', async () => {
    const server = await serve(() => {
      // never answers
    });
    const transport = createTransport({ fetch: nodeFetch, now: Date.now });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const attempt = await transport(request(server, '/slow', { signal: controller.signal, timeoutMs: 3_000 }));
    expect(attempt).toEqual({ type: 'failure', failure: 'cancelled', sent: true, code: 'ABORTED' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a platform that does not answer in time is a timeout of a request that was sent', async () => {
    const server = await serve(() => {
      // never answers
    });
    const transport = createTransport({ fetch: nodeFetch, now: Date.now });
    expect(await transport(request(server, '/slow', { timeoutMs: 100 }))).toEqual({
      type: 'failure',
      failure: 'timeout',
      sent: true,
      code: 'TIMEOUT',
    });
  });

  it('a failure without a code is UNKNOWN and counts as possibly sent', async () => {
    const transport = createTransport({
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      now: Date.now,
    });
    expect(await transport(request(null, '/x'))).toEqual({
      type: 'failure',
      failure: 'network',
      sent: true,
      code: 'UNKNOWN',
    });
  });

  it('leaves no listener on a long-lived signal and no timer behind once a request is done', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
    const transport = createTransport({ fetch: nodeFetch, now: Date.now });
    // one signal for a whole bulk job: thousands of requests must not pile listeners onto it
    const job = new AbortController();
    for (let i = 0; i < 3; i += 1) await transport(request(server, '/x', { signal: job.signal }));
    expect(getEventListeners(job.signal, 'abort')).toHaveLength(0);

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const local = createTransport({
      fetch: async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }),
      now: Date.now,
    });
    expect(await local(request(null, '/x', { timeoutMs: 30_000 }))).toMatchObject({ type: 'response', body: {} });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('reading the code of a failure', () => {
  it('finds the code in the causes, a few levels deep, and stops on a cycle or a null cause', () => {
    const nested = (levels: number, code: string): Error => {
      let error: Error = Object.assign(new Error('root'), { code });
      for (let i = 0; i < levels; i += 1) error = new TypeError('fetch failed', { cause: error });
      return error;
    };
    expect(errorCode(nested(3, 'ECONNRESET'))).toBe('ECONNRESET');
    // a fifth level is past what is read
    expect(errorCode(nested(4, 'ECONNRESET'))).toBe('UNKNOWN');
    const looped = new Error('looped') as Error & { cause?: unknown };
    looped.cause = looped;
    expect(errorCode(looped)).toBe('UNKNOWN');
    expect(errorCode(new Error('no cause', { cause: null }))).toBe('UNKNOWN');
  });

  it('knows a TLS refusal anywhere in the code as not sent, not only at its start', () => {
    // Node: a certificate signed by a CA this computer does not know (a TLS-inspecting proxy, typically)
    expect(provablyNotSent('UNABLE_TO_GET_ISSUER_CERT_LOCALLY')).toBe(true);
    // Chromium: a pinned key that is missing from the chain
    expect(provablyNotSent('ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN')).toBe(true);
    expect(provablyNotSent('ECONNRESET')).toBe(false);
    expect(provablyNotSent('UNKNOWN')).toBe(false);
  });
});
