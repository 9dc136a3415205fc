import { PlatformError, type ErrorHold } from './errors.ts';
import type { Priority } from './governor.ts';
import type { QueryInput } from './url.ts';

/** A collection item as the platform sent it: every field kept, known or not. */
export type HydraItem = Record<string, unknown>;

export interface HydraView {
  id: string | null;
  first: string | null;
  last: string | null;
  next: string | null;
  previous: string | null;
}

export interface HydraCollection<T = HydraItem> {
  members: T[];
  totalItems: number | null;
  view: HydraView | null;
}

function field(record: Record<string, unknown>, name: string): unknown {
  // API Platform can be configured without the "hydra:" prefix; accept both
  return record[`hydra:${name}`] ?? record[name];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function isHydraCollection(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && Array.isArray(field(body as Record<string, unknown>, 'member'));
}

/** Parses a Hydra collection envelope. Throws a PlatformError when the body is not one. */
export function parseCollection<T = HydraItem>(
  body: unknown,
  context: { method: string; path: string },
): HydraCollection<T> {
  if (!isHydraCollection(body)) {
    throw new PlatformError({
      kind: 'http',
      status: 200,
      method: context.method,
      path: context.path,
      platformMessage: 'The answer was not a Hydra collection (no hydra:member).',
    });
  }
  const members = field(body, 'member') as T[];
  const total = field(body, 'totalItems');
  const rawView = field(body, 'view');
  let view: HydraView | null = null;
  if (typeof rawView === 'object' && rawView !== null) {
    const v = rawView as Record<string, unknown>;
    view = {
      id: str(v['@id']),
      first: str(field(v, 'first')),
      last: str(field(v, 'last')),
      next: str(field(v, 'next')),
      previous: str(field(v, 'previous')),
    };
  }
  return {
    members,
    totalItems: typeof total === 'number' && Number.isFinite(total) && total >= 0 ? total : null,
    view,
  };
}

/** The `page` parameter of a Hydra view link, or null. */
export function pageOf(iri: string | null): number | null {
  if (iri === null) return null;
  const queryStart = iri.indexOf('?');
  if (queryStart < 0) return null;
  const value = new URLSearchParams(iri.slice(queryStart + 1)).get('page');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

export interface ListProgress {
  pages: number;
  pagesTotal: number | null;
  items: number;
  total: number | null;
}

export interface ListAllOptions {
  query?: QueryInput;
  signal?: AbortSignal;
  onProgress?: (progress: ListProgress) => void;
  /** Each page's items not seen before, as they arrive (a grid shows them before the listing ends). */
  onItems?: (items: unknown[]) => void;
  itemsPerPage?: number;
  /** Default 'interactive'; 'background' reads no more pages than the rate budget has left, and yields to a hold. */
  priority?: Priority;
  /** The priority of the pages not yet asked for, when it may change (a grid opened on a background listing). */
  priorityNow?: () => Priority;
  /** Interactive listings that would rather show what they have than wait out a long hold (background always do). */
  yieldToHold?: boolean;
  /**
   * true: pages still missing after their retries (or left for the budget) do not fail the listing; the result
   * has what was read and `gap` says what is missing and why. false (default): the first such failure is thrown.
   */
  keepPartial?: boolean;
  /** Read only these pages of a listing that stopped early (its `gap`), with the total it announced then. */
  resume?: ListResume;
}

export interface ListResume {
  pages: readonly number[];
  pagesTotal: number;
  totalItems: number | null;
}

/** What a listing with keepPartial did not read, and why. */
export interface ListGap {
  /** 'budget': left for the rate budget's reset (see hold); 'failed': still failing after retries; 'unreachable'. */
  cause: 'budget' | 'failed' | 'unreachable';
  missingPages: number[];
  pagesTotal: number;
  pagesRead: number;
  /** The last failure of a missing page (for 'failed' and 'unreachable'). */
  error: PlatformError | null;
  hold: ErrorHold | null;
}

export interface ListAllResult<T = HydraItem> {
  items: T[];
  totalItems: number | null;
  /** Page requests made (including any fallback pass). */
  requests: number;
  /** False when fewer distinct items arrived than hydra:totalItems announced, or pages are missing (see gap). */
  complete: boolean;
  /** Set (with keepPartial) when pages are missing. */
  gap: ListGap | null;
}

/** Fetches one page: a path plus query, or a Hydra link (which carries its own query). */
export type PageFetcher = (request: {
  path: string;
  query?: QueryInput;
  signal?: AbortSignal;
  priority?: Priority;
  /** The priority as it is now, while the page waits for its turn. */
  priorityNow?: () => Priority;
  yieldToHold?: boolean;
}) => Promise<unknown>;

function iriOf(item: unknown): string | null {
  if (typeof item === 'object' && item !== null) {
    const iri = (item as Record<string, unknown>)['@id'];
    if (typeof iri === 'string' && iri) return iri;
  }
  return null;
}

export class Collector<T> {
  readonly seen = new Set<string>();
  readonly pages = new Map<string, T[]>();

  private readonly onItems: ((items: T[]) => void) | undefined;

  constructor(onItems?: (items: T[]) => void) {
    this.onItems = onItems;
  }

  /** Keeps a page's distinct items; returns how many were new. */
  add(pageKey: string, members: T[]): number {
    const fresh: T[] = [];
    members.forEach((item, index) => {
      // the position's key only for an item without an IRI: building it for every item cost a string per row
      const key = iriOf(item) ?? `${pageKey}#${index}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
      fresh.push(item);
    });
    const existing = this.pages.get(pageKey);
    this.pages.set(pageKey, existing ? existing.concat(fresh) : fresh);
    if (fresh.length > 0) this.onItems?.(fresh);
    return fresh.length;
  }

  get size(): number {
    return this.seen.size;
  }

  /** Items ordered by page number; fallback pages (keyed by link) come after. */
  items(): T[] {
    const keys = [...this.pages.keys()].sort((a, b) => {
      const pa = Number(a.startsWith('p:') ? a.slice(2) : Number.MAX_SAFE_INTEGER);
      const pb = Number(b.startsWith('p:') ? b.slice(2) : Number.MAX_SAFE_INTEGER);
      return pa - pb;
    });
    return keys.flatMap((key) => this.pages.get(key) ?? []);
  }
}

export interface LinkedSignal {
  controller: AbortController;
  /** Takes the listener off the caller's signal, which may outlive this listing (one signal for many). */
  release: () => void;
}

export function linkedSignal(signal: AbortSignal | undefined): LinkedSignal {
  const controller = new AbortController();
  if (signal === undefined) return { controller, release: () => undefined };
  const follow = (): void => controller.abort(signal.reason);
  if (signal.aborted) follow();
  else signal.addEventListener('abort', follow, { once: true });
  return { controller, release: () => signal.removeEventListener('abort', follow) };
}

export function cancelledError(path: string): PlatformError {
  return new PlatformError({ kind: 'cancelled', method: 'GET', path });
}

/** Follows hydra:next one page at a time from `start`; returns the number of requests made. */
export async function followNext<T>(
  fetchPage: PageFetcher,
  start: string | null,
  collector: Collector<T>,
  signal: AbortSignal | undefined,
  onPage: (collection: HydraCollection<T>) => void,
  context: { method: string; path: string },
  priority?: Priority,
): Promise<number> {
  let next = start;
  let requests = 0;
  const visited = new Set<string>();
  while (next !== null && !visited.has(next)) {
    if (signal?.aborted) throw cancelledError(context.path);
    visited.add(next);
    const collection = parseCollection<T>(
      await fetchPage({ path: next, ...(signal ? { signal } : {}), ...(priority ? { priority } : {}) }),
      context,
    );
    requests += 1;
    const page = pageOf(next);
    collector.add(page !== null ? `p:${page}` : `l:${next}`, collection.members);
    onPage(collection);
    next = collection.members.length > 0 ? (collection.view?.next ?? null) : null;
  }
  return requests;
}

/**
 * Every item of a collection, one page at a time following hydra:next. The baseline the parallel
 * listAll is measured against, and its fallback.
 */
export async function listAllSequential<T = HydraItem>(
  fetchPage: PageFetcher,
  path: string,
  options: ListAllOptions = {},
): Promise<ListAllResult<T>> {
  const perPage = options.itemsPerPage ?? 500;
  const signal = options.signal;
  const context = { method: 'GET', path };
  const collector = new Collector<T>(options.onItems);
  let pages = 0;
  let total: number | null = null;
  const first = parseCollection<T>(
    await fetchPage({
      path,
      query: { ...options.query, page: 1, itemsPerPage: perPage },
      ...(signal ? { signal } : {}),
    }),
    context,
  );
  total = first.totalItems;
  pages = 1;
  collector.add('p:1', first.members);
  const pagesTotal = (): number | null =>
    pageOf(first.view?.last ?? null) ??
    (total !== null && first.members.length > 0 ? Math.ceil(total / first.members.length) : null);
  options.onProgress?.({ pages, pagesTotal: pagesTotal(), items: collector.size, total });
  const start = first.members.length > 0 ? (first.view?.next ?? null) : null;
  let read = pages;
  pages += await followNext(
    fetchPage,
    start,
    collector,
    signal,
    (collection) => {
      read += 1;
      const page = pageOf(collection.view?.id ?? null);
      options.onProgress?.({ pages: page ?? read, pagesTotal: pagesTotal(), items: collector.size, total });
    },
    context,
  );
  return {
    items: collector.items(),
    totalItems: total,
    requests: pages,
    complete: total === null || collector.size >= total,
    gap: null,
  };
}
