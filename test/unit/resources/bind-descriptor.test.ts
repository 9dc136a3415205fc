import { describe, expect, it } from 'vitest';
import {
  numberBlockModel,
  orderDetailsX2voipNumberModel,
  phoneNumberModel,
  scheduledForwardModel,
  trackingDeviceModel,
  x2voipRouteModel,
} from '../../../src-main/api-model/index.ts';
import { bindDescriptor } from '../../../src-main/resources/bind-descriptor.ts';
import { bindPreset, getResource } from '../../../src-main/resources/index.ts';
import { field, ourFieldsDocumented, platformDocumenting } from '../../support/platform-fields.ts';

const bound = (id: string, documents: Parameters<typeof platformDocumenting>[0]) =>
  bindDescriptor(getResource(id)!, platformDocumenting(documents));

describe('platform fields no registry column shows', () => {
  /** Our phone-number fields under our names, plus fields of the platform's own (bound inside each test). */
  const descriptor = () =>
    bound('phone-numbers', {
      [phoneNumberModel.path]: [
        ...ourFieldsDocumented(phoneNumberModel),
        field('portingCount', { type: 'integer' }),
        field('monthlyFee', { type: 'number' }),
        field('listed', { type: 'boolean' }),
        field('owner', { type: 'iri', format: 'iri-reference', relation: '/customers' }),
        field('portedAt', { format: 'date-time' }),
        field('contractEnd', { format: 'date' }),
        field('usage', { enum: ['VOICE', 'DATA'] }),
        field('tags', { type: 'array', itemType: 'string' }),
        field('history', { type: 'array' }),
        field('remark'),
        field('pin', { readable: false, writable: true }),
      ],
    });
  const column = (name: string) => descriptor().columns.find((candidate) => candidate.field === name);

  it('get the grid type their values are shown with', () => {
    expect(column('portingCount')?.type).toBe('number');
    expect(column('monthlyFee')?.type).toBe('number');
    expect(column('listed')?.type).toBe('boolean');
    expect(column('owner')?.type).toBe('iri');
    expect(column('portedAt')?.type).toBe('datetime');
    expect(column('contractEnd')?.type).toBe('date');
    expect(column('usage')?.type).toBe('status');
    expect(column('remark')?.type).toBe('text');
  });

  it('tell the operator the platform’s type, with its format and the type of a list’s items', () => {
    expect(column('portingCount')?.platformType).toBe('integer');
    expect(column('portedAt')?.platformType).toBe('string (date-time)');
    expect(column('contractEnd')?.platformType).toBe('string (date)');
    expect(column('owner')?.platformType).toBe('iri (iri-reference)');
    expect(column('tags')?.platformType).toBe('array of string');
    expect(column('history')?.platformType).toBe('array');
    expect(column('remark')?.platformType).toBe('string');
  });

  it('leave out a field the platform accepts but never sends (nothing to show)', () => {
    expect(column('pin')).toBeUndefined();
    expect(descriptor().columns.filter((candidate) => candidate.field === 'costCenter')).toHaveLength(1);
  });

  it('a registry column the platform names as we do carries no second (logical) name', () => {
    expect(column('costCenter')).toMatchObject({ binding: 'exact' });
    expect(column('costCenter')).not.toHaveProperty('logical');
  });
});

describe('values the platform spells its own way', () => {
  it('are named for translation only in a status column, not in a text column that lists them', () => {
    const descriptor = bound('x2voip-routes', {
      [x2voipRouteModel.path]: ourFieldsDocumented(x2voipRouteModel).map((candidate) =>
        candidate.name === 'routeType'
          ? { ...candidate, enum: ['RING_GROUP', 'IVR', 'VOICEMAIL', 'EXTENSION', 'FORWARD'] }
          : candidate,
      ),
    });
    const routeType = descriptor.columns.find((candidate) => candidate.field === 'routeType');
    expect(routeType).toMatchObject({ type: 'text', fewValues: true });
    expect(routeType).not.toHaveProperty('statusNames');
  });
});

/** A forwarding platform in another dialect: its window is startsAt/endsAt, its numbers' number is e164. */
const FORWARD_DIALECT = {
  [scheduledForwardModel.path]: [
    field('orderDetailsX2voipNumber', { type: 'iri', relation: orderDetailsX2voipNumberModel.path }),
    field('forwardNumber'),
    field('startsAt', { format: 'date-time' }),
    field('endsAt', { format: 'date-time' }),
  ],
  [orderDetailsX2voipNumberModel.path]: [field('e164'), field('orderDetailsX2voip', { type: 'iri' })],
};

describe('derived columns and lookups under the platform’s names', () => {
  const descriptor = () => bound('scheduled-forwards', FORWARD_DIALECT);

  it('a forward’s window state and days left read the platform’s start and end fields', () => {
    expect(descriptor().derived).toEqual([
      expect.objectContaining({ id: 'windowState', field: 'startsAt', endField: 'endsAt' }),
      expect.objectContaining({
        id: 'startsIn',
        field: 'startsAt',
        when: { kind: 'window', startField: 'startsAt', endField: 'endsAt', states: ['upcoming'] },
      }),
      expect.objectContaining({
        id: 'endsIn',
        field: 'endsAt',
        when: { kind: 'window', startField: 'startsAt', endField: 'endsAt', states: ['active'] },
      }),
    ]);
  });

  it('a looked-up number is read from the field the looked-up collection names it by', () => {
    expect(descriptor().lookups).toEqual([
      { field: 'orderDetailsX2voipNumber', path: orderDetailsX2voipNumberModel.path, display: 'e164' },
    ]);
  });

  it('a lookup into a collection api-model does not describe keeps its display field', () => {
    const throwing = platformDocumenting({});
    const withUnknown = bindDescriptor(
      {
        ...getResource('phone-numbers')!,
        descriptor: {
          ...getResource('phone-numbers')!.descriptor,
          lookups: [{ field: 'customer', path: '/resellers', display: 'name' }],
        },
      },
      throwing,
    );
    expect(withUnknown.lookups).toEqual([{ field: 'customer', path: '/resellers', display: 'name' }]);
  });

  it('a tab’s lookups follow the looked-up collection’s names too', () => {
    const devices = bound('tracking-devices', {
      [trackingDeviceModel.path]: [...ourFieldsDocumented(trackingDeviceModel), field('unit')].filter(
        (candidate) => candidate.name !== 'unitCode',
      ),
    });
    const outages = devices.tabs.find((tab) => tab.id === 'outage-report')!;
    expect(outages.lookups).toContainEqual({
      field: 'trackingDevice',
      path: trackingDeviceModel.path,
      display: 'unit',
    });
    expect(devices.columns.find((candidate) => candidate.field === 'unit')).toMatchObject({ logical: 'unitCode' });
  });
});

describe('bindPreset: an overview link under the platform’s names and values', () => {
  const blocks = platformDocumenting({
    [numberBlockModel.path]: [
      field('firstNumber'),
      field('lastNumber'),
      field('state', { enum: ['FREE', 'IN_USE', 'COOLING_OFF'] }),
      field('coolOffEnd', { format: 'date-time' }),
    ],
  })(numberBlockModel.path);
  const forwards = platformDocumenting(FORWARD_DIALECT)(scheduledForwardModel.path);

  it('a deadline counted only for blocks in cool-off reads the platform’s status field and spelling', () => {
    expect(
      bindPreset(
        {
          kind: 'deadline',
          field: 'coolOffUntil',
          buckets: ['today'],
          when: { field: 'status', values: ['cool-off'] },
        },
        blocks,
      ),
    ).toEqual({
      kind: 'deadline',
      field: 'coolOffEnd',
      buckets: ['today'],
      when: { field: 'state', values: ['COOLING_OFF'] },
    });
  });

  it('a window reads both of the platform’s window fields', () => {
    expect(
      bindPreset({ kind: 'window', startField: 'dateStart', endField: 'dateEnd', states: ['active'] }, forwards),
    ).toEqual({ kind: 'window', startField: 'startsAt', endField: 'endsAt', states: ['active'] });
  });
});
