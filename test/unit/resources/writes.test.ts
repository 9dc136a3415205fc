import { describe, expect, it } from 'vitest';
import { dutch, english } from '../../support/ui-text.ts';
import {
  outportModel,
  phoneNumberModel,
  scheduledForwardModel,
  type ResourceModel,
} from '../../../src-main/api-model/index.ts';
import { BULK_EDIT } from '../../../src-main/resources/actions.ts';
import { EDIT_MESSAGES } from '../../../src-main/resources/edit-messages.ts';
import {
  DUTCH_NUMBER_INPUT_PATTERN,
  getResource,
  listBoundDescriptors,
  registryLabel,
} from '../../../src-main/resources/index.ts';
import type { ResourceDefinition } from '../../../src-main/resources/types.ts';
import { checkWrite, createEditValidator } from '../../../src-main/resources/validate-edit.ts';
import { schemaWritables, writableFields } from '../../../src-main/resources/writable.ts';
import { WRITE_MESSAGES } from '../../../src-main/resources/write-messages.ts';
import { describeWrites, labelsIn } from '../../../src-main/resources/writes.ts';
import { documented, field, ourFieldsDocumented, platformDocumenting } from '../../support/platform-fields.ts';

const forwards = getResource('scheduled-forwards')!;
const phoneNumbers = getResource('phone-numbers')!;

/** A registry entry whose grid does not show these fields as columns (their labels must come from elsewhere). */
const withoutColumns = (resource: ResourceDefinition, ...names: string[]): ResourceDefinition => ({
  ...resource,
  descriptor: {
    ...resource.descriptor,
    columns: resource.descriptor.columns.filter((column) => !names.includes(column.field)),
  },
});

describe('labelsIn: what the registry calls a field on any of its resources', () => {
  it('finds a column’s label on whichever resource shows it', () => {
    const trackingImei = getResource('tracking-devices')!.descriptor.columns.find((c) => c.field === 'imei')!;
    expect(registryLabel('imei')).toEqual(trackingImei.label);
    expect(english(registryLabel('imei')!)).toBe('IMEI');
    expect(registryLabel('nothingCalledThis')).toBeUndefined();
  });

  it('finds a writable field’s label where the grid shows no column of it', () => {
    const labels = labelsIn([getResource('sim-cards')!, withoutColumns(forwards, 'forwardTo')]);
    const spec = forwards.descriptor.writable.find((w) => w.field === 'forwardTo')!;
    expect(labels('forwardTo')).toEqual(spec.label);
  });
});

describe('describeWrites: the edit actions a resource offers', () => {
  const ids = (actions: readonly { id: string }[]) => actions.map((action) => action.id);

  it('offers the bulk edit and the cell edit once each, after the resource’s own actions', () => {
    const descriptors = listBoundDescriptors(platformDocumenting({}));
    const byId = (id: string) => descriptors.find((descriptor) => descriptor.id === id)!;
    expect(ids(byId('phone-numbers').actions)).toEqual([
      'set-cost-center',
      'set-description',
      'clear-cost-center',
      'clear-description',
      'replace-in-description',
      'import-csv',
      'bulk-edit',
      'edit-cell',
    ]);
    expect(ids(byId('scheduled-forwards').actions)).toEqual([
      'create-forward',
      'delete-forward',
      'bulk-edit',
      'edit-cell',
    ]);
    expect(ids(byId('sim-cards').actions)).toEqual([]);
  });

  it('offers no edit where the platform lets nothing be written, though the registry lists the cell edit', () => {
    const binding = documented(
      scheduledForwardModel,
      ourFieldsDocumented(scheduledForwardModel).map((f) => ({ ...f, writable: false })),
    );
    expect(ids(describeWrites(forwards, binding, registryLabel).actions)).toEqual(['create-forward', 'delete-forward']);
  });

  it('offers the bulk edit once to a registry entry that lists it itself, and not at all without writable fields', () => {
    const listing: ResourceDefinition = {
      ...forwards,
      descriptor: { ...forwards.descriptor, actions: [...forwards.descriptor.actions, BULK_EDIT] },
    };
    const writableBinding = platformDocumenting({})(scheduledForwardModel.path);
    expect(ids(describeWrites(listing, writableBinding, registryLabel).actions)).toEqual([
      'create-forward',
      'delete-forward',
      'bulk-edit',
      'edit-cell',
    ]);
    const readOnly = documented(
      scheduledForwardModel,
      ourFieldsDocumented(scheduledForwardModel).map((f) => ({ ...f, writable: false })),
    );
    expect(ids(describeWrites(listing, readOnly, registryLabel).actions)).toEqual(['create-forward', 'delete-forward']);
  });

  it('asks for the creatable fields only in the form of the action that creates a forward', () => {
    const { actions } = describeWrites(forwards, platformDocumenting({})(scheduledForwardModel.path), registryLabel);
    const create = actions.find((action) => action.id === 'create-forward')!;
    expect(create.fields?.map((f) => f.field)).toEqual([
      'orderDetailsX2voipNumber',
      'forwardTo',
      'dateStart',
      'dateEnd',
    ]);
    expect(actions.find((action) => action.id === 'delete-forward')).not.toHaveProperty('fields');
    expect(actions.find((action) => action.id === 'edit-cell')).not.toHaveProperty('fields');
    // accepting an outport is a POST too, but it creates nothing: no form of fields
    const outports = describeWrites(
      getResource('outports')!,
      platformDocumenting({})(outportModel.path),
      registryLabel,
    );
    expect(outports.actions.find((action) => action.id === 'accept-outport')).toBeDefined();
    expect(outports.actions.every((action) => !('fields' in action))).toBe(true);
  });
});

/** A forwarding platform in its own dialect, with fields of every kind the edit form knows. */
const FORWARD_PLATFORM = [
  field('orderDetailsX2voipNumber', { type: 'iri', creatable: true, required: true, nullable: false }),
  field('forwardNumber', { writable: true, creatable: true, required: true, nullable: false }),
  // a window start the platform never leaves empty, but fills in itself when a forward is created without one
  field('startsAt', { format: 'date-time', writable: true, creatable: true, nullable: false, required: false }),
  field('endsAt', { format: 'date-time', writable: true, creatable: true }),
  // a label that may be cleared later, but must be given when creating
  field('label', { writable: true, creatable: true, required: true, nullable: true, maxLength: 30 }),
  field('weight', { type: 'number', writable: true }),
  field('attempts', { type: 'integer', writable: true }),
  field('tier', { type: 'integer', enum: [1, 2, 3], writable: true }),
  field('ratio', { type: 'number', enum: [0.5, 1.5], writable: true }),
  field('mode', { enum: ['ring', 'RING', 'busy'], writable: true, nullable: false }),
  field('recorded', { type: 'boolean', writable: true }),
  field('validFrom', { format: 'date', writable: true }),
  field('reference', { writable: true }),
  field('schedule', { type: 'iri', writable: true }),
  field('order', { relation: '/orders', writable: true }),
];
const forwardBinding = documented(scheduledForwardModel, FORWARD_PLATFORM);
const writables = (mode: 'update' | 'create' = 'update', resource = forwards) =>
  schemaWritables(resource, forwardBinding, undefined, mode);
const target = (platform: string, mode: 'update' | 'create' = 'update') =>
  writables(mode).find((w) => w.platform === platform)!;

describe('schemaWritables: the fields offered for editing, as the platform declares them', () => {
  it('never offers the identity of an item for editing, even where the platform marks it writable', () => {
    const identity = ['@id', '@type', '@context', 'id'].map((name) => field(name, { writable: true, creatable: true }));
    const binding = documented(scheduledForwardModel, [...FORWARD_PLATFORM, ...identity]);
    for (const mode of ['update', 'create'] as const) {
      const offered = schemaWritables(forwards, binding, undefined, mode).map((w) => w.platform);
      expect(offered, mode).toContain('forwardNumber');
      expect(
        offered.filter((name) => ['@id', '@type', '@context', 'id'].includes(name)),
        mode,
      ).toEqual([]);
    }
  });

  it('names a registry field by both the platform’s name and ours, a platform-only field by its own', () => {
    expect(target('forwardNumber').descriptor).toMatchObject({ field: 'forwardNumber', logical: 'forwardTo' });
    expect(target('label').descriptor).not.toHaveProperty('logical');
  });

  it('an edit must fill a field the platform never leaves empty; a new forward must fill what the platform requires', () => {
    expect(target('startsAt').descriptor.required).toBe(true);
    expect(target('label').descriptor.required).toBe(false);
    expect(target('startsAt', 'create').descriptor.required).toBe(false);
    expect(target('label', 'create').descriptor.required).toBe(true);
  });

  it('edits numbers as numbers and references as references, however the platform marks them', () => {
    expect(target('weight').descriptor.kind).toBe('number');
    expect(target('attempts').descriptor.kind).toBe('number');
    expect(target('schedule').descriptor.kind).toBe('iri');
    expect(target('order').descriptor.kind).toBe('iri');
    expect(target('reference').descriptor.kind).toBe('text');
  });

  it('takes the label of a writable field the grid does not show from the registry’s writable list', () => {
    const bound = schemaWritables(withoutColumns(forwards, 'forwardTo'), forwardBinding);
    const spec = forwards.descriptor.writable.find((w) => w.field === 'forwardTo')!;
    expect(bound.find((w) => w.logical === 'forwardTo')!.descriptor.label).toEqual(spec.label);
  });

  it('takes the label of a column the platform makes writable from the column', () => {
    const binding = documented(phoneNumberModel, [
      ...ourFieldsDocumented(phoneNumberModel).filter((f) => f.name !== 'orderLabel'),
      field('orderLabel', { writable: true }),
    ]);
    const column = phoneNumbers.descriptor.columns.find((c) => c.field === 'orderLabel')!;
    const bound = schemaWritables(phoneNumbers, binding).find((w) => w.platform === 'orderLabel')!;
    expect(bound.descriptor.label).toEqual(column.label);
    expect(english(bound.descriptor.label)).not.toBe('orderLabel');
  });

  it('treats a field the registry’s writable list marks as a phone number as one, listed as a phone field or not', () => {
    const unlisted: ResourceDefinition = { ...forwards, descriptor: { ...forwards.descriptor, phoneFields: [] } };
    expect(writables('update', unlisted).find((w) => w.platform === 'forwardNumber')).toMatchObject({
      phone: true,
      descriptor: { kind: 'phone' },
    });
  });

  it('edits a forward target the platform stores as an integer as a number, not as a Dutch phone number', () => {
    const binding = documented(scheduledForwardModel, [field('forwardTo', { type: 'integer', writable: true })]);
    const bound = schemaWritables(forwards, binding).find((w) => w.platform === 'forwardTo')!;
    expect(bound).toMatchObject({ logical: 'forwardTo', phone: false, descriptor: { kind: 'number' } });
  });
});

describe('checkWrite: a typed value in the form the platform takes, or refused before anything is sent', () => {
  const check = (platform: string, value: unknown) => checkWrite(target(platform), value);
  const refused = (message: unknown) => ({ ok: false, message });

  it('refuses what is not a Dutch phone number for a phone field', () => {
    expect(check('forwardNumber', 'call me')).toEqual(refused(EDIT_MESSAGES.phone));
    expect(check('forwardNumber', '+31 6 1234 5678')).toEqual({ ok: true, value: '0612345678' });
  });

  it('sends a listed number as a number, in the platform’s spelling of a listed word', () => {
    expect(check('tier', '2')).toEqual({ ok: true, value: 2 });
    expect(check('ratio', '1.5')).toEqual({ ok: true, value: 1.5 });
    expect(check('mode', 'BUSY')).toEqual({ ok: true, value: 'busy' });
    // where the platform lists two casings, the one typed is the one sent
    expect(check('mode', 'RING')).toEqual({ ok: true, value: 'RING' });
    expect(check('mode', 'ring')).toEqual({ ok: true, value: 'ring' });
    expect(check('tier', '4')).toEqual(refused(WRITE_MESSAGES.notInList(['1', '2', '3'])));
  });

  it('reads yes and no in English and Dutch, and refuses anything else for a boolean', () => {
    for (const yes of ['true', 'yes', 'ja', '1', 'on', 'Yes', 'JA']) {
      expect(check('recorded', yes), yes).toEqual({ ok: true, value: true });
    }
    for (const no of ['false', 'no', 'nee', '0', 'off', 'FALSE']) {
      expect(check('recorded', no), no).toEqual({ ok: true, value: false });
    }
    expect(check('recorded', 'ja')).toEqual({ ok: true, value: true });
    expect(check('recorded', 'no')).toEqual({ ok: true, value: false });
    expect(check('recorded', 'Nee')).toEqual({ ok: true, value: false });
    expect(check('recorded', 'off')).toEqual({ ok: true, value: false });
    expect(check('recorded', 'maybe')).toEqual(refused(WRITE_MESSAGES.notBoolean));
    expect(check('recorded', true)).toEqual({ ok: true, value: true });
  });

  it('reads a decimal comma, refuses text for a number and a fraction for an integer', () => {
    expect(check('weight', '2,5')).toEqual({ ok: true, value: 2.5 });
    expect(check('weight', 'heavy')).toEqual(refused(WRITE_MESSAGES.notNumber));
    expect(check('attempts', '3')).toEqual({ ok: true, value: 3 });
    expect(check('attempts', 7)).toEqual({ ok: true, value: 7 });
    expect(check('attempts', '3.5')).toEqual(refused(WRITE_MESSAGES.notInteger));
  });

  it('refuses a date-time that is none', () => {
    expect(check('endsAt', 'next week')).toEqual(refused(EDIT_MESSAGES.datetime));
    expect(check('endsAt', '2026-07-01T09:00:00+02:00')).toEqual({ ok: true, value: '2026-07-01T07:00:00.000Z' });
  });

  it('takes a reference only as a path on the platform', () => {
    expect(check('schedule', '/schedules/4')).toEqual({ ok: true, value: '/schedules/4' });
    expect(check('schedule', 'schedules/4')).toEqual(refused(EDIT_MESSAGES.iri));
  });

  it('takes a date field only as a whole year-month-day date', () => {
    expect(check('validFrom', '2026-07-01')).toEqual({ ok: true, value: '2026-07-01' });
    for (const wrong of ['2026-7-1', 'on 2026-07-01', '2026-07-01 please', '26-07-01', '2026-07-0x'])
      expect(check('validFrom', wrong)).toEqual(refused(WRITE_MESSAGES.date));
    // a text field without the date format takes the same text as it is
    expect(check('reference', '2026-7-1')).toEqual({ ok: true, value: '2026-7-1' });
  });

  it('refuses text longer than the platform allows, and takes text of exactly that length', () => {
    expect(check('label', 'x'.repeat(30))).toEqual({ ok: true, value: 'x'.repeat(30) });
    expect(check('label', 'x'.repeat(31))).toEqual(refused(EDIT_MESSAGES.tooLong(30, 31)));
  });

  it('clears a field the platform lets be empty and refuses to clear one it does not', () => {
    expect(check('endsAt', null)).toEqual({ ok: true, value: null });
    expect(check('reference', '   ')).toEqual({ ok: true, value: null });
    expect(check('mode', null)).toEqual(refused(EDIT_MESSAGES.required));
  });

  it('refuses a missing value and a value that is no text, number or yes/no', () => {
    expect(check('reference', undefined)).toEqual(refused(EDIT_MESSAGES.missing));
    expect(check('reference', { text: 'x' })).toEqual(refused(EDIT_MESSAGES.notText));
    expect(check('reference', ['x'])).toEqual(refused(EDIT_MESSAGES.notText));
  });
});

describe('writableFields: the registry’s writable specs against api-model', () => {
  it('refuses, at load, specs that name a field api-model does not let us write or leave one out', () => {
    expect(() =>
      writableFields(phoneNumberModel, {
        costCenter: { label: registryLabel('costCenter')! },
        pin: { label: registryLabel('costCenter')! },
      }),
    ).toThrow('/phonenumbers: writable specs differ from api-model (extra pin, missing description)');
    const label = registryLabel('costCenter')!;
    expect(() =>
      writableFields(phoneNumberModel, { costCenter: { label }, description: { label }, pin: { label } }),
    ).toThrow('(extra pin, missing )');
    expect(() => writableFields(phoneNumberModel, { costCenter: { label } })).toThrow('(extra , missing description)');
    expect(writableFields(phoneNumberModel, { costCenter: { label }, description: { label } })).toHaveLength(2);
  });

  it('offers a field the registry marks as a phone number as one, checked on its Dutch form', () => {
    const label = registryLabel('forwardTo')!;
    const fields = writableFields(scheduledForwardModel, {
      forwardTo: { label, phone: true },
      dateStart: { label },
      dateEnd: { label },
    });
    expect(fields.find((f) => f.field === 'forwardTo')).toMatchObject({
      kind: 'phone',
      pattern: DUTCH_NUMBER_INPUT_PATTERN,
      patternMessage: EDIT_MESSAGES.phone,
    });
    expect(fields.find((f) => f.field === 'dateStart')).toMatchObject({ kind: 'datetime' });
  });
});

/** A resource api-model could describe with a pattern rule and a reference: none of the registry's has one yet. */
const widgetModel: ResourceModel = {
  path: '/widgets',
  type: 'Widget',
  defaultItemsPerPage: 50,
  maxItemsPerPage: 500,
  fields: [],
  filters: [],
  writable: {
    code: { kind: 'string', nullable: false, maxLength: 8, pattern: /^[A-Z]+$/ },
    owner: { kind: 'iri', nullable: true, iriOf: '/customers' },
  },
  methods: ['GET', 'PATCH'],
  note: '',
};

describe('createEditValidator: rules api-model states', () => {
  // built inside each test, so that the test runs the code it checks
  const label = registryLabel('description')!;
  const writable = () => writableFields(widgetModel, { code: { label }, owner: { label } });
  const validate = (field: string, value: unknown) => createEditValidator(widgetModel, writable())(field, value);

  it('offers a patterned text field with its pattern and the general pattern message', () => {
    expect(writable().find((w) => w.field === 'code')).toMatchObject({
      kind: 'text',
      maxLength: 8,
      pattern: '^[A-Z]+$',
      patternMessage: EDIT_MESSAGES.patternDefault,
    });
  });

  it('refuses text that breaks the pattern with the general message, in both languages', () => {
    expect(validate('code', 'ABC')).toEqual({ ok: true, value: 'ABC' });
    const result = validate('code', 'abc');
    expect(result).toEqual({ ok: false, message: EDIT_MESSAGES.patternDefault });
    if (!result.ok) expect(dutch(result.message)).not.toBe(english(result.message));
  });

  it('takes a reference only as a path on the platform', () => {
    expect(validate('owner', ' /customers/7 ')).toEqual({ ok: true, value: '/customers/7' });
    expect(validate('owner', 'customers/7')).toEqual({ ok: false, message: EDIT_MESSAGES.iri });
  });
});
