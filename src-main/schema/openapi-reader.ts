import { asArray, asBoolean, asNumber, asObject, asString, isObject, type Json } from './json.ts';
import type { FilterType, ResourceSchema, SchemaField, SchemaFieldType, SchemaFilter, SchemaMethod } from './types.ts';

/**
 * Reads the parts of an OpenAPI 3.0 / 3.1 document (as API Platform generates it) that the console uses: per
 * collection path its item fields (types, formats, enums, nullability, maxLength, readOnly), which fields the
 * PATCH and POST bodies accept and require, its query parameters (the filters) and the itemsPerPage limits.
 * Only local references ("#/components/…") occur in API Platform's documents, so only those are followed.
 */
export interface OpenApiReading {
  readonly version: string;
  readonly resources: readonly ResourceSchema[];
}

export class DocumentError extends Error {}

const METHODS: readonly SchemaMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const PAGING = new Set(['page', 'itemsPerPage', 'pagination', 'partial']);
const CONTENT_PREFERENCE = ['application/ld+json', 'application/merge-patch+json', 'application/json'];

interface FlatSchema {
  readonly properties: ReadonlyMap<string, Json>;
  readonly required: ReadonlySet<string>;
  readonly name: string | null;
}

function createResolver(doc: Json): (node: unknown) => Json | undefined {
  return function resolve(node, seen = new Set<string>()): Json | undefined {
    const object = asObject(node);
    const ref = asString(object?.['$ref']);
    if (!ref) return object;
    if (!ref.startsWith('#/') || seen.has(ref)) return undefined;
    seen.add(ref);
    let target: unknown = doc;
    for (const part of ref.slice(2).split('/'))
      target = asObject(target)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    return resolve(target, seen);
  } as (node: unknown) => Json | undefined;
}

const refName = (node: unknown): string | null => {
  const ref = asString(asObject(node)?.['$ref']);
  return ref ? (ref.split('/').at(-1) ?? null) : null;
};

/** An object schema with its allOf parts folded in; '@'-keys (JSON-LD envelope) left out. */
function flatten(resolve: (node: unknown) => Json | undefined, node: unknown, depth = 0): FlatSchema {
  const properties = new Map<string, Json>();
  const required = new Set<string>();
  const schema = resolve(node);
  const name = refName(node);
  if (!schema || depth > 8) return { properties, required, name };
  for (const part of asArray(schema['allOf'])) {
    const inner = flatten(resolve, part, depth + 1);
    for (const [key, value] of inner.properties) properties.set(key, value);
    for (const key of inner.required) required.add(key);
  }
  for (const [key, value] of Object.entries(asObject(schema['properties']) ?? {})) {
    if (!key.startsWith('@') && isObject(value)) properties.set(key, value);
  }
  for (const key of asArray(schema['required'])) if (typeof key === 'string') required.add(key);
  return { properties, required, name };
}

function contentSchema(resolve: (node: unknown) => Json | undefined, holder: unknown): unknown {
  const content = asObject(resolve(holder)?.['content']);
  if (!content) return undefined;
  const key = CONTENT_PREFERENCE.find((type) => content[type]) ?? Object.keys(content)[0];
  return key ? asObject(content[key])?.['schema'] : undefined;
}

/** The item schema of a collection answer: the items of its (hydra:)member array. */
function memberSchema(resolve: (node: unknown) => Json | undefined, schema: unknown): unknown {
  const flat = flatten(resolve, schema);
  const members = flat.properties.get('hydra:member') ?? flat.properties.get('member');
  if (members) return members['items'];
  const resolved = resolve(schema);
  return resolved?.['type'] === 'array' ? resolved['items'] : schema;
}

interface TypeFacts {
  type: SchemaFieldType;
  format: string | null;
  nullable: boolean;
  itemType: SchemaFieldType | null;
  relation: string | null;
}

function typeOf(resolve: (node: unknown) => Json | undefined, node: Json): TypeFacts {
  const variants = [...asArray(node['anyOf']), ...asArray(node['oneOf'])].map((part) => resolve(part) ?? {});
  const nonNull = variants.filter((part) => part['type'] !== 'null');
  if (variants.length > 0 && nonNull.length === 1) {
    const inner = typeOf(resolve, nonNull[0]!);
    return { ...inner, nullable: inner.nullable || nonNull.length < variants.length };
  }
  const types = asArray(node['type']).filter((type): type is string => typeof type === 'string');
  const nullable = node['nullable'] === true || types.includes('null') || asArray(node['enum']).includes(null);
  const raw = types.find((type) => type !== 'null');
  const format = asString(node['format']) ?? null;
  if (raw === 'string' && (format === 'iri-reference' || format === 'iri')) {
    return { type: 'iri', format, nullable, itemType: null, relation: null };
  }
  if (raw === 'array') {
    const items = resolve(node['items']) ?? {};
    return { type: 'array', format, nullable, itemType: typeOf(resolve, items).type, relation: null };
  }
  const known: Record<string, SchemaFieldType> = {
    string: 'string',
    integer: 'integer',
    number: 'number',
    boolean: 'boolean',
    object: 'object',
  };
  if (!raw && node['$ref']) return { type: 'object', format, nullable, itemType: null, relation: refName(node) };
  return { type: (raw && known[raw]) || 'unknown', format, nullable, itemType: null, relation: null };
}

function fieldFrom(
  resolve: (node: unknown) => Json | undefined,
  name: string,
  node: Json,
  write: { patch: FlatSchema | null; post: FlatSchema | null },
): SchemaField {
  const facts = typeOf(resolve, resolve(node) ?? node);
  const readOnly = node['readOnly'] === true;
  const patchNode = write.patch?.properties.get(name);
  const postNode = write.post?.properties.get(name);
  const values = asArray(node['enum']).filter((value): value is string | number =>
    ['string', 'number'].includes(typeof value),
  );
  return {
    name,
    ...facts,
    enum: values.length > 0 ? values : null,
    readable: node['writeOnly'] !== true,
    writable: write.patch ? patchNode !== undefined && patchNode['readOnly'] !== true : false,
    creatable: write.post ? postNode !== undefined && postNode['readOnly'] !== true : false,
    required: write.post?.required.has(name) ?? false,
    maxLength: asNumber(node['maxLength']) ?? asNumber(patchNode?.['maxLength']) ?? null,
    description: asString(node['description']) ?? null,
    origin: 'documented',
    ...(readOnly ? { writable: false, creatable: false } : {}),
  };
}

const FILTER_TYPES: Readonly<Record<string, FilterType>> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  array: 'array',
};

function readParameters(resolve: (node: unknown) => Json | undefined, operation: Json | undefined) {
  const filters: SchemaFilter[] = [];
  const itemsPerPage = { default: null as number | null, maximum: null as number | null };
  for (const raw of asArray(operation?.['parameters'])) {
    const parameter = resolve(raw);
    const name = asString(parameter?.['name']);
    if (!parameter || !name || parameter['in'] !== 'query') continue;
    const schema = resolve(parameter['schema']) ?? {};
    if (name === 'itemsPerPage') {
      itemsPerPage.default = asNumber(schema['default']) ?? null;
      itemsPerPage.maximum = asNumber(schema['maximum']) ?? null;
    }
    if (PAGING.has(name)) continue;
    const type = asArray(schema['type']).find((entry) => entry !== 'null');
    filters.push({
      name,
      type: (typeof type === 'string' && FILTER_TYPES[type]) || 'unknown',
      required: asBoolean(parameter['required']) ?? false,
      description: asString(parameter['description']) ?? null,
      origin: 'documented',
    });
  }
  return { filters, itemsPerPage };
}

const ITEM_PATH = /^(.*)\/\{[^/}]+\}$/;

/** Reads an OpenAPI document; throws DocumentError when it is not one. */
export function readOpenApi(input: unknown): OpenApiReading {
  const doc = asObject(input);
  const version = asString(doc?.['openapi']);
  if (!doc || !version || !version.startsWith('3.')) throw new DocumentError('not an OpenAPI 3 document');
  const resolve = createResolver(doc);
  const paths = asObject(doc['paths']) ?? {};
  const collections = Object.keys(paths).filter((path) => !path.includes('{'));
  const resources: ResourceSchema[] = [];
  for (const path of collections) {
    const collection = asObject(paths[path]) ?? {};
    const itemKey = Object.keys(paths).find((candidate) => ITEM_PATH.exec(candidate)?.[1] === path);
    const item = itemKey ? (asObject(paths[itemKey]) ?? {}) : {};
    const operation = (holder: Json, method: string) => asObject(holder[method.toLowerCase()]);
    const methods = METHODS.filter((method) => operation(collection, method) || operation(item, method));
    const list = operation(collection, 'GET');
    const ok = (op: Json | undefined) => asObject(op?.['responses'])?.['200'];
    const readNode = list
      ? memberSchema(resolve, contentSchema(resolve, ok(list)))
      : contentSchema(resolve, ok(operation(item, 'GET')));
    if (!readNode) continue;
    const read = flatten(resolve, readNode);
    const body = (op: Json | undefined) =>
      op?.['requestBody'] ? flatten(resolve, contentSchema(resolve, op['requestBody'])) : null;
    const write = {
      patch: body(operation(item, 'PATCH')) ?? body(operation(item, 'PUT')),
      post: body(operation(collection, 'POST')),
    };
    const { filters, itemsPerPage } = readParameters(resolve, list);
    resources.push({
      path,
      type: read.name ? (read.name.split(/[.-]/)[0] ?? null) : null,
      fields: [...read.properties].map(([name, node]) => fieldFrom(resolve, name, node, write)),
      filters,
      methods,
      itemsPerPage,
      origin: 'documented',
    });
  }
  return { version, resources };
}
