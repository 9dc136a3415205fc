import { describe, expect, it } from 'vitest';
import { listResourceDescriptors } from '../../../src-main/resources/index.ts';
import type { DerivedColumn } from '../../../src-preload/contract/presets.ts';
import type { ColumnDescriptor } from '../../../src-preload/contract/resources.ts';

/**
 * The layout a grid opens with before the operator changes it (and before the platform's schema renames or adds
 * columns): its columns in order, each "field type shown|hidden width [→ the view it links to]". A change here is a
 * product decision, so it is made in this table as well.
 */
const DEFAULT_LAYOUT: Record<string, string[]> = {
  'phone-numbers': [
    'number phone shown 130',
    'costCenter text shown -',
    'description text shown 240',
    'orderLabel text shown 220',
    'customer iri shown -',
    'areaCode iri shown -',
    'updatedAt datetime shown -',
    'numberBlock iri hidden - → number-blocks',
    'order iri hidden -',
    'createdAt datetime hidden -',
  ],
  'number-blocks': [
    'start phone shown 130',
    'end phone shown 130',
    'size number shown 80',
    'areaCode iri shown -',
    'status status shown -',
    'coolOffUntil datetime shown -',
    'customer iri shown -',
    'order iri hidden -',
    'numberPool iri hidden -',
  ],
  'sim-cards': [
    'iccid text shown 190',
    'imsi text shown 150',
    'msisdn phone shown 130',
    'status status shown -',
    'isEsim boolean shown 70',
    'customer iri shown -',
    'activatedAt datetime shown -',
    'order iri hidden -',
  ],
  'x2voip-routes': [
    'orderDetailsX2voip iri shown -',
    'name text shown -',
    'routeType text shown -',
    'destination text shown -',
    'priority number shown 80',
    'isActive boolean shown 70',
  ],
  'x2voip-routes/outbound-routes': [
    'orderDetailsX2voip iri shown -',
    'name text shown -',
    'prefix text shown 80',
    'trunk text shown -',
    'carrier text shown -',
    'priority number shown 80',
  ],
  'x2voip-routes/call-barrings': [
    'orderDetailsX2voip iri shown -',
    'callType text shown -',
    'isBarred boolean shown 90',
  ],
  'scheduled-forwards': [
    'orderDetailsX2voipNumber iri shown 130',
    'forwardTo phone shown 130',
    'dateStart datetime shown -',
    'dateEnd datetime shown -',
    'createdAt datetime shown -',
    'number phone hidden 130',
  ],
  'tracking-devices': [
    'unitCode text shown 110',
    'imei text shown 150',
    'model text shown -',
    'status status shown -',
    'lastSeen datetime shown -',
    'simcard iri shown - → sim-cards',
    'customer iri shown -',
    'order iri hidden -',
  ],
  'tracking-devices/outage-report': [
    'unitCode text shown 110',
    'since datetime shown -',
    'durationSeconds duration shown 100',
    'trackingDevice iri shown - → tracking-devices',
    'customer iri shown -',
  ],
  outports: [
    'status status shown -',
    'numbers phone shown 200',
    'requestedDate date shown -',
    'receivingProvider text shown -',
    'customer iri shown -',
    'createdAt datetime shown -',
    'handledAt datetime hidden -',
    'denyReason text hidden -',
    'order iri hidden -',
  ],
};

/** The chip colour of each status value the registry knows (other values are grey). */
const STATUS_TONES: Record<string, Record<string, string>> = {
  'number-blocks': { available: 'green', 'in-use': 'blue', 'cool-off': 'amber' },
  'sim-cards': { active: 'green', inactive: 'grey', suspended: 'amber', terminated: 'red' },
  'tracking-devices': { online: 'green', offline: 'red', inactive: 'grey' },
  outports: { pending: 'amber', accepted: 'green', denied: 'red' },
};

/** Columns computed from each row's own fields, after the registry's columns. */
const DERIVED_COLUMNS: Record<string, string[]> = {
  'number-blocks': ['coolOffDaysLeft: days until coolOffUntil, while status is cool-off'],
  'scheduled-forwards': [
    'windowState: the window dateStart–dateEnd',
    'startsIn: days until dateStart, while the window is upcoming',
    'endsIn: days until dateEnd, while the window is active',
  ],
  outports: ['daysLeft: days until requestedDate, while status is pending, sorted by it first'],
};

/** The fields quick search also finds when typed as 0…, 31…, +31… or 0031…. */
const PHONE_FIELDS: Record<string, string[]> = {
  'phone-numbers': ['number'],
  'number-blocks': ['start', 'end'],
  'sim-cards': ['msisdn'],
  'x2voip-routes': ['destination'],
  'scheduled-forwards': ['forwardTo', 'number'],
  'tracking-devices': [],
  outports: ['numbers'],
};

function describeDerived(column: DerivedColumn): string {
  if (column.kind === 'window-state') return `${column.id}: the window ${column.field}–${column.endField ?? '?'}`;
  const when = column.when;
  const condition =
    when?.kind === 'equals'
      ? `, while ${when.field} is ${when.values.join('/')}`
      : when?.kind === 'window'
        ? `, while the window is ${when.states.join('/')}`
        : '';
  return `${column.id}: days until ${column.field}${condition}${column.initialSort ? ', sorted by it first' : ''}`;
}

function describeColumn(column: ColumnDescriptor): string {
  const parts = [column.field, column.type, column.visible ? 'shown' : 'hidden', String(column.width ?? '-')];
  return [...parts, ...(column.linksTo ? [`→ ${column.linksTo}`] : [])].join(' ');
}

function grids(): [string, ColumnDescriptor[]][] {
  return listResourceDescriptors().flatMap((descriptor) => [
    [descriptor.id, descriptor.columns] as [string, ColumnDescriptor[]],
    ...descriptor.tabs.map((tab): [string, ColumnDescriptor[]] => [`${descriptor.id}/${tab.id}`, tab.columns]),
  ]);
}

describe('default grid layout', () => {
  it('opens every grid and tab with its columns in this order, shown or hidden, at these widths', () => {
    const layout = Object.fromEntries(grids().map(([name, columns]) => [name, columns.map(describeColumn)]));
    expect(layout).toEqual(DEFAULT_LAYOUT);
  });

  it('colours the status values it knows', () => {
    const tones = Object.fromEntries(
      listResourceDescriptors().flatMap((descriptor) =>
        descriptor.columns.filter((column) => column.tones).map((column) => [descriptor.id, column.tones]),
      ),
    );
    expect(tones).toEqual(STATUS_TONES);
  });

  it('computes these columns from each row', () => {
    const derived = Object.fromEntries(
      listResourceDescriptors()
        .filter((descriptor) => descriptor.derived)
        .map((descriptor) => [descriptor.id, (descriptor.derived ?? []).map(describeDerived)]),
    );
    expect(derived).toEqual(DERIVED_COLUMNS);
  });

  it('searches these fields as phone numbers', () => {
    const phoneFields = Object.fromEntries(listResourceDescriptors().map((d) => [d.id, d.phoneFields]));
    expect(phoneFields).toEqual(PHONE_FIELDS);
  });

  it('asks before every action except the edit of one cell, where the edit itself is the confirmation', () => {
    for (const descriptor of listResourceDescriptors()) {
      for (const action of descriptor.actions) {
        expect(action.confirm, `${descriptor.id}/${action.id}`).toBe(action.id !== 'edit-cell');
      }
    }
  });
});
