import { describe, expect, it } from 'vitest';
import { PlatformError, type PlatformErrorInit } from '../../../src-main/platform/errors.ts';
import type { PageFetcher } from '../../../src-main/platform/hydra.ts';
import { listAll } from '../../../src-main/platform/list-all.ts';
import type { ListAllOptions } from '../../../src-main/platform/hydra.ts';
import { platformFailureOf } from '../../support/platform-failure.ts';

type Answer = PlatformErrorInit['kind'] | number | 'rows';

/**
 * A counted collection of `rows` numbers, 10 a page (the count may say fewer: rows added meanwhile). `answer`
 * decides what page N answers on its k-th request and may first cancel the listing (the operator closing the grid).
 */
function numbers(
  rows: number,
  answer: (page: number, attempt: number, signal: AbortSignal | undefined) => Answer | Promise<Answer>,
  counted = rows,
): { fetch: PageFetcher; asked: number[] } {
  const asked: number[] = [];
  const pages = Math.ceil(counted / 10);
  const fetch: PageFetcher = async ({ path, query, signal }) => {
    const page = Number(query?.['page'] ?? new URL(path, 'https://p.nl').searchParams.get('page'));
    asked.push(page);
    const what = await answer(page, asked.filter((p) => p === page).length, signal);
    if (what !== 'rows') {
      const init = typeof what === 'number' ? { kind: 'http' as const, status: what } : { kind: what };
      throw new PlatformError({ ...init, method: 'GET', path: `/numbers?page=${page}` });
    }
    const from = (page - 1) * 10;
    return {
      member: Array.from({ length: Math.min(10, rows - from) }, (_, i) => ({ '@id': `/numbers/${from + i + 1}` })),
      totalItems: counted,
      view: {
        '@id': `/numbers?page=${page}`,
        last: `/numbers?page=${pages}`,
        ...(from + 10 < rows ? { next: `/numbers?page=${page + 1}` } : {}),
      },
    };
  };
  return { fetch, asked };
}

/** How the listing of `/numbers`, 10 a page, fails. */
const listingFailure = (fetch: PageFetcher, options: ListAllOptions = {}): Promise<PlatformError> =>
  platformFailureOf(listAll(fetch, '/numbers', { itemsPerPage: 10, ...options }));

describe('a listing cancelled by its caller', () => {
  it('is cancelled, not partial, when a page is out of reach as the cancel comes', async () => {
    const controller = new AbortController();
    const { fetch } = numbers(40, (page) => {
      if (page !== 3) return 'rows';
      controller.abort();
      return 'network';
    });
    const failure = await listingFailure(fetch, { keepPartial: true, signal: controller.signal });
    expect(failure.kind).toBe('cancelled');
  });

  it('is cancelled when the page being tried once more fails as the cancel comes', async () => {
    const controller = new AbortController();
    const { fetch, asked } = numbers(40, (page, attempt) => {
      if (page !== 3) return 'rows';
      if (attempt === 2) controller.abort();
      return 500;
    });
    const failure = await listingFailure(fetch, { keepPartial: true, signal: controller.signal });
    expect(failure.kind).toBe('cancelled');
    expect(asked.filter((page) => page === 3)).toHaveLength(2);
  });

  it('is cancelled when the cancel comes while it follows the links past the count', async () => {
    const controller = new AbortController();
    const { fetch, asked } = numbers(
      25,
      (page) => {
        if (page === 3) controller.abort();
        return 'rows';
      },
      20,
    );
    const failure = await listingFailure(fetch, { signal: controller.signal });
    expect(failure.kind).toBe('cancelled');
    expect(asked).toEqual([1, 2, 3]);
  });
});

describe('a page that ends the listing', () => {
  it('cancels the pages still in flight', async () => {
    const inFlight: boolean[] = [];
    const { fetch } = numbers(40, async (page, _attempt, signal) => {
      if (page === 2) return 'signed-out';
      if (page === 1) return 'rows';
      // the later pages answer only once cancelled, or after a second
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1_000);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      inFlight.push(signal?.aborted ?? false);
      return 'rows';
    });
    const failure = await listingFailure(fetch);
    expect(failure.kind).toBe('signed-out');
    expect(inFlight).toEqual([true, true]);
  });
});
