import { isPlatformError, type ErrorHold, type PlatformError } from './errors.ts';
import {
  cancelledError,
  Collector,
  followNext,
  linkedSignal,
  pageOf,
  parseCollection,
  type HydraCollection,
  type HydraItem,
  type ListAllOptions,
  type ListAllResult,
  type ListGap,
  type PageFetcher,
} from './hydra.ts';
import type { QueryInput } from './url.ts';
import { classifyFailure } from './unreachable.ts';

/** What the rate budget has left and the hold it then comes to, for a background listing to plan with. */
export interface BudgetOutlook {
  left: () => number | null;
  nextHold: () => ErrorHold | null;
}

const NO_OUTLOOK: BudgetOutlook = { left: () => null, nextHold: () => null };

interface PageFailure {
  page: number;
  error: unknown;
}

const FATAL_KINDS = new Set(['cancelled', 'signed-out']);

function isFatal(error: unknown, signal: AbortSignal): boolean {
  if (signal.aborted) return true;
  return isPlatformError(error) && FATAL_KINDS.has(error.kind);
}

function isBudgetYield(error: unknown): error is PlatformError {
  return isPlatformError(error) && error.kind === 'rate-limited' && error.hold !== undefined;
}

function gapOf(
  failures: readonly PageFailure[],
  skipped: readonly number[],
  pagesTotal: number,
  read: number,
  skippedFor: ErrorHold | null,
): ListGap {
  const budget = failures.find((f) => isBudgetYield(f.error));
  const real = failures.filter((f) => !isBudgetYield(f.error));
  const last = real.at(-1)?.error ?? budget?.error;
  const error = isPlatformError(last) ? last : null;
  const cause: ListGap['cause'] =
    real.length === 0 ? 'budget' : real.every((f) => classifyFailure(f.error).outOfReach) ? 'unreachable' : 'failed';
  return {
    cause,
    missingPages: [...failures.map((f) => f.page), ...skipped].sort((a, b) => a - b),
    pagesTotal,
    pagesRead: read,
    error,
    hold: budget && isPlatformError(budget.error) ? (budget.error.hold ?? skippedFor) : skippedFor,
  };
}

/**
 * Every item of a collection: page 1 first (itemsPerPage, default 500), then — once hydra:totalItems is known —
 * all other pages at once; the governor decides how many are in flight. The page count comes from the page size
 * the server actually returned (servers clamp itemsPerPage) and hydra:last. Items are deduplicated by @id; if
 * fewer than totalItems arrive, the pages are walked again along hydra:next from page 1 to fill the gaps. A page that still fails after
 * the pipeline's retries is tried once more on its own; with keepPartial the listing then returns what it has.
 */
export async function listAll<T = HydraItem>(
  fetchPage: PageFetcher,
  path: string,
  options: ListAllOptions = {},
  outlook: BudgetOutlook = NO_OUTLOOK,
): Promise<ListAllResult<T>> {
  const linked = linkedSignal(options.signal);
  try {
    return await listWithin<T>(linked.controller, fetchPage, path, options, outlook);
  } finally {
    linked.release();
  }
}

/** listAll's work, under a controller that follows the caller's signal and that a fatal page failure aborts. */
async function listWithin<T>(
  controller: AbortController,
  fetchPage: PageFetcher,
  path: string,
  options: ListAllOptions,
  outlook: BudgetOutlook,
): Promise<ListAllResult<T>> {
  const perPage = options.itemsPerPage ?? 500;
  const signal = controller.signal;
  const priority = options.priority ?? 'interactive';
  const context = { method: 'GET', path };
  const baseQuery: QueryInput = { ...options.query, itemsPerPage: perPage };
  const collector = new Collector<T>(options.onItems);
  let requests = 0;
  let pagesDone = 0;
  const yieldToHold = options.yieldToHold ?? priority === 'background';
  const get = (page: number): Promise<unknown> =>
    fetchPage({
      path,
      query: { ...baseQuery, page },
      signal,
      priority: options.priorityNow?.() ?? priority,
      // pages wait in the governor's queue: a change of priority while they wait moves them
      ...(options.priorityNow ? { priorityNow: options.priorityNow } : {}),
      yieldToHold,
    });

  let first: HydraCollection<T> | null = null;
  let total: number | null;
  let pagesTotal: number | null = null;
  let pending: number[];
  if (options.resume) {
    total = options.resume.totalItems;
    pagesTotal = options.resume.pagesTotal;
    pending = [...options.resume.pages];
  } else {
    first = parseCollection<T>(await get(1), context);
    requests += 1;
    pagesDone += 1;
    collector.add('p:1', first.members);
    total = first.totalItems;
    const pageSize = first.members.length;
    if (total !== null && pageSize > 0) {
      // never fewer than the page just read, whatever a count of none or a last page of 0 says
      pagesTotal = Math.max(1, Math.ceil(total / pageSize), pageOf(first.view?.last ?? null) ?? 1);
    } else if (total === 0) {
      pagesTotal = 1;
    }
    pending = [];
    for (let page = 2; pagesTotal !== null && page <= pagesTotal; page += 1) pending.push(page);
  }
  const progress = (): void => {
    options.onProgress?.({ pages: pagesDone, pagesTotal, items: collector.size, total });
  };
  progress();

  if (first !== null && (total === null || pagesTotal === null)) {
    // no count to plan with: walk the links
    const onPage = (): void => {
      pagesDone += 1;
      progress();
    };
    const start = first.members.length > 0 ? (first.view?.next ?? null) : null;
    requests += await followNext(fetchPage, start, collector, signal, onPage, context, priority);
    // a count here came with an empty first page: none of the rows it counts arrived
    return { items: collector.items(), totalItems: total, requests, complete: total === null, gap: null };
  }
  const plannedTotal = pagesTotal ?? 1;

  let skipped: number[] = [];
  const left = priority === 'background' ? outlook.left() : null;
  // background work spends what the budget has left (less a tenth for the operator), the rest waits for the reset
  const skippedFor = left !== null && pending.length > left ? outlook.nextHold() : null;
  if (left !== null && pending.length > left) {
    const spend = Math.max(0, left - Math.ceil(left / 10));
    skipped = pending.slice(spend);
    pending = pending.slice(0, spend);
  }

  const last: { collection: HydraCollection<T> | null } = { collection: null };
  const readPage = async (page: number): Promise<void> => {
    const collection = parseCollection<T>(await get(page), context);
    requests += 1;
    pagesDone += 1;
    collector.add(`p:${page}`, collection.members);
    if (page === plannedTotal) last.collection = collection;
    progress();
  };

  let failures: PageFailure[] = [];
  await Promise.all(
    pending.map(async (page) => {
      try {
        await readPage(page);
      } catch (error) {
        if (isFatal(error, signal)) controller.abort(error);
        failures.push({ page, error });
      }
    }),
  );
  if (options.signal?.aborted) throw cancelledError(path);
  const fatal = failures.find((f) => isPlatformError(f.error) && FATAL_KINDS.has(f.error.kind));
  if (fatal) throw fatal.error;

  // a page that failed is tried once more on its own, unless the budget is why it was not read or the platform
  // is out of reach (the pipeline has already spent its retries, or the connection's retry budget, on it)
  const notAgain = (error: unknown): boolean => isBudgetYield(error) || classifyFailure(error).outOfReach;
  const again = failures.filter((f) => !notAgain(f.error)).sort((a, b) => a.page - b.page);
  failures = failures.filter((f) => notAgain(f.error));
  for (const failure of again) {
    try {
      await readPage(failure.page);
    } catch (error) {
      if (isFatal(error, signal)) throw options.signal?.aborted ? cancelledError(path) : error;
      failures.push({ page: failure.page, error });
    }
  }

  if (failures.length > 0 || skipped.length > 0) {
    const gap = gapOf(failures, skipped, plannedTotal, pagesDone, skippedFor);
    if (!options.keepPartial) throw failures[0]?.error ?? gapError(path);
    return { items: collector.items(), totalItems: total, requests, complete: false, gap };
  }

  if (first !== null && total !== null) {
    const onPage = (): void => {
      pagesDone += 1;
      progress();
    };
    // more pages than announced (rows added meanwhile): continue along the links from the last page
    const tail = last.collection ?? (plannedTotal === 1 ? first : null);
    const lastNext = tail !== null && tail.members.length > 0 ? (tail.view?.next ?? null) : null;
    if (lastNext !== null && (pageOf(lastNext) === null || (pageOf(lastNext) ?? 0) > plannedTotal)) {
      requests += await followNext(fetchPage, lastNext, collector, signal, onPage, context, priority);
    }
    if (collector.size < total) {
      // page arithmetic did not hold (pages shorter than the first one, or a deletion moved rows into pages
      // already read): walk hydra:next from page 1 itself
      const start = first.view?.first ?? first.view?.id ?? first.view?.next ?? null;
      requests += await followNext(fetchPage, start, collector, signal, onPage, context, priority);
    }
  }
  if (options.signal?.aborted) throw cancelledError(path);
  const complete = total === null || options.resume !== undefined || collector.size >= total;
  return { items: collector.items(), totalItems: total, requests, complete, gap: null };
}

function gapError(path: string): Error {
  return new Error(`the listing of ${path} stopped for the rate budget`);
}
