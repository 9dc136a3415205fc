import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  Collector,
  linkedSignal,
  listAllSequential,
  pageOf,
  parseCollection,
  type PageFetcher,
} from '../../../src-main/platform/hydra.ts';
import { PlatformError } from '../../../src-main/platform/errors.ts';
import { listAll } from '../../../src-main/platform/list-all.ts';
import type { QueryInput } from '../../../src-main/platform/url.ts';

interface Row {
  '@id': string;
  id: number;
  extra?: string;
}

/** An in-memory collection with the platform's paging rules: clamps itemsPerPage, Hydra view links. */
function collectionServer(rows: Row[], options: { maxPerPage?: number; shortPages?: boolean } = {}) {
  const calls: string[] = [];
  const fetchPage: PageFetcher = async ({ path, query }) => {
    const url = new URL(path, 'http://x');
    for (const [k, v] of Object.entries(query ?? ({} as QueryInput)))
      if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
    calls.push(url.pathname + url.search);
    const page = Number(url.searchParams.get('page') ?? '1');
    const asked = Number(url.searchParams.get('itemsPerPage') ?? '50');
    const size = Math.min(asked, options.maxPerPage ?? 500);
    const last = Math.max(1, Math.ceil(rows.length / size));
    let members = rows.slice((page - 1) * size, page * size);
    // a server that filters after paginating: some pages come back short
    if (options.shortPages && page % 3 === 0) members = members.slice(0, Math.floor(members.length / 2));
    const link = (p: number): string => `${url.pathname}?itemsPerPage=${asked}&page=${p}`;
    await new Promise((r) => setTimeout(r, 1));
    return {
      '@context': '/contexts/Thing',
      '@id': url.pathname,
      '@type': 'hydra:Collection',
      'hydra:totalItems': rows.length,
      'hydra:member': members,
      'hydra:view': {
        '@id': link(page),
        '@type': 'hydra:PartialCollectionView',
        'hydra:first': link(1),
        'hydra:last': link(last),
        ...(page < last ? { 'hydra:next': link(page + 1) } : {}),
        ...(page > 1 ? { 'hydra:previous': link(page - 1) } : {}),
      },
      'x-unknown-envelope-field': true,
    };
  };
  return { fetchPage, calls };
}

const rows = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ '@id': `/things/${i + 1}`, id: i + 1, extra: `e${i}` }));

function expectExactlyOnce(items: Row[], n: number): void {
  expect(items).toHaveLength(n);
  expect(new Set(items.map((r) => r['@id'])).size).toBe(n);
  expect(items.map((r) => r.id)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
}

describe('parseCollection', () => {
  it('parses the envelope and keeps unknown item fields', () => {
    const parsed = parseCollection(
      {
        'hydra:totalItems': 2,
        'hydra:member': [{ '@id': '/a/1', brandNew: { nested: 1 } }],
        'hydra:view': {
          '@id': '/a?page=1',
          'hydra:first': '/a?page=1',
          'hydra:last': '/a?page=2',
          'hydra:next': '/a?page=2',
        },
      },
      { method: 'GET', path: '/a' },
    );
    expect(parsed).toEqual({
      members: [{ '@id': '/a/1', brandNew: { nested: 1 } }],
      totalItems: 2,
      view: { id: '/a?page=1', first: '/a?page=1', last: '/a?page=2', next: '/a?page=2', previous: null },
    });
  });
  it('accepts unprefixed envelopes and a missing view', () => {
    expect(parseCollection({ member: [], totalItems: 0 }, { method: 'GET', path: '/a' })).toEqual({
      members: [],
      totalItems: 0,
      view: null,
    });
  });
  it('throws a typed error for a non-collection', () => {
    expect(() => parseCollection({ '@id': '/a/1' }, { method: 'GET', path: '/a' })).toThrow(/not a Hydra collection/);
  });
  it('answers a body of null, text or a number with the same typed error, not a crash', () => {
    for (const body of [null, undefined, 'text', 42]) {
      const parse = (): unknown => parseCollection(body, { method: 'GET', path: '/a' });
      expect(parse).toThrow(PlatformError);
      expect(parse).toThrow(/not a Hydra collection/);
    }
  });
  it('reads an empty link as no link and a negative total as no total', () => {
    const collection = parseCollection(
      { 'hydra:member': [], 'hydra:totalItems': -1, 'hydra:view': { '@id': '/a?page=1', 'hydra:next': '' } },
      { method: 'GET', path: '/a' },
    );
    expect(collection.totalItems).toBeNull();
    expect(collection.view).toMatchObject({ id: '/a?page=1', next: null });
  });
  it('reads the link to the previous page, and a view of null as no view', () => {
    const context = { method: 'GET', path: '/a' };
    const view = { '@id': '/a?page=2', 'hydra:previous': '/a?page=1' };
    expect(parseCollection({ 'hydra:member': [], 'hydra:view': view }, context).view?.previous).toBe('/a?page=1');
    expect(parseCollection({ member: [], view: null }, context).view).toBeNull();
  });
  it('takes a page number only from a whole number in the query of a link', () => {
    expect(pageOf('?page=3')).toBe(3);
    expect(pageOf('/a&page=3')).toBeNull();
    expect(pageOf('/a?page=12x')).toBeNull();
    expect(pageOf('/a?page=x12')).toBeNull();
  });
  it('reads page numbers from links', () => {
    expect(pageOf('/a?itemsPerPage=500&page=12')).toBe(12);
    expect(pageOf('/a')).toBeNull();
    expect(pageOf(null)).toBeNull();
  });
});

describe('Collector', () => {
  it('keeps items without an IRI, null and plain values too, each in its place', () => {
    const collector = new Collector<unknown>();
    expect(collector.add('p:1', [null, undefined, 5, 'x', { '@id': '' }])).toBe(5);
    expect(collector.items()).toEqual([null, undefined, 5, 'x', { '@id': '' }]);
  });
  it('hands on only the new items of each page, and never an empty batch', () => {
    const batches: unknown[][] = [];
    const collector = new Collector<{ '@id': string }>((items) => batches.push(items));
    collector.add('p:1', [{ '@id': '/a/1' }, { '@id': '/a/2' }]);
    collector.add('p:2', [{ '@id': '/a/2' }]);
    collector.add('p:3', [{ '@id': '/a/2' }, { '@id': '/a/3' }]);
    expect(batches).toEqual([[{ '@id': '/a/1' }, { '@id': '/a/2' }], [{ '@id': '/a/3' }]]);
  });
  it('orders the pages by number, and pages known only by their link after them', () => {
    const collector = new Collector<string>();
    collector.add('l:/a?cursor=z', ['from a link']);
    collector.add('p:10', ['ten']);
    collector.add('p:2', ['two']);
    expect(collector.items()).toEqual(['two', 'ten', 'from a link']);
  });
});

describe('linkedSignal', () => {
  it('follows the caller’s cancel with its reason, and then lets go of the caller’s signal', () => {
    const caller = new AbortController();
    const { controller: linked } = linkedSignal(caller.signal);
    expect(linked.signal.aborted).toBe(false);
    caller.abort('closed');
    expect(linked.signal.aborted).toBe(true);
    expect(linked.signal.reason).toBe('closed');
    // a listener left on the caller's signal would keep the linked controller alive as long as that signal
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
  });

  it('is aborted at once by a signal that was aborted already', () => {
    const { controller: linked } = linkedSignal(AbortSignal.abort('gone'));
    expect(linked.signal.reason).toBe('gone');
  });

  it('lets go of a caller’s signal that is never aborted once released, and no longer follows it', () => {
    const caller = new AbortController();
    const { controller: linked, release } = linkedSignal(caller.signal);
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(1);
    release();
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
    caller.abort('late');
    expect(linked.signal.aborted).toBe(false);
  });
});

describe('listAll and the caller’s signal', () => {
  it('leaves no listener on a signal the caller keeps for many listings, whether they end well or fail', async () => {
    const server = collectionServer(rows(1_234));
    const caller = new AbortController();
    for (let round = 0; round < 12; round += 1) {
      await listAll<Row>(server.fetchPage, '/things', { signal: caller.signal });
    }
    const broken: PageFetcher = async () => ({ '@id': '/things/1' });
    await expect(listAll(broken, '/things', { signal: caller.signal })).rejects.toMatchObject({ kind: 'http' });
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
  });
});

describe('listAll', () => {
  it('asks 500 per page and fetches the rest once the total is known', async () => {
    const server = collectionServer(rows(1_234));
    const progress: number[] = [];
    const result = await listAll<Row>(server.fetchPage, '/things', { onProgress: (p) => progress.push(p.pages) });
    expectExactlyOnce(result.items, 1_234);
    expect(result).toMatchObject({ totalItems: 1_234, requests: 3, complete: true });
    expect(server.calls[0]).toBe('/things?itemsPerPage=500&page=1');
    expect(progress).toEqual([1, 2, 3]);
  });

  it('stays exact when the server clamps itemsPerPage', async () => {
    const server = collectionServer(rows(1_000), { maxPerPage: 137 });
    const result = await listAll<Row>(server.fetchPage, '/things');
    expectExactlyOnce(result.items, 1_000);
    expect(result.requests).toBe(Math.ceil(1_000 / 137));
  });

  it('falls back to hydra:next when pages come back shorter than the first', async () => {
    // page 5 comes back with only half its rows the first time it is asked for (filtered while being paged)
    const server = collectionServer(rows(2_000), { maxPerPage: 100 });
    let page5Asked = 0;
    const onceShort: PageFetcher = async (request) => {
      const body = (await server.fetchPage(request)) as Record<string, unknown>;
      const page5 = request.query?.['page'] === 5 || request.path.endsWith('page=5');
      if (!page5 || (page5Asked += 1) > 1) return body;
      return { ...body, 'hydra:member': (body['hydra:member'] as Row[]).slice(0, 50) };
    };
    const result = await listAll<Row>(onceShort, '/things');
    expectExactlyOnce(result.items, 2_000);
    expect(result.complete).toBe(true);
    // 20 planned pages, then the walk along hydra:next from page 1 to page 20
    expect(result.requests).toBe(20 + 20);
    expect(server.calls.slice(20)).toEqual(
      Array.from({ length: 20 }, (_, i) => `/things?itemsPerPage=500&page=${i + 1}`),
    );
  });

  it('reports an incomplete listing with exactly the rows a lossy server returned, in order', async () => {
    const server = collectionServer(rows(2_000), { maxPerPage: 100, shortPages: true });
    const result = await listAll<Row>(server.fetchPage, '/things');
    // every third page loses its second half, on every pass
    const served = rows(2_000).filter((row) => {
      const index = row.id - 1;
      const page = Math.floor(index / 100) + 1;
      return page % 3 !== 0 || index % 100 < 50;
    });
    expect(result.items.map((r) => r.id)).toEqual(served.map((r) => r.id));
    expect(result).toMatchObject({ totalItems: 2_000, complete: false });
  });

  it('handles an empty collection and a single page', async () => {
    expect((await listAll(collectionServer([]).fetchPage, '/things')).items).toEqual([]);
    const single = await listAll<Row>(collectionServer(rows(3)).fetchPage, '/things');
    expect(single).toMatchObject({ requests: 1, complete: true });
  });

  it('passes filters through on every page', async () => {
    const server = collectionServer(rows(1_100));
    await listAll(server.fetchPage, '/things', { query: { orderId: 5678 } });
    expect(server.calls.every((c) => c.includes('orderId=5678'))).toBe(true);
  });

  it('deduplicates rows that shift between pages while listing', async () => {
    const data = rows(1_000);
    let served = 0;
    const base = collectionServer(data);
    const shifting: PageFetcher = async (request) => {
      served += 1;
      // after page 1, a row is inserted at the front: page 2 repeats the last row of page 1
      if (served === 2) data.unshift({ '@id': '/things/0', id: 0 });
      return base.fetchPage(request);
    };
    const result = await listAll<Row>(shifting, '/things');
    // page 2 repeats row 500 (dropped), row 1,000 moved to a third page (followed); the new row 0 came too late
    expectExactlyOnce(result.items, 1_000);
    expect(result).toMatchObject({ totalItems: 1_000, complete: true, requests: 3 });
  });

  it('stops when cancelled', async () => {
    const server = collectionServer(rows(5_000), { maxPerPage: 50 });
    const controller = new AbortController();
    const cancelling: PageFetcher = async (request) => {
      if (server.calls.length === 3) controller.abort();
      if (request.signal?.aborted) throw new Error('aborted');
      return server.fetchPage(request);
    };
    await expect(listAll(cancelling, '/things', { signal: controller.signal })).rejects.toThrow();
    expect(server.calls.length).toBeLessThan(10);
  });
});

describe('listAll keeps what it has', () => {
  const failing = (pages: Set<number>, fetchPage: PageFetcher, error: () => unknown): PageFetcher => {
    return async (request) => {
      const page = Number(request.query?.['page'] ?? 1);
      if (pages.has(page)) throw error();
      return fetchPage(request);
    };
  };
  const serverError = (): PlatformError =>
    new PlatformError({ kind: 'http', status: 503, method: 'GET', path: '/things' });

  it('tries a failed page once more on its own, and succeeds when it recovers', async () => {
    const server = collectionServer(rows(2_000));
    let failures = 0;
    const flaky: PageFetcher = async (request) => {
      if (request.query?.['page'] === 3 && failures++ === 0) throw serverError();
      return server.fetchPage(request);
    };
    const result = await listAll<Row>(flaky, '/things', { keepPartial: true });
    expectExactlyOnce(result.items, 2_000);
    expect(result).toMatchObject({ complete: true, gap: null });
  });

  it('with keepPartial returns the pages it has and which are missing and why; without it, throws', async () => {
    const server = collectionServer(rows(2_400));
    const broken = failing(new Set([2, 4]), server.fetchPage, serverError);
    const result = await listAll<Row>(broken, '/things', { keepPartial: true });
    expect(result.complete).toBe(false);
    expect(result.items).toHaveLength(1_400);
    expect(result.gap).toMatchObject({ cause: 'failed', missingPages: [2, 4], pagesTotal: 5 });
    expect(result.gap?.error?.status).toBe(503);
    await expect(listAll(broken, '/things')).rejects.toMatchObject({ kind: 'http', status: 503 });
    // the next round reads only the missing pages
    const resumed = await listAll<Row>(server.fetchPage, '/things', {
      keepPartial: true,
      resume: { pages: [2, 4], pagesTotal: 5, totalItems: 2_400 },
    });
    expect(resumed.items).toHaveLength(1_000);
    expect(resumed.gap).toBeNull();
  });

  it('a background listing reads no more pages than the budget has left and says the budget is why', async () => {
    const server = collectionServer(rows(5_000));
    const result = await listAll<Row>(
      server.fetchPage,
      '/things',
      { priority: 'background', keepPartial: true },
      { left: () => 5, nextHold: () => ({ until: 42, reason: 'hour' }) },
    );
    // 5 left, a tenth kept for interactive work: 4 more pages after page 1
    expect(server.calls).toHaveLength(5);
    expect(result.items).toHaveLength(2_500);
    expect(result.gap).toMatchObject({ cause: 'budget', missingPages: [6, 7, 8, 9, 10], hold: { until: 42 } });
  });

  it('pages refused for a budget hold are missing for the budget, with the hold', async () => {
    const server = collectionServer(rows(1_500));
    const hold = { until: 1_000_000, reason: 'hour' as const };
    const held = failing(
      new Set([3]),
      server.fetchPage,
      () => new PlatformError({ kind: 'rate-limited', method: 'GET', path: '/things', hold }),
    );
    const result = await listAll<Row>(held, '/things', { keepPartial: true });
    expect(result.gap).toMatchObject({ cause: 'budget', missingPages: [3], hold });
  });
});

describe('listAllSequential', () => {
  it('follows hydra:next one page at a time', async () => {
    const server = collectionServer(rows(1_001), { maxPerPage: 137 });
    const result = await listAllSequential<Row>(server.fetchPage, '/things');
    expectExactlyOnce(result.items, 1_001);
    expect(result).toMatchObject({ totalItems: 1_001, requests: 8, complete: true });
    expect(server.calls[1]).toBe('/things?itemsPerPage=500&page=2');
  });

  /** The same pages with parts of the view left out, as a platform configured otherwise sends them. */
  const without =
    (fetchPage: PageFetcher, ...dropped: string[]): PageFetcher =>
    async (request) => {
      const body = (await fetchPage(request)) as Record<string, unknown>;
      const view = Object.entries(body['hydra:view'] as Record<string, unknown>).filter(
        ([name]) => !dropped.includes(name),
      );
      return { ...body, 'hydra:view': Object.fromEntries(view) };
    };

  it('reports its progress by page, with the pages in all from the last link', async () => {
    const server = collectionServer(rows(1_001), { maxPerPage: 137 });
    const progress: unknown[] = [];
    await listAllSequential<Row>(server.fetchPage, '/things', { onProgress: (p) => progress.push(p) });
    expect(progress).toEqual(
      Array.from({ length: 8 }, (_, i) => ({
        pages: i + 1,
        pagesTotal: 8,
        items: Math.min(1_001, (i + 1) * 137),
        total: 1_001,
      })),
    );
  });

  it('without a last link or page numbers in the view, counts the pages and reckons their number from the total', async () => {
    const server = collectionServer(rows(1_001), { maxPerPage: 137 });
    const progress: { pages: number; pagesTotal: number | null }[] = [];
    await listAllSequential<Row>(without(server.fetchPage, 'hydra:last', '@id'), '/things', {
      onProgress: ({ pages, pagesTotal }) => progress.push({ pages, pagesTotal }),
    });
    expect(progress).toEqual(Array.from({ length: 8 }, (_, i) => ({ pages: i + 1, pagesTotal: 8 })));
  });

  it('an empty first page with a total: one page read, and no number of pages to give', async () => {
    const empty: PageFetcher = async () => ({ 'hydra:totalItems': 5, 'hydra:member': [] });
    const progress: unknown[] = [];
    const result = await listAllSequential(empty, '/things', { onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([{ pages: 1, pagesTotal: null, items: 0, total: 5 }]);
    expect(result).toMatchObject({ requests: 1, complete: false });
  });

  it('asks for every page with the caller’s signal', async () => {
    const server = collectionServer(rows(250), { maxPerPage: 100 });
    const signals: (AbortSignal | undefined)[] = [];
    const watching: PageFetcher = (request) => {
      signals.push(request.signal);
      return server.fetchPage(request);
    };
    const controller = new AbortController();
    await listAllSequential(watching, '/things', { signal: controller.signal });
    expect(signals).toEqual([controller.signal, controller.signal, controller.signal]);
  });

  it('stops when hydra:next leads back to a page it has read, reading each page once', async () => {
    const pages: Record<string, { members: Row[]; next: string }> = {
      '/things': { members: rows(3).slice(0, 1), next: '/things?page=2' },
      '/things?page=2': { members: rows(3).slice(1, 2), next: '/things?page=3' },
      '/things?page=3': { members: rows(3).slice(2), next: '/things?page=2' },
    };
    const calls: string[] = [];
    const looping: PageFetcher = async ({ path }) => {
      calls.push(path);
      // a listing that goes round would never yield to the test's timeout (each page resolves at once)
      if (calls.length > 6) throw new Error('read the pages round and round');
      const page = pages[path];
      if (!page) throw new Error(`no page ${path}`);
      return { 'hydra:member': page.members, 'hydra:view': { '@id': path, 'hydra:next': page.next } };
    };
    const result = await listAllSequential<Row>(looping, '/things');
    expect(calls).toEqual(['/things', '/things?page=2', '/things?page=3']);
    expect(result.items.map((item) => item.id)).toEqual([1, 2, 3]);
  });

  it('keeps every item that has no IRI, each in its place', async () => {
    const plain = Array.from({ length: 300 }, (_, i) => ({ id: i + 1 }));
    const server = collectionServer(plain as unknown as Row[], { maxPerPage: 100 });
    const result = await listAllSequential<{ id: number }>(server.fetchPage, '/things');
    expect(result.items.map((item) => item.id)).toEqual(plain.map((item) => item.id));
  });

  it('stops before the next page once the caller cancels, with a cancelled GET of the listing', async () => {
    const server = collectionServer(rows(300), { maxPerPage: 100 });
    const controller = new AbortController();
    // a fetcher that does not look at the signal itself: the listing has to stop on its own
    const cancelAfterFirst: PageFetcher = async (request) => {
      const body = await server.fetchPage(request);
      controller.abort();
      return body;
    };
    await expect(listAllSequential(cancelAfterFirst, '/things', { signal: controller.signal })).rejects.toMatchObject({
      kind: 'cancelled',
      method: 'GET',
      path: '/things',
    });
    expect(server.calls).toHaveLength(1);
  });

  it('says which GET did not answer with a collection', async () => {
    const notACollection: PageFetcher = async () => ({ '@id': '/things/1' });
    await expect(listAllSequential(notACollection, '/things')).rejects.toMatchObject({
      kind: 'http',
      method: 'GET',
      path: '/things',
    });
  });

  /** Pages of items without an IRI, linked by their address alone: no page numbers in it. */
  const linkedPages = (pages: Record<string, { members: unknown[]; next?: string }>) => {
    const calls: string[] = [];
    const fetchPage: PageFetcher = async ({ path }) => {
      calls.push(path);
      const page = pages[path];
      if (!page) throw new Error(`no page ${path}`);
      return { 'hydra:member': page.members, 'hydra:view': page.next ? { 'hydra:next': page.next } : {} };
    };
    return { fetchPage, calls };
  };

  it('keeps the items without an IRI of every page reached by a link without a page number', async () => {
    const { fetchPage, calls } = linkedPages({
      '/things': { members: [{ n: 1 }, { n: 2 }], next: '/things?cursor=b' },
      '/things?cursor=b': { members: [{ n: 3 }, { n: 4 }], next: '/things?cursor=c' },
      '/things?cursor=c': { members: [{ n: 5 }, { n: 6 }] },
    });
    const result = await listAllSequential<{ n: number }>(fetchPage, '/things');
    expect(calls).toHaveLength(3);
    expect(result.items.map((item) => item.n)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('ends at an empty page even when it links a next one', async () => {
    const emptyFirst = linkedPages({
      '/things': { members: [], next: '/things?cursor=b' },
      '/things?cursor=b': { members: [{ n: 1 }] },
    });
    expect(await listAllSequential(emptyFirst.fetchPage, '/things')).toMatchObject({ items: [], requests: 1 });
    expect(emptyFirst.calls).toEqual(['/things']);

    const emptySecond = linkedPages({
      '/things': { members: [{ n: 1 }], next: '/things?cursor=b' },
      '/things?cursor=b': { members: [], next: '/things?cursor=c' },
      '/things?cursor=c': { members: [{ n: 2 }] },
    });
    const result = await listAllSequential(emptySecond.fetchPage, '/things');
    expect(result).toMatchObject({ items: [{ n: 1 }], requests: 2 });
    expect(emptySecond.calls).toEqual(['/things', '/things?cursor=b']);
  });
});

describe('listAll walking the links', () => {
  it('asks for the pages it follows by link with the listing’s priority', async () => {
    const server = collectionServer(rows(250), { maxPerPage: 100 });
    const priorities: (string | undefined)[] = [];
    // without hydra:totalItems there is no page count to plan with: the listing walks hydra:next
    const uncounted: PageFetcher = async (request) => {
      priorities.push(request.priority);
      const { 'hydra:totalItems': _total, ...body } = (await server.fetchPage(request)) as Record<string, unknown>;
      return body;
    };
    const result = await listAll<Row>(uncounted, '/things', { priority: 'background' });
    expectExactlyOnce(result.items, 250);
    expect(priorities).toEqual(['background', 'background', 'background']);
  });
});
