import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listAllSequential, type PageFetcher } from '../../../src-main/platform/hydra.ts';
import { listAll } from '../../../src-main/platform/list-all.ts';

interface Row {
  '@id': string;
}

type Shift = { call: number; kind: 'insert' | 'delete'; at: number };

/**
 * A collection paged the platform's way: itemsPerPage clamped to `clamp`, page windows over the rows as they are
 * when the page is served, Hydra view links. `shifts` insert or delete rows just before the given page request.
 */
function shiftingServer(initial: number, clamp: number, shifts: readonly Shift[]) {
  const data: Row[] = Array.from({ length: initial }, (_, i) => ({ '@id': `/things/${i}` }));
  const deleted = new Set<string>();
  let calls = 0;
  let inserted = 0;
  const fetchPage: PageFetcher = async ({ path, query }) => {
    calls += 1;
    for (const shift of shifts.filter((s) => s.call === calls)) {
      if (shift.kind === 'insert') data.splice(shift.at % (data.length + 1), 0, { '@id': `/new/${(inserted += 1)}` });
      else if (data.length > 0) deleted.add(data.splice(shift.at % data.length, 1)[0]!['@id']);
    }
    const url = new URL(path, 'http://platform');
    for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, String(value));
    const page = Number(url.searchParams.get('page') ?? '1');
    const asked = Number(url.searchParams.get('itemsPerPage') ?? '30');
    const size = Math.min(asked, clamp);
    const last = Math.max(1, Math.ceil(data.length / size));
    const link = (p: number): string => `/things?itemsPerPage=${asked}&page=${p}`;
    await Promise.resolve();
    return {
      'hydra:totalItems': data.length,
      'hydra:member': data.slice((page - 1) * size, page * size),
      'hydra:view': {
        '@id': link(page),
        'hydra:first': link(1),
        'hydra:last': link(last),
        ...(page < last ? { 'hydra:next': link(page + 1) } : {}),
      },
    };
  };
  const original = (): string[] => Array.from({ length: initial }, (_, i) => `/things/${i}`);
  return { fetchPage, deleted, original };
}

const ids = (items: readonly Row[]): string[] => items.map((item) => item['@id']);

const pagingArb = fc.record({
  total: fc.nat({ max: 400 }),
  clamp: fc.integer({ min: 1, max: 120 }),
  itemsPerPage: fc.constantFrom(undefined, 7, 50, 500),
});

describe('Hydra paging (properties)', () => {
  it('lists every row exactly once, in order, for any total and any page size the platform clamps to', async () => {
    await fc.assert(
      fc.asyncProperty(pagingArb, async ({ total, clamp, itemsPerPage }) => {
        const server = shiftingServer(total, clamp, []);
        const options = itemsPerPage === undefined ? {} : { itemsPerPage };
        const parallel = await listAll<Row>(server.fetchPage, '/things', options);
        expect(ids(parallel.items)).toEqual(server.original());
        expect(parallel).toMatchObject({ totalItems: total, complete: true });
        const sequential = await listAllSequential<Row>(server.fetchPage, '/things', options);
        expect(ids(sequential.items)).toEqual(server.original());
      }),
      { numRuns: 60 },
    );
  });

  const shiftArb = (kinds: readonly Shift['kind'][]) =>
    fc.record({ call: fc.integer({ min: 2, max: 12 }), kind: fc.constantFrom(...kinds), at: fc.nat({ max: 1_000 }) });
  const listShifting = async (
    paging: { total: number; clamp: number; itemsPerPage: number | undefined },
    shifts: Shift[],
  ) => {
    const server = shiftingServer(paging.total, paging.clamp, shifts);
    const options = paging.itemsPerPage === undefined ? {} : { itemsPerPage: paging.itemsPerPage };
    const got = ids((await listAll<Row>(server.fetchPage, '/things', options)).items);
    return { server, got };
  };

  it('with rows inserted between pages, every original row arrives exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(pagingArb, fc.array(shiftArb(['insert']), { maxLength: 6 }), async (paging, shifts) => {
        const { server, got } = await listShifting(paging, shifts);
        expect(new Set(got).size).toBe(got.length);
        expect(got.filter((id) => id.startsWith('/things/'))).toEqual(server.original());
      }),
      { numRuns: 80 },
    );
  });

  it('with rows inserted and deleted between pages, no row arrives twice and none is made up', async () => {
    await fc.assert(
      fc.asyncProperty(
        pagingArb,
        fc.array(shiftArb(['insert', 'delete']), { maxLength: 6 }),
        async (paging, shifts) => {
          const { server, got } = await listShifting(paging, shifts);
          expect(new Set(got).size).toBe(got.length);
          const known = new Set(server.original());
          expect(got.filter((id) => !known.has(id) && !id.startsWith('/new/'))).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });

  // a row that a deletion moved into page 1 after page 1 was read: hydra:totalItems says one is missing. The
  // deleted row was read before it went, so it is listed too (the next refresh drops it).
  it('a row moved into an already read page by a deletion still arrives', async () => {
    const { server, got } = await listShifting({ total: 2, clamp: 1, itemsPerPage: undefined }, [
      { call: 2, kind: 'delete', at: 0 },
    ]);
    expect(server.deleted).toEqual(new Set(['/things/0']));
    expect(got).toEqual(['/things/0', '/things/1']);
  });
});
