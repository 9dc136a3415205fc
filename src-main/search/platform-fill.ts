import type { Row } from '../../src-preload/contract/grids.ts';
import type { SearchGroup, SearchHit } from '../../src-preload/contract/overview.ts';
import { phoneSearchVariants } from '../../src-preload/contract/shared/phone-number.ts';
import type { CachedCollections } from '../overview/cached-collections.ts';
import { FIELDS, PATHS } from '../overview/fields.ts';
import { logicalRows, type CollectionBinding } from '../overview/logical-rows.ts';
import { parseCollection } from '../platform/hydra.ts';
import type { PlatformClient } from '../platform/client.ts';
import { normaliseName } from '../schema/index.ts';
import { iriOf, national, type GroupId } from './relations.ts';

/** A query parameter the platform documents for a collection. */
export interface DocumentedFilter {
  name: string;
  type: string;
}

export interface PlatformFillDeps {
  /** The connected profile's client (governed: rate budget, retries), or null when offline. */
  client: () => PlatformClient | null;
  /** The documented filters of a collection (from the platform's schema, else api-model's). */
  filters: (path: string) => readonly DocumentedFilter[];
  binding?: CollectionBinding;
}

/** One ask of the platform: a collection, one documented filter and its value, and which rows of the answer fit. */
interface Ask {
  group: GroupId;
  path: string;
  query: Record<string, string | number>;
  keep: (row: Row) => boolean;
  describe: (row: Row) => { label: string; detail: string };
}

/** Fewer digits than this would ask for a large part of the numbering plan. */
const MIN_NUMBER_DIGITS = 6;
const MIN_UNIT_CODE = 3;
/** Requests one fill may make at most: one page of each collection it asks. */
export const MAX_FILL_REQUESTS = 2;

const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));
const join = (...parts: unknown[]): string =>
  parts
    .map(text)
    .filter((part) => part !== '')
    .join(' · ');

function filterFor(deps: PlatformFillDeps, path: string, ours: string): DocumentedFilter | null {
  return deps.filters(path).find((filter) => normaliseName(filter.name) === normaliseName(ours)) ?? null;
}

/**
 * What the platform is asked for a query the cache cannot answer: a number (its first digits) through the phone
 * numbers' documented `blockStart` filter, a unit code through the tracking devices' `unit_code_filter`. Only for
 * a collection not cached yet, or where the cache found nothing; never more than one page of each.
 */
export function plannedAsks(
  deps: PlatformFillDeps,
  query: string,
  cached: Pick<CachedCollections, 'has'>,
  fromCache: readonly SearchGroup[],
): Ask[] {
  const trimmed = query.trim();
  const found = (group: GroupId): boolean => fromCache.some((entry) => entry.resource === group && entry.total > 0);
  const lacks = (group: GroupId, path: string): boolean => !cached.has(path) || !found(group);
  const asks: Ask[] = [];
  const variants = phoneSearchVariants(trimmed);
  const phoneLike = variants.length > 0 && /^0[1-9][0-9]*$/.test(variants[0]!);
  if (phoneLike) {
    const digits = variants[0]!;
    const filter = filterFor(deps, PATHS.numbers(), 'blockStart');
    if (filter && digits.length >= MIN_NUMBER_DIGITS && lacks('phone-numbers', PATHS.numbers())) {
      // documented as an integer: the leading 0 cannot travel in one
      const value = filter.type === 'string' ? digits : Number(digits.slice(1));
      asks.push({
        group: 'phone-numbers',
        path: PATHS.numbers(),
        query: { [filter.name]: value },
        keep: (row) => national(row[FIELDS.numbers.number]).startsWith(digits),
        describe: (row) => ({
          label: text(row[FIELDS.numbers.number]),
          detail: join(row['orderLabel'], row['description']),
        }),
      });
    }
  } else if (/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(trimmed) && trimmed.length >= MIN_UNIT_CODE) {
    const filter = filterFor(deps, PATHS.devices(), 'unit_code_filter');
    if (filter && lacks('tracking-devices', PATHS.devices())) {
      const wanted = trimmed.toLowerCase();
      asks.push({
        group: 'tracking-devices',
        path: PATHS.devices(),
        query: { [filter.name]: trimmed },
        keep: (row) => text(row[FIELDS.trackingDevices.unitCode]).toLowerCase().includes(wanted),
        describe: (row) => ({
          label: text(row[FIELDS.trackingDevices.unitCode]),
          detail: join(row[FIELDS.trackingDevices.imei], row[FIELDS.trackingDevices.status]),
        }),
      });
    }
  }
  return asks.slice(0, MAX_FILL_REQUESTS);
}

/** The platform's rows for the asks, as search hits marked 'platform', and how many requests it took. */
export async function askPlatform(
  deps: PlatformFillDeps,
  client: PlatformClient,
  asks: readonly Ask[],
  limit: number,
  signal: AbortSignal,
): Promise<{ hits: Map<GroupId, { hits: SearchHit[]; total: number }>; requests: number }> {
  const hits = new Map<GroupId, { hits: SearchHit[]; total: number }>();
  let requests = 0;
  await Promise.all(
    asks.map(async (ask) => {
      requests += 1;
      const answer = await client.send({
        method: 'GET',
        path: ask.path,
        query: { ...ask.query, page: 1, itemsPerPage: limit },
        signal,
        retry: { attempts: 2 },
      });
      const page = parseCollection<Row>(answer.body, { method: 'GET', path: ask.path });
      const rows = logicalRows(page.members, deps.binding?.(ask.path) ?? null).filter(ask.keep);
      hits.set(ask.group, {
        hits: rows.slice(0, limit).map((row) => ({
          resource: ask.group,
          iri: iriOf(row),
          ...ask.describe(row),
          via: 'platform',
        })),
        // the platform's own count where every row of the page fitted (the filter is "starts with")
        total: rows.length === page.members.length && page.totalItems !== null ? page.totalItems : rows.length,
      });
    }),
  );
  return { hits, requests };
}

/** The cache's groups with the platform's hits added: rows the cache already listed are not repeated. */
export function mergeGroups(
  fromCache: readonly SearchGroup[],
  fromPlatform: Map<GroupId, { hits: SearchHit[]; total: number }>,
  label: (group: GroupId) => SearchGroup['label'],
  limit: number,
): SearchGroup[] {
  const groups = fromCache.map((group) => ({ ...group, hits: [...group.hits] }));
  for (const [resource, found] of fromPlatform) {
    if (found.hits.length === 0) continue;
    let group = groups.find((entry) => entry.resource === resource);
    if (!group) {
      group = { resource, label: label(resource), total: 0, hits: [] };
      groups.push(group);
    }
    const known = new Set(group.hits.map((hit) => hit.iri));
    const fresh = found.hits.filter((hit) => !known.has(hit.iri));
    group.hits.push(...fresh.slice(0, Math.max(0, limit - group.hits.length)));
    group.total = Math.max(group.total, group.total - (found.hits.length - fresh.length) + found.total);
  }
  return groups;
}
