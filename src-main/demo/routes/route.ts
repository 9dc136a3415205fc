import type { ResourceModel } from '../../api-model/index.ts';
import type { DemoData } from '../data.ts';
import type { DemoRequest, DemoResponse } from '../http/types.ts';
import { collection, isResponse, item, readPaging } from '../http/hydra.ts';
import { notFound } from '../http/problem.ts';
import type { Table } from '../table.ts';

export interface RouteContext {
  readonly req: DemoRequest;
  readonly data: DemoData;
  /** Capture groups of the route pattern. */
  readonly params: readonly string[];
  /** Server-side clamp of itemsPerPage (the documented 500, or lower from the fault knob). */
  readonly maxItemsPerPage: number;
}

export type Handler = (ctx: RouteContext) => DemoResponse;

export interface Route {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly pattern: RegExp;
  readonly handle: Handler;
  /** Changes state when it succeeds: subject to the "applied but response lost" fault. */
  readonly write?: boolean;
  readonly requiresWholesaler?: boolean;
}

export const contextOf = (model: ResourceModel): string => `/contexts/${model.type}`;

const escape = (path: string): string => path.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
export const collectionPattern = (path: string): RegExp => new RegExp(`^${escape(path)}$`);
export const itemPattern = (path: string, suffix = ''): RegExp => new RegExp(`^${escape(path)}/([0-9]+)${suffix}$`);

export function paramId(ctx: RouteContext, index = 0): number {
  return Number(ctx.params[index]);
}

/** Filters return the rows to page over, or an error response. */
export type Filter<T> = (req: DemoRequest, rows: readonly T[], data: DemoData) => readonly T[] | DemoResponse;

export function listHandler<T extends { id: number }>(
  model: ResourceModel,
  table: (data: DemoData) => Table<T>,
  opts: {
    readonly filter?: Filter<T>;
    readonly map?: (row: T, req: DemoRequest) => unknown;
    readonly path?: string;
  } = {},
): Handler {
  return (ctx) => {
    const paging = readPaging(ctx.req, {
      defaultItemsPerPage: model.defaultItemsPerPage,
      maxItemsPerPage: Math.min(model.maxItemsPerPage, ctx.maxItemsPerPage),
    });
    if (isResponse(paging)) return paging;
    const all = table(ctx.data).all();
    const rows = opts.filter ? opts.filter(ctx.req, all, ctx.data) : all;
    if (!Array.isArray(rows)) return rows as DemoResponse;
    const map = opts.map;
    return collection(ctx.req, {
      context: contextOf(model),
      path: opts.path ?? model.path,
      rows: rows as readonly T[],
      paging,
      defaultItemsPerPage: model.defaultItemsPerPage,
      ...(map ? { map: (row: T) => map(row, ctx.req) } : {}),
    });
  };
}

export function itemHandler<T extends { id: number }>(
  model: ResourceModel,
  table: (data: DemoData) => Table<T>,
  map?: (row: T, req: DemoRequest) => unknown,
): Handler {
  return (ctx) => {
    const row = table(ctx.data).get(paramId(ctx));
    if (!row) return notFound();
    return item(map ? map(row, ctx.req) : row, contextOf(model));
  };
}

/** GET collection + GET item for a read-only resource. */
export function readOnlyRoutes<T extends { id: number }>(
  model: ResourceModel,
  table: (data: DemoData) => Table<T>,
  filter?: Filter<T>,
): Route[] {
  return [
    {
      method: 'GET',
      pattern: collectionPattern(model.path),
      handle: listHandler(model, table, filter ? { filter } : {}),
    },
    { method: 'GET', pattern: itemPattern(model.path), handle: itemHandler(model, table) },
  ];
}
