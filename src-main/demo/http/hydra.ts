import type { DemoRequest, DemoResponse } from './types.ts';
import { JSON_LD } from './types.ts';
import { problem } from './problem.ts';

export interface PageLimits {
  readonly defaultItemsPerPage: number;
  readonly maxItemsPerPage: number;
}

export interface Paging {
  readonly page: number;
  readonly itemsPerPage: number;
}

const POSITIVE_INT = /^[0-9]{1,9}$/;

/** Reads page / itemsPerPage; itemsPerPage is clamped to [1, max] like the platform does. */
export function readPaging(req: DemoRequest, limits: PageLimits): Paging | DemoResponse {
  const rawPage = req.query.get('page');
  const rawSize = req.query.get('itemsPerPage');
  let page = 1;
  if (rawPage !== null) {
    if (!POSITIVE_INT.test(rawPage) || Number(rawPage) < 1) return problem(400, 'Page should not be less than 1');
    page = Number(rawPage);
  }
  let itemsPerPage = limits.defaultItemsPerPage;
  if (rawSize !== null) {
    if (!POSITIVE_INT.test(rawSize)) return problem(400, 'Item per page parameter should be a positive integer.');
    itemsPerPage = Number(rawSize);
  }
  itemsPerPage = Math.max(1, Math.min(itemsPerPage, limits.maxItemsPerPage));
  return { page, itemsPerPage };
}

export function isResponse(value: Paging | DemoResponse): value is DemoResponse {
  return 'status' in value;
}

function link(path: string, req: DemoRequest, page: number, itemsPerPage: number, defaultItemsPerPage: number): string {
  const params = new URLSearchParams(req.query);
  params.delete('page');
  params.delete('itemsPerPage');
  // Links carry the page size actually used whenever it differs from the default or was asked for.
  if (req.query.has('itemsPerPage') || itemsPerPage !== defaultItemsPerPage)
    params.set('itemsPerPage', String(itemsPerPage));
  params.set('page', String(page));
  return `${path}?${params.toString()}`;
}

/** A Hydra collection page over an already filtered list. */
export function collection<T>(
  req: DemoRequest,
  opts: {
    readonly context: string;
    readonly path: string;
    readonly rows: readonly T[];
    readonly paging: Paging;
    readonly defaultItemsPerPage: number;
    readonly map?: (row: T) => unknown;
  },
): DemoResponse {
  const { rows, paging, path } = opts;
  const total = rows.length;
  const offset = (paging.page - 1) * paging.itemsPerPage;
  const slice = rows.slice(offset, offset + paging.itemsPerPage);
  const lastPage = Math.max(1, Math.ceil(total / paging.itemsPerPage));
  const at = (page: number): string => link(path, req, page, paging.itemsPerPage, opts.defaultItemsPerPage);
  const view: Record<string, unknown> = {
    '@id': at(paging.page),
    '@type': 'hydra:PartialCollectionView',
    'hydra:first': at(1),
    'hydra:last': at(lastPage),
  };
  if (paging.page > 1) view['hydra:previous'] = at(Math.min(paging.page - 1, lastPage));
  if (paging.page < lastPage) view['hydra:next'] = at(paging.page + 1);
  return {
    status: 200,
    contentType: JSON_LD,
    body: {
      '@context': opts.context,
      '@id': path,
      '@type': 'hydra:Collection',
      'hydra:totalItems': total,
      'hydra:member': opts.map ? slice.map(opts.map) : slice,
      'hydra:view': view,
    },
  };
}

export function item(row: unknown, context: string, status = 200): DemoResponse {
  return { status, contentType: JSON_LD, body: { '@context': context, ...(row as Record<string, unknown>) } };
}
