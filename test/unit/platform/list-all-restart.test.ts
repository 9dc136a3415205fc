import { describe, expect, it } from 'vitest';
import type { PageFetcher } from '../../../src-main/platform/hydra.ts';
import { listAll } from '../../../src-main/platform/list-all.ts';

/**
 * A counted collection of 30 numbers, 10 a page, whose row 5 is deleted right after page 1 is read: row 11 moves
 * into page 1, so the pages read after it miss it. The view names itself and the next page but no first page.
 */
function shiftingPlatform(): { fetch: PageFetcher; asked: number[] } {
  let rows = Array.from({ length: 30 }, (_, i) => i + 1);
  const asked: number[] = [];
  const fetch: PageFetcher = async ({ path, query }) => {
    const page = Number(query?.['page'] ?? new URL(path, 'https://p.nl').searchParams.get('page') ?? 1);
    asked.push(page);
    const members = rows.slice((page - 1) * 10, page * 10).map((n) => ({ '@id': `/numbers/${n}` }));
    const pages = Math.ceil(rows.length / 10);
    const answer = {
      member: members,
      totalItems: rows.length,
      view: {
        '@id': `/numbers?page=${page}`,
        last: `/numbers?page=${pages}`,
        ...(page < pages ? { next: `/numbers?page=${page + 1}` } : {}),
      },
    };
    if (page === 1 && rows.length === 30) rows = rows.filter((n) => n !== 5);
    return answer;
  };
  return { fetch, asked };
}

describe('a listing that finds rows missing after its planned pages', () => {
  it('walks the links again from page 1 itself (its own address when the view names no first page)', async () => {
    const { fetch, asked } = shiftingPlatform();
    const result = await listAll(fetch, '/numbers', { itemsPerPage: 10 });
    const ids = result.items.map((item) => Number(String(item['@id']).split('/').pop())).sort((a, b) => a - b);
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(result.complete).toBe(true);
    expect(asked).toEqual([1, 2, 3, 1, 2, 3]);
    expect(result.requests).toBe(6);
  });
});
