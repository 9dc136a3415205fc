import { describe, expect, it } from 'vitest';
import { readHydra } from '../../../src-main/schema/hydra-reader.ts';
import { DocumentError, readOpenApi } from '../../../src-main/schema/openapi-reader.ts';
import { linkTargets, HYDRA_API_DOCUMENTATION } from '../../../src-main/schema/link-header.ts';
import { hydraDocumentation, hydraUnprefixed, openApi30, openApi31 } from './fixtures.ts';

const field = (fields: readonly { name: string }[], name: string) => fields.find((entry) => entry.name === name);

describe('OpenAPI 3.1 reader', () => {
  const reading = readOpenApi(openApi31);
  const phoneNumbers = reading.resources.find((resource) => resource.path === '/phonenumbers')!;

  it('finds the collection, its item type, methods, filters and page limits', () => {
    expect(reading.version).toBe('3.1.0');
    expect(phoneNumbers.type).toBe('PhoneNumber');
    expect(phoneNumbers.methods).toEqual(['GET', 'PATCH']);
    expect(phoneNumbers.filters.map((filter) => [filter.name, filter.type])).toEqual([
      ['orderId', 'integer'],
      ['blockStart', 'integer'],
    ]);
    expect(phoneNumbers.itemsPerPage).toEqual({ default: 50, maximum: 250 });
  });

  it('reads fields through allOf, without the JSON-LD keys, with types, nullability, enums and limits', () => {
    expect(phoneNumbers.fields.map((entry) => entry.name)).toEqual([
      'id',
      'number',
      'cost_center',
      'description',
      'area',
      'order',
      'lineType',
      'createdAt',
    ]);
    expect(field(phoneNumbers.fields, 'cost_center')).toMatchObject({
      type: 'string',
      nullable: true,
      maxLength: 40,
      writable: true,
      origin: 'documented',
    });
    expect(field(phoneNumbers.fields, 'area')).toMatchObject({ type: 'iri', nullable: true, writable: false });
    expect(field(phoneNumbers.fields, 'lineType')).toMatchObject({ enum: ['GEO', 'MOBILE', 'TOLL_FREE'] });
    expect(field(phoneNumbers.fields, 'createdAt')).toMatchObject({ format: 'date-time', writable: false });
    expect(field(phoneNumbers.fields, 'number')).toMatchObject({ writable: false, nullable: false });
  });

  it('refuses what is not an OpenAPI 3 document', () => {
    expect(() => readOpenApi({ swagger: '2.0' })).toThrow(DocumentError);
    expect(() => readOpenApi('<html>')).toThrow(DocumentError);
  });
});

describe('OpenAPI 3.0 reader', () => {
  const blocks = readOpenApi(openApi30).resources.find((resource) => resource.path === '/number-blocks')!;

  it('reads hydra:member collections, nullable, enums and the POST body (creatable, required)', () => {
    expect(blocks.type).toBe('NumberBlock');
    expect(blocks.methods).toEqual(['GET', 'POST', 'DELETE']);
    expect(field(blocks.fields, 'coolOffEnd')).toMatchObject({ type: 'string', format: 'date-time', nullable: true });
    expect(field(blocks.fields, 'state')).toMatchObject({ enum: ['FREE', 'IN_USE', 'COOLING_OFF'] });
    expect(field(blocks.fields, 'firstNumber')).toMatchObject({ creatable: true, required: true, writable: false });
    expect(field(blocks.fields, 'lastNumber')).toMatchObject({ creatable: false, required: false });
  });

  it('keeps array filters in their documented form and the page maximum', () => {
    expect(blocks.filters).toEqual([
      expect.objectContaining({ name: 'excludedNumberPoolIds[]', type: 'array', origin: 'documented' }),
    ]);
    expect(blocks.itemsPerPage).toEqual({ default: 30, maximum: 100 });
  });
});

describe('Hydra reader', () => {
  for (const [label, doc] of [
    ['prefixed', hydraDocumentation],
    ['unprefixed', hydraUnprefixed],
  ] as const) {
    it(`reads classes, properties and operations (${label})`, () => {
      const reading = readHydra(doc);
      expect(reading.entrypoint).toBe('/');
      expect(reading.collections).toEqual({ phoneNumber: 'PhoneNumber' });
      expect(reading.classes.map((entry) => entry.name)).toEqual(['PhoneNumber']);
      const phone = reading.classes[0]!;
      expect([...phone.methods].sort()).toEqual(['GET', 'PATCH']);
      expect(field(phone.fields, 'cost_center')).toMatchObject({ type: 'string', writable: true, readable: true });
      expect(field(phone.fields, 'order')).toMatchObject({ type: 'iri', relation: 'Order', writable: false });
      expect(field(phone.fields, 'portedAt')).toMatchObject({ type: 'string', format: 'date-time' });
    });
  }

  it('refuses a document without supported classes', () => {
    expect(() => readHydra({ '@type': 'hydra:Collection' })).toThrow(DocumentError);
  });
});

describe('Link header', () => {
  it('finds the API documentation among other links', () => {
    const header =
      '<https://platform.example/docs.jsonld>; rel="http://www.w3.org/ns/hydra/core#apiDocumentation", ' +
      '<https://platform.example/.well-known/mercure>; rel="mercure"';
    expect(linkTargets(header, HYDRA_API_DOCUMENTATION)).toEqual(['https://platform.example/docs.jsonld']);
    expect(linkTargets(null, HYDRA_API_DOCUMENTATION)).toEqual([]);
  });
});
