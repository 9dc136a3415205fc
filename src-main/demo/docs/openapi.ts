import type { DescribedField, DescribedResource } from './described.ts';

type Schema = Record<string, unknown>;

function typed(type: string, nullable: boolean): Schema {
  return { type: nullable ? [type, 'null'] : type };
}

function fieldSchema(field: DescribedField): Schema {
  const base = ((): Schema => {
    switch (field.kind) {
      case 'iri':
        return { ...typed('string', field.nullable), format: 'iri-reference', example: 'https://example.com/' };
      case 'datetime':
        return { ...typed('string', field.nullable), format: 'date-time' };
      case 'date':
        return { ...typed('string', field.nullable), format: 'date' };
      case 'enum':
        return {
          ...typed('string', field.nullable),
          enum: [...(field.values ?? []), ...(field.nullable ? [null] : [])],
        };
      case 'array':
        return { ...typed('array', field.nullable), items: { type: 'string' } };
      default:
        return typed(field.kind, field.nullable);
    }
  })();
  const rule = field.writable ?? field.creatable;
  if (rule?.kind === 'string') base['maxLength'] = rule.maxLength;
  if (!field.writable && !field.creatable) base['readOnly'] = true;
  return base;
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema, type = 'application/ld+json'): Schema => ({ content: { [type]: { schema } } });

function paging(resource: DescribedResource): Schema[] {
  return [
    {
      name: 'page',
      in: 'query',
      description: 'The collection page number',
      required: false,
      schema: { type: 'integer', default: 1 },
    },
    {
      name: 'itemsPerPage',
      in: 'query',
      description: 'The number of items per page',
      required: false,
      schema: {
        type: 'integer',
        default: resource.model.defaultItemsPerPage,
        minimum: 0,
        maximum: resource.maxItemsPerPage,
      },
    },
    ...resource.filters.map((filter) => ({
      name: filter.name,
      in: 'query',
      required: false,
      ...(filter.note ? { description: filter.note } : {}),
      schema:
        filter.kind === 'integer[]'
          ? { type: 'array', items: { type: 'integer' } }
          : { type: filter.kind === 'string' ? 'string' : 'integer' },
      ...(filter.kind === 'integer[]' ? { style: 'form', explode: true } : {}),
    })),
  ];
}

function listOperation(resource: DescribedResource): Schema {
  const type = resource.model.type;
  return {
    operationId: `api_${resource.path.slice(1).replace(/\//g, '_')}_get_collection`,
    tags: [type],
    summary: `Retrieves the collection of ${type} resources.`,
    parameters: paging(resource),
    responses: {
      '200': {
        description: `${type} collection`,
        ...json({
          allOf: [
            ref('HydraCollectionBaseSchema'),
            {
              type: 'object',
              required: ['hydra:member'],
              properties: { 'hydra:member': { type: 'array', items: ref(`${type}.jsonld`) } },
            },
          ],
        }),
      },
    },
  };
}

const objectOf = (fields: readonly DescribedField[]): Schema => ({
  type: 'object',
  properties: Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field)])),
});

/** One resource's paths (collection and item), adding the schemas they refer to. */
function resourcePaths(
  resource: DescribedResource,
  schemas: Record<string, Schema>,
): { collection: Schema; item: Schema } {
  const type = resource.model.type;
  const { properties } = objectOf(resource.fields) as { properties: Record<string, Schema> };
  schemas[`${type}.jsonld`] = {
    allOf: [
      ref('HydraItemBaseSchema'),
      { type: 'object', properties: { id: { readOnly: true, type: 'integer' }, ...properties } },
    ],
  };
  const collection: Schema = { get: listOperation(resource) };
  const item: Schema = {
    get: {
      operationId: `api_${type}_get`,
      tags: [type],
      responses: { '200': { description: `${type} resource`, ...json(ref(`${type}.jsonld`)) } },
    },
  };
  const writable = resource.fields.filter((field) => field.writable);
  if (resource.methods.includes('PATCH') && writable.length > 0) {
    schemas[`${type}-write`] = objectOf(writable);
    item['patch'] = {
      operationId: `api_${type}_patch`,
      tags: [type],
      requestBody: { required: true, ...json(ref(`${type}-write`), 'application/merge-patch+json') },
      responses: { '200': { description: `${type} resource updated` }, '400': { description: 'Invalid input' } },
    };
  }
  const creatable = resource.fields.filter((field) => field.creatable);
  if (resource.methods.includes('POST') && creatable.length > 0) {
    schemas[`${type}.jsonld-create`] = {
      ...objectOf(creatable),
      required: creatable.filter((field) => field.creatable?.required).map((field) => field.name),
    };
    collection['post'] = {
      operationId: `api_${type}_post`,
      tags: [type],
      requestBody: { required: true, ...json(ref(`${type}.jsonld-create`)) },
      responses: { '201': { description: `${type} resource created` }, '400': { description: 'Invalid input' } },
    };
  }
  if (resource.methods.includes('DELETE')) {
    item['delete'] = {
      operationId: `api_${type}_delete`,
      tags: [type],
      responses: { '204': { description: `${type} resource deleted` } },
    };
  }
  return { collection, item };
}

/** An OpenAPI 3.1 document of the demo's resources, shaped as API Platform 4 generates it. */
export function openApiDocument(resources: readonly DescribedResource[]): Schema {
  const paths: Record<string, Schema> = {};
  const schemas: Record<string, Schema> = {
    HydraItemBaseSchema: {
      type: 'object',
      properties: {
        '@context': { readOnly: true, type: 'string' },
        '@id': { readOnly: true, type: 'string' },
        '@type': { readOnly: true, type: 'string' },
      },
      required: ['@id', '@type'],
    },
    HydraCollectionBaseSchema: {
      type: 'object',
      properties: { 'hydra:totalItems': { type: 'integer', minimum: 0 }, 'hydra:view': { type: 'object' } },
    },
  };
  for (const resource of resources) {
    const { collection, item } = resourcePaths(resource, schemas);
    paths[resource.path] = collection;
    paths[`${resource.model.path}/{id}`] = item;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Demo telecom platform',
      description: 'The built-in demo platform of NOC Console.',
      version: '1.0.0',
    },
    servers: [{ url: '/', description: '' }],
    paths,
    components: { schemas },
  };
}
