import { describe, expect, it } from 'vitest';
import { numberBlockModel, phoneNumberModel, simCardModel } from '../../../src-main/api-model/index.ts';
import { assembleSchema } from '../../../src-main/schema/assemble.ts';
import {
  assumedSchema,
  bindResource,
  logicalValue,
  platformName,
  platformValue,
  readLogical,
  type ResourceSchema,
  type SchemaField,
} from '../../../src-main/schema/index.ts';
import { observeFields } from '../../../src-main/schema/observe.ts';
import { readOpenApi } from '../../../src-main/schema/openapi-reader.ts';
import { openApi30, openApi31 } from './fixtures.ts';

const documented = (path: string, fields: Partial<SchemaField>[]): ResourceSchema => ({
  ...assumedSchema(numberBlockModel),
  path,
  origin: 'documented',
  fields: fields.map((field) => ({
    ...assumedSchema(numberBlockModel).fields[0]!,
    type: 'string',
    format: null,
    enum: null,
    writable: false,
    relation: null,
    origin: 'documented',
    name: 'x',
    ...field,
  })),
});

describe('binding logical fields to the platform', () => {
  it('binds every field to our own name as an assumption when nothing is documented or observed', () => {
    const binding = bindResource(phoneNumberModel, assumedSchema(phoneNumberModel));
    expect(binding.fields.costCenter).toMatchObject({ platform: 'costCenter', state: 'assumed' });
    expect(binding.unclaimed).toEqual([]);
  });

  it('binds other casings and wordings through the alias table, and status values through theirs', () => {
    const blocks = readOpenApi(openApi30).resources[0]!;
    const binding = bindResource(numberBlockModel, blocks);
    expect(binding.fields.start).toMatchObject({ platform: 'firstNumber', state: 'alias' });
    expect(binding.fields.end).toMatchObject({ platform: 'lastNumber', state: 'alias' });
    expect(binding.fields.size).toMatchObject({ platform: 'blockSize', state: 'alias' });
    expect(binding.fields.coolOffUntil).toMatchObject({ platform: 'coolOffEnd', state: 'alias' });
    expect(binding.fields.areaCode).toMatchObject({ platform: 'area', state: 'alias' });
    expect(platformName(binding, 'status')).toBe('state');
    expect(binding.fields.status!.values).toEqual({ available: 'FREE', 'in-use': 'IN_USE', 'cool-off': 'COOLING_OFF' });
    expect(binding.fields.numberPool!.state).toBe('unresolved');
    expect(platformName(binding, 'numberPool')).toBe('numberPool');
    expect(binding.unclaimed).toEqual([]);
  });

  it('maps status values by meaning, casing and separators ignored', () => {
    const schema = documented('/number-blocks', [
      { name: 'status', enum: ['FREE', 'IN_USE', 'COOLING_OFF'] },
      { name: 'coolOffEnd', format: 'date-time' },
    ]);
    const binding = bindResource(numberBlockModel, schema);
    expect(binding.fields.status!.values).toEqual({ available: 'FREE', 'in-use': 'IN_USE', 'cool-off': 'COOLING_OFF' });
    expect(platformValue(binding, 'status', 'cool-off')).toBe('COOLING_OFF');
    expect(logicalValue(binding, 'status', 'IN_USE')).toBe('in-use');
    expect(logicalValue(binding, 'status', 'SOMETHING_NEW')).toBeNull();
    expect(readLogical(binding, { coolOffEnd: '2026-12-01T00:00:00Z' }, 'coolOffUntil')).toBe('2026-12-01T00:00:00Z');
  });

  it('takes an alias only where the type fits, and never a field another logical field is named after', () => {
    const schema = documented('/number-blocks', [
      { name: 'firstNumber', type: 'boolean' },
      { name: 'startNumber', type: 'string' },
      { name: 'end', type: 'string' },
      { name: 'to', type: 'string' },
    ]);
    const binding = bindResource(numberBlockModel, schema);
    expect(binding.fields.start).toMatchObject({ platform: 'startNumber', state: 'alias' });
    expect(binding.fields.end).toMatchObject({ platform: 'end', state: 'exact' });
    expect(binding.unclaimed.map((field) => field.name)).toEqual(['firstNumber', 'to']);
  });

  it('binds observed fields with our assumptions about what they accept', () => {
    const rows = [{ '@id': '/phonenumbers/1', number: '0201234567', cost_center: null, area: '/areacodes/3' }];
    const schema: ResourceSchema = {
      ...assumedSchema(phoneNumberModel),
      fields: observeFields(rows),
      origin: 'observed',
    };
    const binding = bindResource(phoneNumberModel, schema);
    expect(binding.fields.costCenter).toMatchObject({ platform: 'cost_center', state: 'alias' });
    expect(binding.fields.costCenter!.field).toMatchObject({ writable: true, maxLength: 50, origin: 'observed' });
    expect(binding.fields.areaCode).toMatchObject({ platform: 'area' });
    expect(binding.fields.createdAt!.state).toBe('unresolved');
  });
});

describe('assembling the platform schema', () => {
  it('merges documented resources with our model and says when nothing is documented', () => {
    const docs = {
      fetchedAt: 1000,
      sources: {
        hydraUrl: null,
        openApiUrl: '/docs.json',
        openApiVersion: '3.1.0',
        problems: ['hydra-missing' as const],
      },
      openApi: readOpenApi(openApi31),
      hydra: null,
      entrypoint: {},
    };
    const models = [phoneNumberModel, simCardModel];
    const schema = assembleSchema({ profileId: 'p', models, docs, observed: new Map(), fromCache: false });
    expect(schema.basis).toBe('documented');
    expect(schema.resources['/phonenumbers']!.origin).toBe('documented');
    expect(schema.resources['/simcards']!.origin).toBe('assumed');
    const none = assembleSchema({ profileId: 'p', models, docs: null, observed: new Map(), fromCache: false });
    expect(none.basis).toBe('assumed');
    expect(none.resources['/phonenumbers']!.fields.map((field) => field.name)).toContain('costCenter');
  });
});
