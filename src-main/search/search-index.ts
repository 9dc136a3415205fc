import type { Row } from '../../src-preload/contract/grids.ts';
import type { SearchGroup, SearchHit } from '../../src-preload/contract/overview.ts';
import { message, type Message } from '../../src-preload/contract/messages.ts';
import { dayOf } from '../../src-preload/contract/shared/deadlines.ts';
import { phoneSearchVariants } from '../../src-preload/contract/shared/phone-number.ts';
import type { CachedCollections } from '../overview/cached-collections.ts';
import { FIELDS, PATHS, PORTING_REFERENCE_FIELD } from '../overview/fields.ts';
import { getResource } from '../resources/index.ts';
import {
  buildRelations,
  followRow,
  GROUPS,
  iriOf,
  national,
  type GroupId,
  type Ref,
  type Relations,
} from './relations.ts';
import { createTokenIndex, type TokenIndex } from './token-index.ts';

export interface SearchIndex {
  query(text: string, limit: number): SearchGroup[];
  /** The rows one row leads to (its block, forwards, outports, SIM, tracker, customer; a block's numbers). */
  related(iri: string, limit: number): SearchGroup[];
}

/** Matches beyond this many are counted, not followed: "06" should not expand into half the cache. */
const FOLLOW_LIMIT = 10;
const PER_CUSTOMER = 25;

const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));
const lower = (value: unknown): string => text(value).toLowerCase();

/** What each group is searched by: its identifiers in the form a query is compared in. */
function tokensOf(group: GroupId, row: Row): string[] {
  switch (group) {
    case 'phone-numbers':
      return [national(row[FIELDS.numbers.number])];
    case 'sim-cards':
      return [national(row[FIELDS.sims.msisdn]), text(row[FIELDS.sims.iccid]), text(row[FIELDS.sims.imsi])];
    case 'tracking-devices':
      return [lower(row[FIELDS.trackingDevices.unitCode]), text(row[FIELDS.trackingDevices.imei])];
    case 'outports': {
      const numbers = row[FIELDS.outports.numbers];
      return [...(Array.isArray(numbers) ? numbers.map(national) : []), lower(row[PORTING_REFERENCE_FIELD])];
    }
    case 'scheduled-forwards':
      return [national(row[FIELDS.forwards.forwardTo])];
    case 'number-blocks':
      return [national(row[FIELDS.blocks.start])];
    case 'customers':
      return lower(row['name']).split(/\s+/);
  }
}

const GROUP_PATHS: Record<GroupId, () => string> = {
  customers: PATHS.customers,
  'phone-numbers': PATHS.numbers,
  'number-blocks': PATHS.blocks,
  'scheduled-forwards': PATHS.forwards,
  outports: PATHS.outports,
  'sim-cards': PATHS.sims,
  'tracking-devices': PATHS.devices,
};

export function groupLabel(group: GroupId): Message {
  if (group === 'customers') return message('resources.plural.customers');
  return getResource(group)?.descriptor.label ?? message('common.verbatim', { text: group });
}

/** One line per row: what a person recognises, then what they want to know next. */
function describe(relations: Relations, group: GroupId, row: Row): { label: string; detail: string } {
  const join = (...parts: unknown[]): string =>
    parts
      .map(text)
      .filter((part) => part !== '')
      .join(' · ');
  switch (group) {
    case 'customers':
      return { label: text(row['name']), detail: '' };
    case 'phone-numbers':
      return { label: text(row[FIELDS.numbers.number]), detail: join(row['orderLabel'], row['description']) };
    case 'number-blocks':
      return {
        label: `${text(row[FIELDS.blocks.start])}–${text(row[FIELDS.blocks.end])}`,
        detail: join(row[FIELDS.blocks.status], dayOf(row[FIELDS.blocks.coolOffUntil])),
      };
    case 'sim-cards':
      return { label: text(row[FIELDS.sims.iccid]), detail: join(row[FIELDS.sims.msisdn], row[FIELDS.sims.status]) };
    case 'tracking-devices':
      return {
        label: text(row[FIELDS.trackingDevices.unitCode]),
        detail: join(row[FIELDS.trackingDevices.imei], row[FIELDS.trackingDevices.status]),
      };
    case 'outports': {
      const numbers = row[FIELDS.outports.numbers];
      return {
        label: Array.isArray(numbers) ? numbers.map(text).join(', ') : '',
        detail: join(row[FIELDS.outports.status], dayOf(row[FIELDS.outports.date]), row[PORTING_REFERENCE_FIELD]),
      };
    }
    case 'scheduled-forwards': {
      const number = relations.byIri.get(text(row[FIELDS.forwards.x2voipNumber]))?.row['number'];
      const window = [dayOf(row[FIELDS.forwards.start]), dayOf(row[FIELDS.forwards.end])].map((d) => d ?? '…');
      return { label: `${text(number)} → ${text(row[FIELDS.forwards.forwardTo])}`, detail: window.join(' – ') };
    }
  }
}

/** The one search over a profile's cache: built once per snapshot, then a few binary searches per keystroke. */
export function buildSearchIndex(data: CachedCollections): SearchIndex {
  const relations = buildRelations(data);
  const indexes = new Map<GroupId, TokenIndex<Row>>();
  for (const group of GROUPS) {
    const entries: [string, Row][] = [];
    for (const row of data.rows(GROUP_PATHS[group]()))
      for (const token of tokensOf(group, row)) if (token !== '') entries.push([token, row]);
    indexes.set(group, createTokenIndex(entries));
  }
  const customers = data.rows(PATHS.customers()).map((row) => ({ row, name: lower(row['name']) }));

  const collector = (limit: number) => {
    const hits = new Map<GroupId, Map<string, SearchHit>>(GROUPS.map((group) => [group, new Map()]));
    const totals = new Map<GroupId, number>(GROUPS.map((group) => [group, 0]));
    const emit = (group: GroupId, row: Row, via: string): void => {
      const iri = iriOf(row);
      const found = hits.get(group)!;
      if (found.has(iri)) return;
      totals.set(group, totals.get(group)! + 1);
      if (found.size < limit) found.set(iri, { resource: group, iri, ...describe(relations, group, row), via });
    };
    const groups = (): SearchGroup[] =>
      GROUPS.filter((group) => totals.get(group)! > 0).map((group) => ({
        resource: group,
        label: groupLabel(group),
        total: totals.get(group)!,
        hits: [...hits.get(group)!.values()],
      }));
    return { hits, totals, emit, groups };
  };

  return {
    related(iri, limit) {
      const ref = relations.byIri.get(iri);
      if (!ref) return [];
      const { emit, groups } = collector(limit);
      followRow(relations, ref, (group, row, via) => iriOf(row) !== iri && emit(group, row, via), PER_CUSTOMER);
      return groups();
    },
    query(query, limit) {
      const trimmed = query.trim();
      if (trimmed === '') return [];
      const phoneLike = phoneSearchVariants(trimmed)[0] !== trimmed || /^\+?[0-9]+$/.test(trimmed);
      const keys = phoneLike ? phoneSearchVariants(trimmed) : [trimmed.toLowerCase()];
      const { hits, totals, emit, groups } = collector(limit);
      const seeds: Ref[] = [];
      for (const group of GROUPS) {
        const index = indexes.get(group)!;
        const key = keys.find((candidate) => index.count(candidate) > 0);
        if (key === undefined) continue;
        const matched = index.count(key);
        const rows = index.find(key, Math.max(limit, FOLLOW_LIMIT));
        for (const row of rows) {
          emit(group, row, 'match');
          seeds.push({ group, row });
        }
        // Matches past what was listed still count.
        totals.set(group, totals.get(group)! + Math.max(0, matched - rows.length));
      }
      if (!phoneLike && trimmed.length >= 2) {
        const needle = trimmed.toLowerCase();
        for (const customer of customers)
          if (customer.name.includes(needle) && !hits.get('customers')!.has(iriOf(customer.row))) {
            emit('customers', customer.row, 'match');
            seeds.push({ group: 'customers', row: customer.row });
          }
      }
      if (seeds.length <= FOLLOW_LIMIT) for (const seed of seeds) followRow(relations, seed, emit, PER_CUSTOMER);
      return groups();
    },
  };
}

/** The baseline of the bench: every cached row's values compared with the query, no index. */
export function plainScan(data: CachedCollections, query: string): number {
  const keys = phoneSearchVariants(query).map((key) => key.toLowerCase());
  let found = 0;
  for (const group of GROUPS)
    for (const row of data.rows(GROUP_PATHS[group]()))
      for (const value of Object.values(row)) {
        const values = Array.isArray(value) ? value : [value];
        if (values.some((v) => typeof v === 'string' && keys.some((key) => v.toLowerCase().includes(key)))) {
          found += 1;
          break;
        }
      }
  return found;
}
