import { afterEach, describe, expect, it } from 'vitest';
import { createPlatformClient, type PlatformClientOptions } from '../../../src-main/platform/client.ts';
import { jwtClient } from './jwt-client.ts';
import { json, startTinyServer, type Handler, type TinyServer } from './tiny-server.ts';
import { platformFailureOf as failureOf } from '../../support/platform-failure.ts';

let server: TinyServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function clientOf(handler: Handler, extra: Partial<PlatformClientOptions> = {}) {
  server = await startTinyServer(handler);
  return createPlatformClient({
    baseUrl: server.url,
    auth: { mode: 'static-key', clientId: 'client-123', authToken: async () => 'static-secret-token' },
    fetch: (url, init) => fetch(url, init),
    ...extra,
  });
}

describe('the options a platform client is made with', () => {
  it('set how many requests may be in flight and the retry budget; without them the defaults hold', async () => {
    const tuned = await clientOf((_req, res) => json(res, 200, {}), { concurrency: 2, retryBudget: 7 });
    expect(tuned.governor.snapshot().maxConcurrency).toBe(2);
    expect(tuned.retryBudget.available()).toBe(7);
    const plain = createPlatformClient({
      baseUrl: server!.url,
      auth: { mode: 'static-key', clientId: 'client-123', authToken: async () => 'static-secret-token' },
      fetch: (url, init) => fetch(url, init),
    });
    expect(plain.governor.snapshot().maxConcurrency).toBe(6);
    expect(plain.retryBudget.available()).toBe(100);
  });

  it('set the time a request may take', async () => {
    const client = await clientOf(() => undefined, { timeoutMs: 300, maxAttempts: 1 });
    const started = performance.now();
    const error = await failureOf(client.request({ path: '/phonenumbers' }));
    expect(error.kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('set the attempts of a repeatable request and the wait between them', async () => {
    const waits: number[] = [];
    const client = await clientOf((_req, res) => json(res, 503, {}), {
      maxAttempts: 3,
      backoff: { baseMs: 40, maxMs: 40 },
      random: () => 1,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await failureOf(client.request({ path: '/phonenumbers' }));
    expect(server!.seen).toHaveLength(3);
    expect(waits.filter((ms) => ms > 0).every((ms) => ms <= 40)).toBe(true);
    expect(waits.some((ms) => ms > 0)).toBe(true);
  });

  it('set the largest answer read', async () => {
    const client = await clientOf((_req, res) => json(res, 200, { text: 'x'.repeat(4_096) }), {
      maxResponseBytes: 1_024,
    });
    expect((await failureOf(client.request({ path: '/phonenumbers/1' }))).kind).toBe('response-too-large');
  });

  it('keep back the reserve it is given in each rate-limit window', async () => {
    const client = await clientOf(
      (_req, res) =>
        json(
          res,
          200,
          {},
          {
            'X-RateLimit-1H-Limit': '100',
            'X-RateLimit-1H-Remaining': '50',
            'X-RateLimit-1H-Reset': '600',
          },
        ),
      { reserve: () => 30 },
    );
    await client.request({ path: '/phonenumbers/1' });
    // 50 left of which 30 are kept back
    expect(client.governor.budgetLeft()).toBe(20);
  });

  it('set how long background work waits out a hold before it gives way', async () => {
    // the hour is spent and resets in 4 s: within the default patience (15 s), beyond the one given here (1 s)
    const client = await clientOf(
      (_req, res) =>
        json(
          res,
          200,
          {},
          { 'X-RateLimit-1H-Limit': '100', 'X-RateLimit-1H-Remaining': '0', 'X-RateLimit-1H-Reset': '4' },
        ),
      { backgroundPatienceMs: 1_000, reserve: () => 0 },
    );
    await client.request({ path: '/phonenumbers/1' });
    const started = performance.now();
    const error = await failureOf(client.request({ path: '/phonenumbers/2', priority: 'background' }));
    expect(error.kind).toBe('rate-limited');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(server!.seen).toHaveLength(1);
  });

  it('set how long before its expiry a token is renewed', async () => {
    const clock = { at: Date.UTC(2026, 10, 28, 9, 0, 0) };
    const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    // a token for 100 s: renewed 10 s early by default (a tenth of its life), 1 s early with the skew given here
    const token = (): string =>
      `${part({ alg: 'RS256' })}.${part({ iat: clock.at / 1000, exp: clock.at / 1000 + 100 })}.${part({ s: 1 })}`;
    server = await startTinyServer((request, res) =>
      request.path === '/authentication-token' ? json(res, 200, { token: token() }) : json(res, 200, {}),
    );
    const client = jwtClient(server, { now: () => clock.at, tokenSkewMs: 1_000 });
    await client.request({ path: '/phonenumbers/1' });
    clock.at += 95_000;
    await client.request({ path: '/phonenumbers/2' });
    const signIns = (): number => server!.seen.filter((seen) => seen.path === '/authentication-token').length;
    expect(signIns()).toBe(1);
    clock.at += 4_500;
    await client.request({ path: '/phonenumbers/3' });
    expect(signIns()).toBe(2);
  });

  it('tell its logger how the platform’s reset headers were read', async () => {
    const lines: string[] = [];
    const client = await clientOf(
      (_req, res) =>
        json(
          res,
          200,
          {},
          { 'X-RateLimit-1H-Limit': '100', 'X-RateLimit-1H-Remaining': '50', 'X-RateLimit-1H-Reset': '600' },
        ),
      { logger: { info: (message: string) => lines.push(message) } },
    );
    await client.request({ path: '/phonenumbers/1' });
    expect(lines).toContain('rate-limit reset headers read');
  });
});
