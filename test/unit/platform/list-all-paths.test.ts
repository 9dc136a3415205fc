import { describe, expect, it } from 'vitest';
import { PlatformError, type PlatformErrorInit } from '../../../src-main/platform/errors.ts';
import { listAll } from '../../../src-main/platform/list-all.ts';
import { platformFailureOf } from '../../support/platform-failure.ts';
import type { ListProgress, PageFetcher } from '../../../src-main/platform/hydra.ts';

// A platform answered in memory: pages of Hydra collections, and failures chosen per page and attempt. The real
// demo platform cannot fail page 5 before page 3, nor leave the count out.
interface Plan {
  rows: number;
  perPage: number;
  /** Leave hydra:totalItems out (a collection that does not count). */
  uncounted?: boolean;
  /** What page N answers on its k-th request (1-based); undefined: its rows. */
  fail?: (page: number, attempt: number) => PlatformErrorInit['kind'] | number | undefined;
  /** Milliseconds before page N answers. */
  delay?: (page: number) => number;
}

function platform(plan: Plan): { fetch: PageFetcher; asked: number[] } {
  const asked: number[] = [];
  const attempts = new Map<number, number>();
  const pages = Math.max(1, Math.ceil(plan.rows / plan.perPage));
  const fetch: PageFetcher = async ({ path, query }) => {
    const page = Number(query?.['page'] ?? new URL(path, 'https://p.nl').searchParams.get('page') ?? 1);
    asked.push(page);
    const attempt = (attempts.get(page) ?? 0) + 1;
    attempts.set(page, attempt);
    await new Promise((resolve) => setTimeout(resolve, plan.delay?.(page) ?? 0));
    const failure = plan.fail?.(page, attempt);
    if (failure !== undefined) {
      const init = typeof failure === 'number' ? { kind: 'http' as const, status: failure } : { kind: failure };
      throw new PlatformError({ ...init, method: 'GET', path: `/numbers?page=${page}` });
    }
    const from = (page - 1) * plan.perPage;
    const members = Array.from({ length: Math.max(0, Math.min(plan.perPage, plan.rows - from)) }, (_, i) => ({
      '@id': `/numbers/${from + i + 1}`,
    }));
    return {
      member: members,
      ...(plan.uncounted ? {} : { totalItems: plan.rows }),
      view: {
        '@id': `/numbers?page=${page}`,
        first: '/numbers?page=1',
        ...(plan.uncounted ? {} : { last: `/numbers?page=${pages}` }),
        ...(page < pages ? { next: `/numbers?page=${page + 1}` } : {}),
      },
    };
  };
  return { fetch, asked };
}

const ids = (items: unknown[]): number[] =>
  items.map((item) =>
    Number(
      String((item as { '@id': string })['@id'])
        .split('/')
        .pop(),
    ),
  );
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

describe('a listing without a count', () => {
  it('follows the links page by page, reporting each page read', async () => {
    const { fetch, asked } = platform({ rows: 25, perPage: 10, uncounted: true });
    const progress: ListProgress[] = [];
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10, onProgress: (p) => progress.push(p) });
    expect(ids(result.items)).toEqual(range(25));
    expect(result).toMatchObject({ totalItems: null, requests: 3, complete: true, gap: null });
    expect(asked).toEqual([1, 2, 3]);
    expect(progress.map((p) => p.pages)).toEqual([1, 2, 3]);
    expect(progress.at(-1)).toMatchObject({ pagesTotal: null, items: 25, total: null });
  });

  it('stops at an empty first page, whatever link it carries', async () => {
    const { fetch, asked } = platform({ rows: 0, perPage: 10, uncounted: true });
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10 });
    expect(result.items).toEqual([]);
    expect(asked).toEqual([1]);
  });
});

describe('pages that fail', () => {
  it('list the missing pages in order, whichever failed first, and name the last failure', async () => {
    const { fetch } = platform({
      rows: 60,
      perPage: 10,
      fail: (page) => (page === 3 ? 502 : page === 5 ? 500 : page === 6 ? 504 : undefined),
      delay: (page) => (page === 3 ? 30 : 0),
    });
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10, keepPartial: true });
    expect(result.complete).toBe(false);
    expect(result.gap?.missingPages).toEqual([3, 5, 6]);
    expect(result.gap?.cause).toBe('failed');
    // the retries go in page order: page 6's is the last failure
    expect(result.gap?.error?.status).toBe(504);
  });

  it('are tried once more in page order, but not when the platform is out of reach', async () => {
    const { fetch, asked } = platform({
      rows: 60,
      perPage: 10,
      fail: (page, attempt) =>
        page === 4 && attempt === 1 ? 500 : page === 2 && attempt === 1 ? 500 : page === 6 ? 'network' : undefined,
      delay: (page) => (page === 2 ? 20 : 0),
    });
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10, keepPartial: true });
    expect(asked.slice(6)).toEqual([2, 4]);
    expect(asked.filter((page) => page === 6)).toHaveLength(1);
    expect(result.gap).toMatchObject({ missingPages: [6], cause: 'unreachable' });
  });

  it('end the listing at once when the session is signed out, even one that keeps what it has', async () => {
    const { fetch, asked } = platform({
      rows: 40,
      perPage: 10,
      fail: (page) => (page === 3 ? 'signed-out' : undefined),
    });
    const failure = await platformFailureOf(listAll(fetch, '/numbers', { itemsPerPage: 10, keepPartial: true }));
    expect(failure).toBeInstanceOf(PlatformError);
    expect(failure.kind).toBe('signed-out');
    // not asked again: a signed-out session answers nothing until the operator signs in
    expect(asked.filter((page) => page === 3)).toHaveLength(1);
  });

  it('end the listing when the retry of a page is signed out', async () => {
    const { fetch } = platform({
      rows: 40,
      perPage: 10,
      fail: (page, attempt) => (page === 3 ? (attempt === 1 ? 500 : 'signed-out') : undefined),
    });
    const failure = await platformFailureOf(listAll(fetch, '/numbers', { itemsPerPage: 10, keepPartial: true }));
    expect(failure.kind).toBe('signed-out');
  });
});

describe('pages beyond the count', () => {
  it('are read along the links when rows were added, and reported as read', async () => {
    // the count said 20 (2 pages), but page 2 links on to page 3
    const base = platform({ rows: 25, perPage: 10 });
    const fetch: PageFetcher = async (request) => {
      const body = (await base.fetch(request)) as Record<string, unknown>;
      return { ...body, totalItems: 20, view: { ...(body['view'] as object), last: '/numbers?page=2' } };
    };
    const progress: ListProgress[] = [];
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10, onProgress: (p) => progress.push(p) });
    expect(ids(result.items)).toEqual(range(25));
    expect(result.requests).toBe(3);
    expect(progress.at(-1)?.pages).toBe(3);
  });
});

describe('a background listing on a small budget', () => {
  it('reads every page when exactly as many requests are left as pages remain', async () => {
    const { fetch } = platform({ rows: 40, perPage: 10 });
    const result = await listAll(
      fetch,
      '/numbers',
      { itemsPerPage: 10, priority: 'background', keepPartial: true },
      { left: () => 3, nextHold: () => ({ until: 1, reason: 'hour' }) },
    );
    expect(result).toMatchObject({ complete: true, gap: null });
  });
});

describe('more ways pages fail', () => {
  it('a cancelled page cancels the listing, even one that keeps what it has', async () => {
    const { fetch } = platform({ rows: 40, perPage: 10, fail: (page) => (page === 3 ? 'cancelled' : undefined) });
    const failure = await platformFailureOf(listAll(fetch, '/numbers', { itemsPerPage: 10, keepPartial: true }));
    expect(failure.kind).toBe('cancelled');
  });

  it('missing pages come in page order when one out of reach failed before another that was retried', async () => {
    const { fetch } = platform({
      rows: 60,
      perPage: 10,
      fail: (page) => (page === 5 ? 'network' : page === 3 ? 500 : undefined),
      delay: (page) => (page === 3 ? 30 : 0),
    });
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10, keepPartial: true });
    expect(result.gap?.missingPages).toEqual([3, 5]);
    // one page out of reach, one refused: not all out of reach, so the listing failed
    expect(result.gap?.cause).toBe('failed');
  });

  it('a request limit without a hold of the budget is tried again, and then read', async () => {
    const { fetch } = platform({
      rows: 40,
      perPage: 10,
      fail: (page, attempt) => (page === 2 && attempt === 1 ? 'rate-limited' : undefined),
    });
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10, keepPartial: true });
    expect(result).toMatchObject({ complete: true, gap: null });
    expect(ids(result.items)).toEqual(range(40));
  });

  it('a page that failed while the budget sufficed names no hold', async () => {
    const { fetch } = platform({ rows: 40, perPage: 10, fail: (page) => (page === 2 ? 500 : undefined) });
    const result = await listAll(
      fetch,
      '/numbers',
      { itemsPerPage: 10, priority: 'background', keepPartial: true },
      { left: () => 3, nextHold: () => ({ until: 1, reason: 'hour' }) },
    );
    expect(result.gap).toMatchObject({ missingPages: [2], hold: null });
  });

  it('a background listing the budget stops, kept whole or not, says so', async () => {
    const { fetch } = platform({ rows: 60, perPage: 10 });
    const outlook = { left: () => 2, nextHold: () => ({ until: 99, reason: 'hour' as const }) };
    const partial = await listAll(
      fetch,
      '/numbers',
      { itemsPerPage: 10, priority: 'background', keepPartial: true },
      outlook,
    );
    expect(partial.gap).toMatchObject({ cause: 'budget', hold: { until: 99, reason: 'hour' } });
    await expect(listAll(fetch, '/numbers', { itemsPerPage: 10, priority: 'background' }, outlook)).rejects.toThrow(
      /stopped for the rate budget/,
    );
  });
});

/** Page 1 or 2 of a collection counted as two rows, one a page; page 2 links on to `afterLast`. */
function countedPage(page: number, afterLast: string): unknown {
  return {
    member: [{ '@id': `/numbers/${page}` }],
    totalItems: 2,
    view: { '@id': `/numbers?page=${page}`, last: '/numbers?page=2', next: page === 1 ? '/numbers?page=2' : afterLast },
  };
}

describe('links the count does not plan for', () => {
  it('an empty first page is the end, even with a link onwards', async () => {
    const asked: string[] = [];
    const fetch: PageFetcher = async ({ path, query }) => {
      asked.push(`${path}?${String(query?.['page'] ?? '')}`);
      return { member: [], view: { '@id': '/numbers?page=1', next: '/numbers?page=2' } };
    };
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10 });
    expect(result.items).toEqual([]);
    expect(asked).toHaveLength(1);
  });

  it('a cursor link after the last counted page is followed', async () => {
    const fetch: PageFetcher = async ({ path, query }) => {
      if (path.includes('cursor=')) return { member: [{ '@id': '/numbers/3' }], view: { '@id': path } };
      return countedPage(Number(query?.['page'] ?? 1), '/numbers?cursor=abc');
    };
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 1 });
    expect(ids(result.items)).toEqual([1, 2, 3]);
  });

  it('a link from the last page back to a page already planned (itself, or the first) is not read again', async () => {
    for (const back of ['/numbers?page=2', '/numbers?page=1']) {
      const asked: number[] = [];
      const fetch: PageFetcher = async ({ path, query }) => {
        const page = Number(query?.['page'] ?? new URL(path, 'https://p.nl').searchParams.get('page'));
        asked.push(page);
        return countedPage(page, back);
      };
      const result = await listAll(fetch, '/numbers', { itemsPerPage: 1 });
      expect(result.requests).toBe(2);
      expect(asked).toEqual([1, 2]);
    }
  });
});

/** The platform's answers with the count and the view changed: rows added or removed since the count was taken. */
function recounted(plan: Plan, change: (body: Record<string, unknown>) => Record<string, unknown>) {
  const base = platform(plan);
  const fetch: PageFetcher = async (request) => change((await base.fetch(request)) as Record<string, unknown>);
  return { fetch, asked: base.asked };
}

const viewOf = (body: Record<string, unknown>): Record<string, unknown> => body['view'] as Record<string, unknown>;

describe('the pages a count plans', () => {
  it('come from the count and the page size when the view names no last page', async () => {
    const { fetch } = recounted({ rows: 25, perPage: 10 }, (body) => {
      const { last: _last, ...view } = viewOf(body);
      return { ...body, view };
    });
    const progress: ListProgress[] = [];
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10, onProgress: (p) => progress.push(p) });
    expect(ids(result.items)).toEqual(range(25));
    expect(progress.map((p) => p.pagesTotal)).toEqual([3, 3, 3]);
  });

  it('are one page for an empty collection', async () => {
    const { fetch, asked } = platform({ rows: 0, perPage: 10 });
    const progress: ListProgress[] = [];
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10, onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ items: [], totalItems: 0, requests: 1, complete: true, gap: null });
    expect(progress).toEqual([{ pages: 1, pagesTotal: 1, items: 0, total: 0 }]);
    expect(asked).toEqual([1]);
  });

  it('are none beyond an empty first page that the count says has rows, and the listing is not complete', async () => {
    const asked: number[] = [];
    const fetch: PageFetcher = async ({ query }) => {
      asked.push(Number(query?.['page']));
      return { member: [], totalItems: 5, view: { '@id': '/numbers?page=1', first: '/numbers?page=1' } };
    };
    const progress: ListProgress[] = [];
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10, onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ items: [], totalItems: 5, requests: 1, complete: false, gap: null });
    expect(asked).toEqual([1]);
    expect(progress).toEqual([{ pages: 1, pagesTotal: null, items: 0, total: 5 }]);
  });

  it('include the page just read when the view calls page 0 the last', async () => {
    // a count of none, yet rows and a link on: rows came meanwhile, and the link is followed
    const { fetch } = recounted({ rows: 15, perPage: 10 }, (body) => ({
      ...body,
      totalItems: 0,
      view: { ...viewOf(body), last: '/numbers?page=0' },
    }));
    const progress: ListProgress[] = [];
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10, onProgress: (p) => progress.push(p) });
    expect(ids(result.items)).toEqual(range(15));
    expect(progress[0]?.pagesTotal).toBe(1);
  });
});

describe('the last page a count plans', () => {
  it('is followed along its link when the count planned a single page', async () => {
    const { fetch, asked } = recounted({ rows: 15, perPage: 10 }, (body) => ({
      ...body,
      totalItems: 10,
      view: { ...viewOf(body), last: '/numbers?page=1' },
    }));
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10 });
    expect(ids(result.items)).toEqual(range(15));
    expect(asked).toEqual([1, 2]);
  });

  it('is the one followed, even when an earlier page answers after it', async () => {
    const { fetch, asked } = recounted({ rows: 35, perPage: 10, delay: (page) => (page === 2 ? 30 : 0) }, (body) => ({
      ...body,
      totalItems: 30,
      view: { ...viewOf(body), last: '/numbers?page=3' },
    }));
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10 });
    expect(ids(result.items)).toEqual(range(35));
    expect(asked).toEqual([1, 2, 3, 4]);
  });

  it('ends the listing when it comes back empty, whatever link it carries', async () => {
    const asked: number[] = [];
    const fetch: PageFetcher = async ({ path, query }) => {
      const page = Number(query?.['page'] ?? new URL(path, 'https://p.nl').searchParams.get('page'));
      asked.push(page);
      const view = { '@id': `/numbers?page=${page}`, first: '/numbers?page=1', last: '/numbers?page=2' };
      if (page === 1)
        return { member: [{ '@id': '/numbers/1' }], totalItems: 2, view: { ...view, next: '/numbers?page=2' } };
      if (page === 2) return { member: [], totalItems: 2, view: { ...view, next: '/numbers?page=3' } };
      return { member: [{ '@id': '/numbers/3' }], totalItems: 2, view };
    };
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 1 });
    expect(ids(result.items)).toEqual([1]);
    expect(result.complete).toBe(false);
    // the walk again from page 1 stops at the empty page 2 as well
    expect(asked).toEqual([1, 2, 1, 2]);
  });
});

describe('a resumed listing', () => {
  it('is complete when it reads every page it resumes, though it holds only their rows', async () => {
    const { fetch, asked } = platform({ rows: 30, perPage: 10 });
    const result = await listAll(fetch, '/numbers', {
      itemsPerPage: 10,
      resume: { pages: [3], pagesTotal: 3, totalItems: 30 },
    });
    expect(ids(result.items)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
    expect(result).toMatchObject({ complete: true, gap: null, requests: 1 });
    expect(asked).toEqual([3]);
  });
});

describe('a failure other than the rate budget', () => {
  it('is tried once more even when it names a hold', async () => {
    const base = platform({ rows: 30, perPage: 10 });
    let failed = false;
    const fetch: PageFetcher = async (request) => {
      if (request.query?.['page'] === 2 && !failed) {
        failed = true;
        const hold = { until: 99, reason: 'hour' as const };
        throw new PlatformError({ kind: 'http', status: 503, method: 'GET', path: '/numbers?page=2', hold });
      }
      return base.fetch(request);
    };
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10, keepPartial: true });
    expect(result).toMatchObject({ complete: true, gap: null });
    expect(ids(result.items)).toEqual(range(30));
  });
});
