import { afterEach, describe, expect, it } from 'vitest';
import { MIXED_SERVER_ERRORS } from '../../../src-main/demo/index.ts';
import { closeDemos, failure, jwtClient, startDemo } from './demo-client.ts';

afterEach(closeDemos);

describe('the shared retry budget against the demo platform', () => {
  it('a platform that only answers server errors: retries stop after the budget, then one attempt each', async () => {
    const demo = await startDemo();
    const api = jwtClient(demo, { backoff: { baseMs: 1, maxMs: 2 } });
    await api.request({ path: '/phonenumbers', query: { itemsPerPage: 1 } });
    demo.setFaults({ errorRate: 1, errorKinds: MIXED_SERVER_ERRORS });
    demo.clearLog();
    const kinds: string[] = [];
    for (let i = 0; i < 30; i += 1) kinds.push((await failure(api.request({ path: '/phonenumbers/1' }))).kind);
    // 100 tokens at 5 a retry: 20 retries in all, whatever the number of requests
    expect(demo.requestLog).toHaveLength(30 + 20);
    expect(kinds.slice(0, 5)).toEqual(['http', 'http', 'http', 'http', 'http']);
    expect(kinds.slice(-10)).toEqual(Array.from({ length: 10 }, () => 'unavailable'));
    expect(api.retryBudget.available()).toBeLessThan(5);

    // the platform recovers: first-time successes pay the budget back
    demo.setFaults({ errorRate: 0 });
    for (let i = 0; i < 20; i += 1) await api.request({ path: '/phonenumbers/1' });
    expect(api.retryBudget.available()).toBeGreaterThanOrEqual(20);
  });

  it('500 with a Hydra body and 502/503 with an HTML page are all retried for reads', async () => {
    const demo = await startDemo();
    const api = jwtClient(demo);
    await api.request({ path: '/phonenumbers', query: { itemsPerPage: 1 } });
    demo.setFaults({ errorRate: 0.3, errorKinds: MIXED_SERVER_ERRORS });
    for (let i = 1; i <= 30; i += 1) await api.request({ path: `/phonenumbers/${i}` });
    const statuses = new Set(demo.requestLog.map((e) => e.status));
    expect(statuses.has(500)).toBe(true);
    expect(statuses.has(502) || statuses.has(503)).toBe(true);
  });
});
