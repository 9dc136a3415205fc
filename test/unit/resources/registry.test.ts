import { dutch, english } from '../../support/ui-text.ts';
import { message } from '../../../src-preload/contract/messages.ts';
import { describe, expect, it } from 'vitest';
import { resourceModels, type FieldAssumption, type ResourceModel } from '../../../src-main/api-model/index.ts';
import {
  getResource,
  listResourceDescriptors,
  RESOURCE_IDS,
  resourceAtPath,
  type ResourceId,
} from '../../../src-main/resources/index.ts';
import {
  resourceDescriptorSchema,
  type ColumnDescriptor,
  type ResourceDescriptor,
} from '../../../src-preload/contract/resources.ts';

const descriptors = listResourceDescriptors();
const modelByPath = new Map<string, ResourceModel>(
  resourceModels.flatMap((m) => [
    [m.listPath ?? m.path, m],
    [m.path, m],
  ]),
);
const pathOfResource = new Map(descriptors.map((d) => [d.id, d.path]));

/** Words that are the same in Dutch: identifiers, loanwords and the portal's own term "outport". */
const SAME_IN_DUTCH = new Set([
  'ICCID',
  'IMSI',
  'IMEI',
  'Status',
  'Model',
  'eSIM',
  'Prefix',
  'Trunk',
  'Outports',
  'Outport',
]);

function fieldOf(model: ResourceModel, field: string): FieldAssumption | undefined {
  return model.fields.find((f) => f.name === field);
}

function gridsOf(d: ResourceDescriptor): { name: string; model: ResourceModel; columns: ColumnDescriptor[] }[] {
  const resource = getResource(d.id)!;
  return [
    { name: d.id, model: resource.model, columns: d.columns },
    ...d.tabs.map((tab) => ({ name: `${d.id}/${tab.id}`, model: resource.tabModels[tab.id]!, columns: tab.columns })),
  ];
}

describe('resource registry', () => {
  it('has exactly the seven view ids, in navigation order', () => {
    expect(RESOURCE_IDS).toEqual([
      'phone-numbers',
      'number-blocks',
      'sim-cards',
      'x2voip-routes',
      'scheduled-forwards',
      'tracking-devices',
      'outports',
    ]);
    expect(descriptors.map((d) => d.id)).toEqual(RESOURCE_IDS);
  });

  it.each(descriptors.map((d) => [d.id, d] as const))('%s parses with the contract schema', (_id, d) => {
    expect(resourceDescriptorSchema.parse(d)).toEqual(d);
  });

  it('serves the documented collections', () => {
    expect(Object.fromEntries(descriptors.map((d) => [d.id, d.path]))).toEqual({
      'phone-numbers': '/phonenumbers',
      'number-blocks': '/number-blocks',
      'sim-cards': '/simcards',
      'x2voip-routes': '/x2voip-routes',
      'scheduled-forwards': '/order-details-x2voip-numbers-scheduled-forwards',
      'tracking-devices': '/tracking-devices',
      outports: '/outports',
    });
    const tabs = descriptors.flatMap((d) => d.tabs.map((t) => `${d.id}:${t.path}`));
    expect(tabs).toEqual([
      'x2voip-routes:/x2voip-outbound-routes',
      'x2voip-routes:/x2voip-call-barrings',
      'tracking-devices:/tracking-device-outages/report',
    ]);
  });

  it('finds the entry of a collection by its path (jobs and journals keep paths), and none for another path', () => {
    for (const id of RESOURCE_IDS) expect(resourceAtPath(getResource(id)!.path)?.descriptor.id).toBe(id);
    expect(resourceAtPath('/x2voip-outbound-routes')).toBeUndefined();
    expect(resourceAtPath('/phonenumbers/1')).toBeUndefined();
  });

  it('main-side entries: path, @id key, no excludeOrders (it drops the service label)', () => {
    for (const id of RESOURCE_IDS) {
      const resource = getResource(id)!;
      expect(resource.id).toBe(id);
      expect(resource.path).toBe(resource.descriptor.path);
      expect(resource.path).toBe(resource.model.path);
      expect(resource.itemKey).toBe('@id');
      expect(resource.defaultQuery).not.toHaveProperty('excludeOrders');
      expect(resource.descriptor.requiresWholesaler).toBe(resource.model.requiresWholesaler === true);
    }
    expect(getResource('customers')).toBeUndefined();
    expect(getResource('__proto__')).toBeUndefined();
  });

  it('hands out copies: a caller cannot change the registry', () => {
    const first = listResourceDescriptors()[0]!;
    first.columns.length = 0;
    first.label = message('common.verbatim', { text: 'changed' });
    expect(listResourceDescriptors()[0]!.columns.length).toBeGreaterThan(0);
    expect(english(getResource('phone-numbers')!.descriptor.label)).toBe('Phone numbers');
  });

  describe.each(descriptors.map((d) => [d.id, d] as const))('%s', (id, d) => {
    it('every column is a field api-model knows, with a fitting type', () => {
      for (const grid of gridsOf(d)) {
        expect(grid.model, grid.name).toBeDefined();
        const fields = grid.columns.map((c) => c.field);
        expect(new Set(fields).size, `${grid.name}: duplicate columns`).toBe(fields.length);
        for (const c of grid.columns) {
          const field = fieldOf(grid.model, c.field);
          expect(field, `${grid.name}.${c.field}`).toBeDefined();
          const kind = field!.kind;
          const expected: Record<string, string[]> = {
            iri: ['iri'],
            datetime: ['datetime'],
            date: ['date'],
            boolean: ['boolean'],
            integer: ['number', 'duration'],
            number: ['number'],
            enum: ['status', 'text'],
            string: ['text', 'phone'],
            array: ['phone', 'text'],
          };
          expect(expected[kind], `${grid.name}.${c.field} is ${kind}, shown as ${c.type}`).toContain(c.type);
        }
      }
    });

    it('shows 5 to 9 columns by default in its main grid, and at least two per tab', () => {
      const visible = d.columns.filter((c) => c.visible).length;
      expect(visible).toBeGreaterThanOrEqual(5);
      expect(visible).toBeLessThanOrEqual(9);
      for (const tab of d.tabs) expect(tab.columns.filter((c) => c.visible).length).toBeGreaterThanOrEqual(2);
    });

    it('labels every column, the resource and its tabs in English and Dutch', () => {
      const labels = [
        d.label,
        d.singular,
        ...d.tabs.map((t) => t.label),
        ...gridsOf(d).flatMap((g) => g.columns.map((c) => c.label)),
        ...d.writable.map((w) => w.label),
        ...d.actions.map((a) => a.label),
        ...(d.derived ?? []).map((c) => c.label),
      ];
      for (const label of labels) {
        expect(english(label).trim(), JSON.stringify(label)).not.toBe('');
        expect(dutch(label).trim(), JSON.stringify(label)).not.toBe('');
        if (!SAME_IN_DUTCH.has(english(label)))
          expect(dutch(label), `${english(label)} untranslated`).not.toBe(english(label));
      }
      for (const a of d.actions) if (a.note) expect(dutch(a.note)).not.toBe(english(a.note));
    });

    it('status columns have a tone for every value api-model expects', () => {
      for (const grid of gridsOf(d)) {
        for (const c of grid.columns.filter((col) => col.type === 'status')) {
          const values = fieldOf(grid.model, c.field)?.values ?? [];
          expect(values.length).toBeGreaterThan(0);
          expect(Object.keys(c.tones ?? {}).sort()).toEqual([...values].sort());
        }
      }
    });

    it('iri links point at the resource the IRI belongs to', () => {
      for (const grid of gridsOf(d)) {
        for (const c of grid.columns.filter((col) => col.linksTo !== undefined)) {
          expect(c.type).toBe('iri');
          expect(RESOURCE_IDS).toContain(c.linksTo);
          expect(fieldOf(grid.model, c.field)?.iriOf).toBe(pathOfResource.get(c.linksTo as ResourceId));
        }
        // an iri column into one of our views must link there
        for (const c of grid.columns.filter((col) => col.type === 'iri')) {
          const target = [...pathOfResource].find(([, path]) => path === fieldOf(grid.model, c.field)?.iriOf);
          if (target) expect(c.linksTo, `${grid.name}.${c.field}`).toBe(target[0]);
        }
      }
    });

    it('lookups resolve an iri column against the collection it points into, showing a field that exists there', () => {
      const iriColumns = gridsOf(d).flatMap((g) =>
        g.columns.filter((c) => c.type === 'iri').map((c) => [g, c] as const),
      );
      for (const lookup of d.lookups) {
        const uses = iriColumns.filter(([, c]) => c.field === lookup.field);
        expect(uses.length, `${id}: lookup ${lookup.field} has no iri column`).toBeGreaterThan(0);
        for (const [g] of uses) expect(fieldOf(g.model, lookup.field)?.iriOf).toBe(lookup.path);
        const target = modelByPath.get(lookup.path);
        expect(target, lookup.path).toBeDefined();
        expect(fieldOf(target!, lookup.display), `${lookup.path}.${lookup.display}`).toBeDefined();
      }
    });

    it('every iri column into a collection some lookup names is named in its grid, tabs included', () => {
      const named = new Map(
        RESOURCE_IDS.flatMap((other) => {
          const od = getResource(other)!.descriptor;
          return [...od.lookups, ...od.tabs.flatMap((tab) => tab.lookups ?? [])].map((l) => [l.path, l] as const);
        }),
      );
      const grids = gridsOf(d).map((g, at) => ({
        ...g,
        lookups: at === 0 ? d.lookups : (d.tabs[at - 1]!.lookups ?? []),
      }));
      for (const grid of grids) {
        for (const c of grid.columns.filter((col) => col.type === 'iri')) {
          const into = fieldOf(grid.model, c.field)?.iriOf;
          if (!into || !named.has(into)) continue;
          const lookup = grid.lookups.find((l) => l.field === c.field);
          expect(lookup, `${grid.name}.${c.field} is shown by name`).toBeDefined();
          expect(lookup!.path).toBe(into);
          expect(fieldOf(modelByPath.get(into)!, lookup!.display), `${into}.${lookup!.display}`).toBeDefined();
        }
      }
    });

    it('phone columns are phone fields and phone fields are columns', () => {
      const phoneColumns = d.columns.filter((c) => c.type === 'phone').map((c) => c.field);
      for (const field of phoneColumns) expect(d.phoneFields).toContain(field);
      for (const field of d.phoneFields) expect(d.columns.map((c) => c.field)).toContain(field);
    });
  });

  it('uses the portal and telecom terms', () => {
    const label = (id: ResourceId, field: string) =>
      getResource(id)!.descriptor.columns.find((c) => c.field === field)?.label;
    expect(english(label('phone-numbers', 'costCenter'))).toBe('Cost center');
    expect(dutch(label('phone-numbers', 'costCenter'))).toBe('Kostenplaats');
    expect(english(label('phone-numbers', 'description'))).toBe('Description');
    expect(dutch(label('phone-numbers', 'description'))).toBe('Omschrijving');
    expect(dutch(label('phone-numbers', 'orderLabel'))).toBe('Dienst');
    expect(dutch(label('phone-numbers', 'customer'))).toBe('Klant');
    expect(dutch(label('phone-numbers', 'numberBlock'))).toBe('Nummerblok');
    expect(dutch(label('tracking-devices', 'unitCode'))).toBe('Unitcode');
    expect(dutch(label('tracking-devices', 'simcard'))).toBe('Simkaart');
    expect(dutch(label('scheduled-forwards', 'forwardTo'))).toBe('Doorschakelen naar');
  });

  it('shows the area code by name and each forward by its number', () => {
    expect(getResource('number-blocks')!.descriptor.lookups).toContainEqual({
      field: 'areaCode',
      path: '/areacodes',
      display: 'name',
    });
    expect(getResource('scheduled-forwards')!.descriptor.lookups).toContainEqual({
      field: 'orderDetailsX2voipNumber',
      path: '/order-details-x2voip-numbers',
      display: 'number',
    });
  });
});
