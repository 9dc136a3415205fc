import { afterEach, describe, expect, it } from 'vitest';
import type { ListProgress } from '../../../src-main/platform/hydra.ts';
import { closeDemos, failure, idsOf, jwtClient, sleep, startDemo } from './demo-client.ts';

afterEach(closeDemos);

const pageRequests = (log: readonly { path: string }[], path: string): number =>
  log.filter((e) => e.path === path).length;

describe('Hydra paging against the demo platform', () => {
  it('lists every row once, asking 500 per page, with progress', async () => {
    const demo = await startDemo({ phoneNumbers: 3_000 });
    const api = jwtClient(demo);
    const progress: ListProgress[] = [];
    const result = await api.listAll('/phonenumbers', { onProgress: (p) => progress.push(p) });
    const ids = idsOf(result.items);
    expect(result.totalItems).toBe(demo.data.phoneNumbers.size);
    expect(ids).toHaveLength(result.totalItems ?? -1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(result).toMatchObject({ requests: 6, complete: true });
    expect(
      demo.requestLog.filter((e) => e.path === '/phonenumbers').every((e) => e.query.includes('itemsPerPage=500')),
    ).toBe(true);
    expect(progress.at(-1)).toEqual({ pages: 6, pagesTotal: 6, items: 3_000, total: 3_000 });
    expect(progress.map((p) => p.pages)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a server that clamps itemsPerPage (137) still yields every row exactly once', async () => {
    const demo = await startDemo({ phoneNumbers: 3_000, faults: { maxItemsPerPage: 137 } });
    const api = jwtClient(demo);
    const result = await api.listAll('/phonenumbers');
    const ids = idsOf(result.items);
    expect(ids).toHaveLength(result.totalItems ?? -1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set([...demo.data.phoneNumbers.values()].map((n) => n['@id'])));
    expect(result.requests).toBe(Math.ceil(3_000 / 137));
    expect(pageRequests(demo.requestLog, '/phonenumbers')).toBe(Math.ceil(3_000 / 137));
  });

  it('keeps fields it does not know', async () => {
    const demo = await startDemo({ phoneNumbers: 50 });
    const api = jwtClient(demo);
    const { items } = await api.listAll('/phonenumbers');
    const first = items[0] ?? {};
    const stored = demo.data.phoneNumbers.get(Number(first['id']));
    expect(first).toEqual(JSON.parse(JSON.stringify(stored)));
  });

  it('list-all of 100,000 rows is complete without duplicates', async () => {
    const demo = await startDemo({ phoneNumbers: 100_000 });
    const api = jwtClient(demo);
    const result = await api.listAll('/phonenumbers', { query: { excludeOrders: 1 } });
    const ids = idsOf(result.items);
    expect(result.totalItems).toBe(100_000);
    expect(ids).toHaveLength(100_000);
    expect(new Set(ids).size).toBe(100_000);
    expect(result.requests).toBe(200);
    expect(result.complete).toBe(true);
  }, 120_000);

  it('the sequential baseline follows hydra:next and gets the same rows', async () => {
    const demo = await startDemo({ phoneNumbers: 2_000, faults: { maxItemsPerPage: 300 } });
    const api = jwtClient(demo);
    const sequential = await api.listAllSequential('/phonenumbers');
    const parallel = await api.listAll('/phonenumbers');
    expect(idsOf(sequential.items)).toEqual(idsOf(parallel.items));
    expect(sequential.requests).toBe(7);
  });

  it('cancellation via AbortSignal stops a listAll', async () => {
    const demo = await startDemo({ phoneNumbers: 20_000, faults: { latencyMs: 30 } });
    const api = jwtClient(demo, { concurrency: 2 });
    const controller = new AbortController();
    const pending = failure(
      api.listAll('/phonenumbers', {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.pages === 3) controller.abort();
        },
      }),
    );
    const error = await pending;
    expect(error.kind).toBe('cancelled');
    const sentAtAbort = pageRequests(demo.requestLog, '/phonenumbers');
    await sleep(300);
    // nothing left afterwards: queued pages were dropped, in-flight ones at most finish
    expect(pageRequests(demo.requestLog, '/phonenumbers')).toBeLessThanOrEqual(sentAtAbort + 2);
    expect(pageRequests(demo.requestLog, '/phonenumbers')).toBeLessThan(10);
    expect(api.governor.snapshot()).toMatchObject({ queued: 0 });
  });
});
