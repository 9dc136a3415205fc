import { dutch, english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import { getResource, listResourceDescriptors, RESOURCE_IDS } from '../../../src-main/resources/index.ts';
import { message } from '../../../src-preload/contract/messages.ts';

const actionIds = (id: string) => getResource(id)!.descriptor.actions.map((a) => a.id);
const action = (id: string, actionId: string) => getResource(id)!.descriptor.actions.find((a) => a.id === actionId)!;

describe('writable fields', () => {
  it.each(RESOURCE_IDS.map((id) => [id]))('%s lists exactly the fields api-model accepts in a PATCH', (id) => {
    const { descriptor, model } = getResource(id)!;
    expect(descriptor.writable.map((w) => w.field).sort()).toEqual(Object.keys(model.writable).sort());
    for (const w of descriptor.writable) {
      const rule = model.writable[w.field]!;
      expect(w.nullable, w.field).toBe(rule.nullable);
      if (w.kind === 'text') {
        expect(rule.kind).toBe('string');
        expect(w.maxLength).toBe(rule.kind === 'string' ? rule.maxLength : undefined);
      }
      if (w.kind === 'datetime' || w.kind === 'iri') expect(rule.kind).toBe(w.kind);
      if (w.kind === 'phone') {
        expect(rule.kind).toBe('string');
        expect(w.pattern).toBeDefined();
        expect(dutch(w.patternMessage)).toMatch(/telefoonnummer/);
      }
      expect(
        descriptor.columns.map((c) => c.field),
        `${w.field} has no column`,
      ).toContain(w.field);
    }
  });

  it('phone numbers: cost center (Kostenplaats, 50) and description (Omschrijving, 255), both clearable', () => {
    const writable = getResource('phone-numbers')!.descriptor.writable;
    expect(writable.map((w) => dutch(w.label))).toEqual(['Kostenplaats', 'Omschrijving']);
    expect(writable).toEqual([
      {
        field: 'costCenter',
        label: message('columns.costCenter'),
        kind: 'text',
        nullable: true,
        maxLength: 50,
      },
      {
        field: 'description',
        label: message('columns.description'),
        kind: 'text',
        nullable: true,
        maxLength: 255,
      },
    ]);
  });

  it('scheduled forwards: forward-to is a required phone number, start and end optional datetimes', () => {
    const writable = getResource('scheduled-forwards')!.descriptor.writable;
    expect(writable.map((w) => [w.field, w.kind, w.nullable])).toEqual([
      ['forwardTo', 'phone', false],
      ['dateStart', 'datetime', true],
      ['dateEnd', 'datetime', true],
    ]);
  });

  it('resources api-model keeps read-only have no writable fields', () => {
    for (const id of ['number-blocks', 'sim-cards', 'x2voip-routes', 'tracking-devices', 'outports']) {
      expect(getResource(id)!.descriptor.writable, id).toEqual([]);
    }
  });
});

describe('actions', () => {
  it('each resource offers exactly the actions the bulk engine implements', () => {
    expect(Object.fromEntries(RESOURCE_IDS.map((id) => [id, actionIds(id)]))).toEqual({
      'phone-numbers': [
        'set-cost-center',
        'set-description',
        'clear-cost-center',
        'clear-description',
        'replace-in-description',
        'import-csv',
        'edit-cell',
      ],
      'number-blocks': ['end-cool-off', 'split'],
      'sim-cards': [],
      'x2voip-routes': [],
      'scheduled-forwards': ['create-forward', 'delete-forward', 'edit-cell'],
      'tracking-devices': [],
      outports: ['accept-outport'],
    });
  });

  it('edit-cell exists exactly where there are writable fields, as a PATCH of one row', () => {
    for (const d of listResourceDescriptors()) {
      const edit = d.actions.find((a) => a.id === 'edit-cell');
      expect(Boolean(edit), d.id).toBe(d.writable.length > 0);
      if (edit) expect(edit).toMatchObject({ scope: 'single', method: 'PATCH' });
    }
  });

  it('bulk-edit is never offered without writable fields, and the read-only resources offer no action', () => {
    for (const d of listResourceDescriptors()) {
      if (d.actions.some((a) => a.id === 'bulk-edit')) expect(d.writable.length).toBeGreaterThan(0);
    }
    for (const id of ['sim-cards', 'tracking-devices', 'x2voip-routes']) {
      expect(getResource(id)!.descriptor.actions, id).toEqual([]);
    }
  });

  it('phone-number actions are PATCHes of the selection; the import says it matches by number', () => {
    for (const id of actionIds('phone-numbers').filter((a) => a !== 'edit-cell')) {
      expect(action('phone-numbers', id), id).toMatchObject({ scope: 'selection', method: 'PATCH' });
    }
    expect(english(action('phone-numbers', 'import-csv').note)).toMatch(/matched by number/);
    expect(english(action('phone-numbers', 'import-csv').note)).toContain('number;costCenter[;description]');
  });

  it('number-block actions are GETs with side effects that need confirmation', () => {
    for (const id of ['end-cool-off', 'split']) {
      expect(action('number-blocks', id)).toMatchObject({ method: 'GET', sideEffectOnGet: true, confirm: true });
    }
  });

  it('scheduled forwards: create (POST, on X2VoIP numbers) and delete (DELETE, confirmed)', () => {
    expect(action('scheduled-forwards', 'create-forward')).toMatchObject({ method: 'POST', confirm: true });
    expect(english(action('scheduled-forwards', 'create-forward').note)).toMatch(/X2VoIP numbers/);
    expect(action('scheduled-forwards', 'delete-forward')).toMatchObject({
      method: 'DELETE',
      scope: 'selection',
      confirm: true,
    });
  });

  it('outports: accept only; no deny action, and the accept action says why', () => {
    const outports = getResource('outports')!.descriptor;
    expect(outports.actions).toHaveLength(1);
    expect(action('outports', 'accept-outport')).toMatchObject({ method: 'POST', scope: 'selection', confirm: true });
    expect(
      outports.actions.some((a) => /deny|den(y|ied)|weiger/i.test(`${a.id} ${english(a.label)} ${dutch(a.label)}`)),
    ).toBe(false);
    expect(english(action('outports', 'accept-outport').note)).toMatch(/shows no endpoint/);
  });

  it('only the number-block GETs are marked as having side effects', () => {
    for (const d of listResourceDescriptors()) {
      for (const a of d.actions) expect(a.sideEffectOnGet === true, `${d.id}/${a.id}`).toBe(a.method === 'GET');
    }
  });
});
