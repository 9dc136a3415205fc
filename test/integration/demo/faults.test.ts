import { afterEach, describe, expect, it } from 'vitest';
import { MIXED_SERVER_ERRORS } from '../../../src-main/demo/index.ts';
import { DemoClient, sleep, type Reply } from './helpers.ts';

let client: DemoClient;
afterEach(async () => client?.close());

describe('demo platform: rights, rate limits and injected faults', () => {
  it('answers 403 "Access Denied." on number blocks without wholesaler rights', async () => {
    client = await DemoClient.start({ rights: { wholesaler: false } });
    for (const path of [
      '/number-blocks',
      '/number-blocks/101',
      '/number-blocks/101/end-cool-off',
      '/number-blocks/101/split/10',
    ]) {
      const r = await client.get(path);
      expect(r.status, path).toBe(403);
      expect(r.body).toMatchObject({ detail: 'Access Denied.', status: 403, 'hydra:description': 'Access Denied.' });
    }
    expect((await client.get('/phonenumbers')).status).toBe(200);
  });

  it('sends both rate-limit header sets on every response, also on errors', async () => {
    client = await DemoClient.start({ rateLimit: { hourLimit: 100, dayLimit: 1000 } });
    const a = await client.get('/areacodes');
    const b = await client.get('/nope');
    const c = await client.get('/areacodes', { auth: 'none' });
    for (const [r, used] of [
      [a, 1],
      [b, 2],
      [c, 3],
    ] as const) {
      expect(r.headers.get('x-ratelimit-1h-limit')).toBe('100');
      expect(r.headers.get('x-ratelimit-1h-remaining')).toBe(String(100 - used));
      expect(Number(r.headers.get('x-ratelimit-1h-reset'))).toBeGreaterThan(3590);
      expect(r.headers.get('x-ratelimit-24h-limit')).toBe('1000');
      expect(r.headers.get('x-ratelimit-24h-remaining')).toBe(String(1000 - used));
      expect(Number(r.headers.get('x-ratelimit-24h-reset'))).toBeGreaterThan(86_390);
    }
  });

  it('answers 429 with Retry-After once the hourly window is full, without counting the refusals', async () => {
    client = await DemoClient.start({ rateLimit: { hourLimit: 3, dayLimit: 1000 } });
    for (let i = 0; i < 3; i++) expect((await client.get('/areacodes')).status).toBe(200);
    const r = await client.get('/areacodes');
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(3590);
    expect(r.headers.get('x-ratelimit-1h-remaining')).toBe('0');
    expect(r.body).toMatchObject({ status: 429, title: 'An error occurred' });
    expect(r.headers.get('x-ratelimit-24h-remaining')).toBe('997');
  });

  it('injects 429s with the configured Retry-After', async () => {
    client = await DemoClient.start({ faults: { rateLimitRate: 1, retryAfterSeconds: 2 } });
    const r = await client.get('/areacodes');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('2');
    client.demo.setFaults({ rateLimitRate: 0 });
    expect((await client.get('/areacodes')).status).toBe(200);
  });

  it('injects 503s before doing anything', async () => {
    client = await DemoClient.start({ faults: { errorRate: 1 } });
    const r = await client.raw('PATCH', '/phonenumbers/1', { json: { costCenter: 'Never' } });
    expect(r.status).toBe(503);
    expect(client.demo.data.phoneNumbers.get(1)?.costCenter).not.toBe('Never');
    expect(client.demo.requestLog.at(-1)).toMatchObject({ status: 503, applied: false });
  });

  it('"applied but response lost": the write happens and the answer is a 502', async () => {
    client = await DemoClient.start({ faults: { lostResponseRate: 1 } });
    const patch = await client.raw('PATCH', '/phonenumbers/1', { json: { costCenter: 'Lost-but-applied' } });
    expect(patch.status).toBe(502);
    expect(patch.headers.get('content-type')).toContain('text/html');
    expect(client.demo.data.phoneNumbers.get(1)?.costCenter).toBe('Lost-but-applied');
    expect(client.demo.requestLog.at(-1)).toMatchObject({ method: 'PATCH', status: 502, applied: true });

    const number = client.demo.data.orderDetailsX2voipNumbers.all()[0]?.['@id'];
    const before = client.demo.data.scheduledForwards.size;
    const post = await client.raw('POST', '/order-details-x2voip-numbers-scheduled-forwards', {
      json: { orderDetailsX2voipNumber: number, forwardTo: '0612345678' },
    });
    expect(post.status).toBe(502);
    expect(client.demo.data.scheduledForwards.size).toBe(before + 1);

    const block = client.demo.data.numberBlocks.all().find((b) => b.status === 'cool-off');
    expect((await client.get(`/number-blocks/${block?.id}/end-cool-off`)).status).toBe(502);
    expect(client.demo.data.numberBlocks.get(block?.id ?? 0)?.status).toBe('available');

    // Reads and failed writes are never "lost".
    expect((await client.get('/phonenumbers/1')).status).toBe(200);
    expect((await client.raw('PATCH', '/phonenumbers/1', { json: { costCenter: 5 } })).status).toBe(422);
  });

  it('adds latency to every response', async () => {
    client = await DemoClient.start({ faults: { latencyMs: 150 } });
    const started = performance.now();
    await client.get('/nope', { auth: 'none' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('logs every request with method, path, query, status, content type and auth', async () => {
    client = await DemoClient.start();
    await client.get('/phonenumbers?orderId=5001&itemsPerPage=5');
    await sleep(1);
    expect(client.demo.requestLog).toHaveLength(1);
    expect(client.demo.requestLog[0]).toMatchObject({
      method: 'GET',
      path: '/phonenumbers',
      query: 'orderId=5001&itemsPerPage=5',
      status: 200,
      contentType: null,
      auth: 'static-key',
      applied: false,
    });
    expect(client.demo.requestLog[0]?.at).toBeGreaterThan(Date.now() - 5000);
    client.demo.clearLog();
    expect(client.demo.requestLog).toHaveLength(0);
  });

  it('mixes server errors like a real deployment: 500 with a Hydra body, 502/503 with an nginx HTML page', async () => {
    client = await DemoClient.start({ faults: { errorRate: 1, errorKinds: MIXED_SERVER_ERRORS } });
    const seen = new Map<number, Reply>();
    for (let i = 0; i < 40 && seen.size < 3; i++) {
      const r = await client.get('/areacodes');
      seen.set(r.status, r);
    }
    expect([...seen.keys()].sort()).toEqual([500, 502, 503]);
    expect(seen.get(500)!.headers.get('content-type')).toMatch(/problem\+json/);
    expect(seen.get(500)!.body).toMatchObject({ '@type': 'hydra:Error', status: 500 });
    for (const status of [502, 503]) {
      expect(seen.get(status)!.headers.get('content-type')).toMatch(/text\/html/);
      expect(seen.get(status)!.text).toMatch(/<center>nginx<\/center>/);
    }
  });

  it.each([
    ['seconds-to-go', (v: number, now: number) => now + v * 1000],
    ['epoch-seconds', (v: number) => v * 1000],
    ['epoch-ms', (v: number) => v],
  ] as const)('writes *-Reset as %s, with a shortened hour and day', async (resetForm, moment) => {
    client = await DemoClient.start({
      rateLimit: { hourLimit: 2, dayLimit: 10, hourWindowMs: 1_500, dayWindowMs: 4_000, resetForm },
    });
    const before = Date.now();
    const r = await client.get('/areacodes');
    const hourReset = moment(Number(r.headers.get('x-ratelimit-1h-reset')), before);
    const dayReset = moment(Number(r.headers.get('x-ratelimit-24h-reset')), before);
    expect(hourReset).toBeGreaterThanOrEqual(before + 1_000);
    expect(hourReset).toBeLessThanOrEqual(before + 3_000);
    expect(dayReset).toBeGreaterThanOrEqual(before + 3_000);
    expect(dayReset).toBeLessThanOrEqual(before + 6_000);
    expect((await client.get('/areacodes')).status).toBe(200);
    expect((await client.get('/areacodes')).status).toBe(429);
    await sleep(1_600);
    expect((await client.get('/areacodes')).status).toBe(200);
  });

  it('keeps the request log bounded: the newest entries, oldest first', async () => {
    client = await DemoClient.start({ requestLogLimit: 5 });
    for (let i = 1; i <= 8; i++) await client.get(`/phonenumbers/${i}`);
    expect(client.demo.requestLog.map((e) => e.path)).toEqual([4, 5, 6, 7, 8].map((i) => `/phonenumbers/${i}`));
    expect(client.demo.requestLog.at(-1)).toMatchObject({ retryAfterSeconds: null });
  });
});
