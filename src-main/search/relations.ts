import type { Row } from '../../src-preload/contract/grids.ts';
import { phoneSearchForm } from '../../src-preload/contract/shared/phone-number.ts';
import type { CachedCollections } from '../overview/cached-collections.ts';
import { FIELDS, PATHS } from '../overview/fields.ts';

/** The groups of the one search: the seven grids' resources and the customers. */
export const GROUPS = [
  'customers',
  'phone-numbers',
  'number-blocks',
  'scheduled-forwards',
  'outports',
  'sim-cards',
  'tracking-devices',
] as const;
export type GroupId = (typeof GROUPS)[number];

export interface Ref {
  group: GroupId;
  row: Row;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
export const iriOf = (row: Row): string => text(row['@id']);
const ALREADY_NATIONAL = /^0[1-9][0-9]*$/;

/** A stored number in the one national form the index keys on (stored numbers mostly are: those skip the rule). */
export const national = (value: unknown): string =>
  typeof value !== 'string' ? '' : ALREADY_NATIONAL.test(value) ? value : phoneSearchForm(value);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  if (key === '' || key === null) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every row's relations, as maps from what one row holds to the rows it leads to. */
export interface Relations {
  byIri: Map<string, Ref>;
  phoneByNumber: Map<string, Row[]>;
  x2voipByNumber: Map<string, Row[]>;
  forwardsByX2voip: Map<string, Row[]>;
  outportsByNumber: Map<string, Row[]>;
  simsByMsisdn: Map<string, Row[]>;
  devicesBySim: Map<string, Row[]>;
  byCustomer: Map<string, Ref[]>;
  numbersByBlock: Map<string, Row[]>;
  /** Blocks sorted by their first number, to find the block a number falls in. */
  blocks: { start: string; end: string; row: Row }[];
}

export function buildRelations(data: CachedCollections): Relations {
  const relations: Relations = {
    byIri: new Map(),
    phoneByNumber: new Map(),
    x2voipByNumber: new Map(),
    forwardsByX2voip: new Map(),
    outportsByNumber: new Map(),
    simsByMsisdn: new Map(),
    devicesBySim: new Map(),
    byCustomer: new Map(),
    numbersByBlock: new Map(),
    blocks: [],
  };
  const add = (group: GroupId, path: string, customerField: string | null): readonly Row[] => {
    const rows = data.rows(path);
    for (const row of rows) {
      relations.byIri.set(iriOf(row), { group, row });
      if (customerField) push(relations.byCustomer, text(row[customerField]), { group, row });
    }
    return rows;
  };
  add('customers', PATHS.customers(), null);
  for (const row of add('phone-numbers', PATHS.numbers(), FIELDS.numbers.customer)) {
    push(relations.phoneByNumber, national(row[FIELDS.numbers.number]), row);
    push(relations.numbersByBlock, text(row[FIELDS.numbers.block]), row);
  }
  for (const row of add('number-blocks', PATHS.blocks(), FIELDS.blocks.customer))
    relations.blocks.push({ start: national(row[FIELDS.blocks.start]), end: national(row[FIELDS.blocks.end]), row });
  relations.blocks.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const row of add('sim-cards', PATHS.sims(), FIELDS.sims.customer))
    push(relations.simsByMsisdn, national(row[FIELDS.sims.msisdn]), row);
  for (const row of add('tracking-devices', PATHS.devices(), FIELDS.trackingDevices.customer))
    push(relations.devicesBySim, text(row[FIELDS.trackingDevices.simcard]), row);
  for (const row of add('outports', PATHS.outports(), FIELDS.outports.customer)) {
    const numbers = row[FIELDS.outports.numbers];
    if (Array.isArray(numbers)) for (const n of numbers) push(relations.outportsByNumber, national(n), row);
  }
  for (const row of add('scheduled-forwards', PATHS.forwards(), null))
    push(relations.forwardsByX2voip, text(row[FIELDS.forwards.x2voipNumber]), row);
  for (const row of data.rows(PATHS.x2voipNumbers())) {
    relations.byIri.set(iriOf(row), { group: 'phone-numbers', row });
    push(relations.x2voipByNumber, national(row['number']), row);
  }
  return relations;
}

/** The block whose range holds this national number, if any. */
function blockHolding(relations: Relations, number: string): Row | null {
  let lo = 0;
  let hi = relations.blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (relations.blocks[mid]!.start <= number) lo = mid + 1;
    else hi = mid;
  }
  const candidate = relations.blocks[lo - 1];
  return candidate && number.length === candidate.start.length && number <= candidate.end ? candidate.row : null;
}

export type Emit = (group: GroupId, row: Row, via: string) => void;

/** Everything a national number leads to: its phone-number row, block, forwards, outports, SIM and tracker. */
export function followNumber(relations: Relations, number: string, emit: Emit): void {
  if (number === '') return;
  const phones = relations.phoneByNumber.get(number) ?? [];
  for (const phone of phones) {
    emit('phone-numbers', phone, 'number');
    const customer = relations.byIri.get(text(phone[FIELDS.numbers.customer]));
    if (customer) emit('customers', customer.row, 'customer');
  }
  const blockIri = text(phones[0]?.[FIELDS.numbers.block]);
  const block = relations.byIri.get(blockIri)?.row ?? blockHolding(relations, number);
  if (block) emit('number-blocks', block, 'block');
  for (const x2voip of relations.x2voipByNumber.get(number) ?? [])
    for (const forward of relations.forwardsByX2voip.get(iriOf(x2voip)) ?? [])
      emit('scheduled-forwards', forward, 'forward');
  for (const outport of relations.outportsByNumber.get(number) ?? []) emit('outports', outport, 'outport');
  for (const sim of relations.simsByMsisdn.get(number) ?? []) followSim(relations, sim, emit, false);
}

function followSim(relations: Relations, sim: Row, emit: Emit, viaNumber: boolean): void {
  emit('sim-cards', sim, 'sim');
  for (const device of relations.devicesBySim.get(iriOf(sim)) ?? [])
    emit('tracking-devices', device, 'tracking device');
  const customer = relations.byIri.get(text(sim[FIELDS.sims.customer]));
  if (customer) emit('customers', customer.row, 'customer');
  if (viaNumber) followNumber(relations, national(sim[FIELDS.sims.msisdn]), emit);
}

/** The rows a matched row leads to, by its resource. */
export function followRow(relations: Relations, ref: Ref, emit: Emit, perCustomer: number): void {
  const { group, row } = ref;
  if (group === 'phone-numbers') followNumber(relations, national(row[FIELDS.numbers.number]), emit);
  else if (group === 'sim-cards') followSim(relations, row, emit, true);
  else if (group === 'tracking-devices') {
    const sim = relations.byIri.get(text(row[FIELDS.trackingDevices.simcard]));
    if (sim) followSim(relations, sim.row, emit, true);
  } else if (group === 'outports') {
    const numbers = row[FIELDS.outports.numbers];
    if (Array.isArray(numbers)) for (const n of numbers) followNumber(relations, national(n), emit);
  } else if (group === 'scheduled-forwards') {
    const x2voip = relations.byIri.get(text(row[FIELDS.forwards.x2voipNumber]));
    if (x2voip) followNumber(relations, national(x2voip.row['number']), emit);
  } else if (group === 'number-blocks') {
    for (const number of relations.numbersByBlock.get(iriOf(row)) ?? []) emit('phone-numbers', number, 'number');
  } else if (group === 'customers') {
    const counts = new Map<GroupId, number>();
    for (const owned of relations.byCustomer.get(iriOf(row)) ?? []) {
      const seen = counts.get(owned.group) ?? 0;
      if (seen >= perCustomer) continue;
      counts.set(owned.group, seen + 1);
      emit(owned.group, owned.row, 'customer');
    }
  }
  const customer = group === 'customers' ? null : relations.byIri.get(text(row['customer']));
  if (customer) emit('customers', customer.row, 'customer');
}
