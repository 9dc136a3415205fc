import { describe, expect, it } from 'vitest';
import type { PageFetcher } from '../../../src-main/platform/hydra.ts';
import type { Priority } from '../../../src-main/platform/governor.ts';
import { listAll } from '../../../src-main/platform/list-all.ts';

interface Asked {
  page: number;
  priority: Priority | undefined;
  priorityNow: Priority | undefined;
  yieldToHold: boolean | undefined;
}

/** 30 numbers, 10 a page, counted: page 1 first, then pages 2 and 3 as planned requests. */
function numbers(): { fetch: PageFetcher; asked: Asked[] } {
  const asked: Asked[] = [];
  const fetch: PageFetcher = async (request) => {
    const page = Number(request.query?.['page']);
    asked.push({
      page,
      priority: request.priority,
      priorityNow: request.priorityNow?.(),
      yieldToHold: request.yieldToHold,
    });
    const from = (page - 1) * 10;
    return {
      member: Array.from({ length: 10 }, (_, i) => ({ '@id': `/numbers/${from + i + 1}` })),
      totalItems: 30,
      view: { '@id': `/numbers?page=${page}`, last: '/numbers?page=3' },
    };
  };
  return { fetch, asked };
}

describe('each page request of a listing', () => {
  it('of an interactive listing waits out a hold unless the caller would rather not', async () => {
    const waiting = numbers();
    await listAll(waiting.fetch, '/numbers', { itemsPerPage: 10 });
    expect(waiting.asked.map((a) => [a.priority, a.yieldToHold])).toEqual([
      ['interactive', false],
      ['interactive', false],
      ['interactive', false],
    ]);
    const yielding = numbers();
    await listAll(yielding.fetch, '/numbers', { itemsPerPage: 10, yieldToHold: true });
    expect(yielding.asked.map((a) => a.yieldToHold)).toEqual([true, true, true]);
  });

  it('of a background listing is background work that yields to a hold, unless told to wait', async () => {
    const yielding = numbers();
    await listAll(yielding.fetch, '/numbers', { itemsPerPage: 10, priority: 'background' });
    expect(yielding.asked.map((a) => [a.priority, a.yieldToHold])).toEqual([
      ['background', true],
      ['background', true],
      ['background', true],
    ]);
    const waiting = numbers();
    await listAll(waiting.fetch, '/numbers', { itemsPerPage: 10, priority: 'background', yieldToHold: false });
    expect(waiting.asked.map((a) => a.yieldToHold)).toEqual([false, false, false]);
  });

  it('takes the priority as it is now, and carries the way to ask it while the page waits its turn', async () => {
    let now: Priority = 'background';
    const { fetch, asked } = numbers();
    const slowFirst: PageFetcher = async (request) => {
      const answer = await fetch(request);
      // a grid opens on the listing once page 1 is in
      now = 'interactive';
      return answer;
    };
    await listAll(slowFirst, '/numbers', { itemsPerPage: 10, priority: 'background', priorityNow: () => now });
    expect(asked.map((a) => [a.page, a.priority, a.priorityNow])).toEqual([
      [1, 'background', 'background'],
      [2, 'interactive', 'interactive'],
      [3, 'interactive', 'interactive'],
    ]);
  });

  it('that is not a collection fails the listing as a GET of the listed path', async () => {
    const fetch: PageFetcher = async () => ({ '@id': '/numbers/1' });
    await expect(listAll(fetch, '/numbers')).rejects.toMatchObject({ kind: 'http', method: 'GET', path: '/numbers' });
  });
});
