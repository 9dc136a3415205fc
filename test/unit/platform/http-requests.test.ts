import { describe, expect, it } from 'vitest';
import type { Priority } from '../../../src-main/platform/governor.ts';
import { platformFailureOf as failure } from '../../support/platform-failure.ts';
import { staticKeyClient } from './jwt-client.ts';
import { logRecorder as recorder } from './log-recorder.ts';
import { json, serveForTest as serve } from './tiny-server.ts';

/** What the pipeline makes of one request's options, seen from a loopback server and an injected logger. */

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 2_000) throw new Error('condition not met within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('request headers', () => {
  it('a PATCH says merge-patch even without a body; a GET or DELETE without one names no content type', async () => {
    const server = await serve((_req, res) => json(res, 200, {}));
    const api = staticKeyClient(server.url);
    await api.send({ method: 'PATCH', path: '/things/1' });
    await api.send({ method: 'GET', path: '/things/1' });
    await api.send({ method: 'DELETE', path: '/things/1' });
    const [patch, get, remove] = server.seen;
    // the platform checks a PATCH's content type before its body: without one it answers 415
    expect(patch).toMatchObject({ method: 'PATCH', body: '' });
    expect(patch?.headers['content-type']).toBe('application/merge-patch+json');
    expect(get?.method).toBe('GET');
    expect(get?.headers['content-type']).toBeUndefined();
    expect(remove?.method).toBe('DELETE');
    expect(remove?.headers['content-type']).toBeUndefined();
  });
});

describe('request options', () => {
  it('reads the priority of a queued request as it is now: a background request made interactive goes first', async () => {
    let answerBusy = (): void => {};
    const server = await serve((req, res) => {
      if (req.path === '/busy') {
        answerBusy = () => json(res, 200, {});
        return;
      }
      json(res, 200, {});
    });
    const api = staticKeyClient(server.url, { concurrency: 1 });
    const busy = api.send({ path: '/busy' });
    await until(() => server.seen.length === 1);
    let opened: Priority = 'background';
    const other = api.send({ path: '/other', priority: 'background' });
    await until(() => api.governor.snapshot().queued === 1);
    const grid = api.send({ path: '/opened', priority: 'background', priorityNow: () => opened });
    await until(() => api.governor.snapshot().queued === 2);
    // the operator opens the grid while both wait for the one slot
    opened = 'interactive';
    answerBusy();
    await Promise.all([busy, other, grid]);
    expect(server.seen.map((r) => r.path)).toEqual(['/busy', '/opened', '/other']);
  });

  it('retry {attempts} bounds the sends of one request instead of the client-wide bound', async () => {
    const server = await serve((_req, res) => json(res, 503, { detail: 'busy' }));
    const api = staticKeyClient(server.url, { maxAttempts: 5 });
    const error = await failure(api.send({ path: '/down', retry: { attempts: 3 } }));
    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(server.seen).toHaveLength(3);
  });
});

describe('request log lines', () => {
  it('logs each request at debug with its method, path (without the query), status, attempts and time', async () => {
    const server = await serve((_req, res) => json(res, 200, {}));
    const { lines, log } = recorder();
    const api = staticKeyClient(server.url, { logger: log });
    await api.send({ path: '/things', query: { q: 'a filter the user typed' } });
    expect(lines.filter(([, message]) => message === 'platform request')).toEqual([
      [
        'debug',
        'platform request',
        { method: 'GET', path: '/things', status: 200, failure: null, attempts: 1, ms: expect.any(Number) },
      ],
    ]);
  });

  it('warns of a request that failed, but not of one its caller cancelled', async () => {
    const server = await serve(() => {
      // never answers
    });
    const { lines, log } = recorder();
    const api = staticKeyClient(server.url, { logger: log });
    const controller = new AbortController();
    const cancelled = failure(api.send({ path: '/slow', signal: controller.signal }));
    await until(() => server.seen.length === 1);
    controller.abort();
    expect((await cancelled).kind).toBe('cancelled');
    expect(lines).toContainEqual([
      'debug',
      'platform request',
      { method: 'GET', path: '/slow', status: null, failure: 'cancelled', attempts: 1, ms: null },
    ]);
    expect(lines.filter(([level]) => level === 'warn')).toEqual([]);

    expect((await failure(api.send({ path: '/slow', timeoutMs: 50, retry: { attempts: 1 } }))).kind).toBe('timeout');
    expect(lines.filter(([level]) => level === 'warn')).toEqual([
      [
        'warn',
        'platform request failed',
        { method: 'GET', path: '/slow', attempts: 1, failure: 'timeout', code: 'TIMEOUT' },
      ],
    ]);
  });
});
