import { dutch, english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import { numberBlockModel, resourceModels, x2voipRouteModel } from '../../../src-main/api-model/index.ts';
import { assumedSchema, bindResource, type ResourceSchema } from '../../../src-main/schema/index.ts';
import { observeFields } from '../../../src-main/schema/observe.ts';
import { boundDescriptor } from '../../../src-main/resources/index.ts';

/** A platform whose number blocks name their first number in a way no alias covers. */
const rows = [
  {
    '@id': '/number-blocks/1',
    rangeBegin: '0201234000',
    end: '0201234099',
    size: 100,
    areaCode: '/areacodes/1',
    status: 'available',
    coolOffUntil: null,
    customer: '/customers/1000',
    order: null,
    numberPool: '/number-pools/1',
  },
];

const bindingOf = (path: string) => {
  const model = resourceModels.find((candidate) => candidate.path === path)!;
  if (path !== numberBlockModel.path) return bindResource(model, assumedSchema(model));
  const schema: ResourceSchema = { ...assumedSchema(model), fields: observeFields(rows), origin: 'observed' };
  return bindResource(model, schema);
};

describe('registry columns bound to the platform', () => {
  it('hide a column the platform has no field for and show its own field instead', () => {
    const descriptor = boundDescriptor('number-blocks', bindingOf)!;
    const start = descriptor.columns.find((column) => column.field === 'start');
    expect(start).toMatchObject({ visible: false, binding: 'unresolved' });
    const own = descriptor.columns.find((column) => column.field === 'rangeBegin');
    expect(own).toMatchObject({
      visible: true,
      binding: 'platform',
      origin: 'observed',
      type: 'text',
      platformType: 'string',
    });
    // a field the registry has no label for is headed by the platform's own name, in both languages
    expect([english(own!.label), dutch(own!.label)]).toEqual(['rangeBegin', 'rangeBegin']);
    expect(descriptor.columns.find((column) => column.field === 'end')).toMatchObject({ binding: 'exact' });
  });

  it('leave every column under our name where nothing is documented or seen', () => {
    const descriptor = boundDescriptor('number-blocks', (path) => {
      const model = resourceModels.find((candidate) => candidate.path === path)!;
      return bindResource(model, assumedSchema(model));
    })!;
    expect(descriptor.columns.every((column) => column.binding === 'assumed')).toBe(true);
    expect(descriptor.columns.map((column) => column.field)).toContain('start');
  });
});

describe('columns whose values the platform lists', () => {
  const routesBoundTo = (fields: ResourceSchema['fields']) =>
    boundDescriptor('x2voip-routes', (path) => {
      const model = resourceModels.find((candidate) => candidate.path === path)!;
      const schema = assumedSchema(model);
      return bindResource(model, path === x2voipRouteModel.path ? { ...schema, fields, origin: 'documented' } : schema);
    })!;
  const documented = assumedSchema(x2voipRouteModel).fields.map((field) => ({
    ...field,
    name: field.name === 'routeType' ? 'kind' : field.name,
    origin: 'documented' as const,
  }));

  it('are marked where the schema documents an enum or a boolean, under the platform name', () => {
    const descriptor = routesBoundTo(documented);
    const column = (field: string) => descriptor.columns.find((candidate) => candidate.field === field);
    expect(column('kind')).toMatchObject({ logical: 'routeType', type: 'text', fewValues: true });
    expect(column('isActive')).toMatchObject({ type: 'boolean', fewValues: true });
    expect(column('name')?.fewValues).toBeUndefined();
    expect(column('destination')?.fewValues).toBeUndefined();
  });

  it('are not marked when the platform shows the field without listing its values', () => {
    const plain = documented.map((field) => (field.name === 'kind' ? { ...field, enum: null } : field));
    const descriptor = routesBoundTo(plain);
    expect(descriptor.columns.find((candidate) => candidate.field === 'kind')?.fewValues).toBeUndefined();
  });
});

describe('status values the platform spells its own way', () => {
  it('are named for the renderer by the console’s status names, so they are translated', async () => {
    const { outportModel } = await import('../../../src-main/api-model/index.ts');
    const descriptor = boundDescriptor('outports', (path) => {
      const model = resourceModels.find((candidate) => candidate.path === path)!;
      const schema = assumedSchema(model);
      if (path !== outportModel.path) return bindResource(model, schema);
      const fields = schema.fields.map((field) =>
        field.name === 'status'
          ? { ...field, enum: ['OPEN', 'APPROVED', 'REJECTED'], origin: 'documented' as const }
          : field,
      );
      return bindResource(model, { ...schema, fields, origin: 'documented' });
    })!;
    const status = descriptor.columns.find((column) => column.field === 'status');
    expect(status).toMatchObject({
      type: 'status',
      statusNames: { OPEN: 'pending', APPROVED: 'accepted', REJECTED: 'denied' },
    });
    // spelled as we spell them: nothing to name
    const assumed = boundDescriptor('outports', (path) => {
      const model = resourceModels.find((candidate) => candidate.path === path)!;
      return bindResource(model, assumedSchema(model));
    })!;
    expect(assumed.columns.find((column) => column.field === 'status')?.statusNames).toBeUndefined();
  });
});
