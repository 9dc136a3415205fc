import { DocumentError } from './openapi-reader.ts';
import { asArray, asBoolean, asObject, asString, type Json } from './json.ts';
import type { SchemaField, SchemaFieldType, SchemaMethod } from './types.ts';

/**
 * Reads a Hydra ApiDocumentation as API Platform serves it (docs.jsonld): its supported classes with their
 * properties (range, readable, writeable, required) and operations, and the entrypoint's collections. Keys come
 * with or without the "hydra:" prefix depending on the server's configuration; both are read.
 */
export interface HydraClass {
  /** Short name, e.g. 'PhoneNumber' (the items' @type). */
  readonly name: string;
  readonly fields: readonly SchemaField[];
  /** Item operations and, from the entrypoint, the collection's. */
  readonly methods: readonly SchemaMethod[];
}

export interface HydraReading {
  readonly classes: readonly HydraClass[];
  /** The entrypoint's IRI ("/"), whose answer names each collection's path. */
  readonly entrypoint: string | null;
  /** Entrypoint property (e.g. 'phoneNumber') → class short name. */
  readonly collections: Readonly<Record<string, string>>;
}

const hydra = (node: Json | undefined, key: string): unknown => node?.[`hydra:${key}`] ?? node?.[key];

const XSD: Readonly<Record<string, { type: SchemaFieldType; format: string | null }>> = {
  string: { type: 'string', format: null },
  integer: { type: 'integer', format: null },
  int: { type: 'integer', format: null },
  long: { type: 'integer', format: null },
  nonNegativeInteger: { type: 'integer', format: null },
  decimal: { type: 'number', format: null },
  float: { type: 'number', format: null },
  double: { type: 'number', format: null },
  boolean: { type: 'boolean', format: null },
  dateTime: { type: 'string', format: 'date-time' },
  date: { type: 'string', format: 'date' },
  time: { type: 'string', format: 'time' },
};

const shortName = (id: string): string => id.replace(/^.*[#/]/, '');

function rangeOf(range: unknown, isLink: boolean): Pick<SchemaField, 'type' | 'format' | 'relation'> {
  const first = asArray(range)
    .map((entry) => asString(entry) ?? asString(asObject(entry)?.['@id']))
    .find((entry): entry is string => entry !== undefined);
  if (first) {
    const xsd = /^(?:xsd|xmls|http:\/\/www\.w3\.org\/2001\/XMLSchema#):?(.+)$/.exec(first);
    if (xsd) {
      const known = XSD[xsd[1]!.replace(/^#/, '')];
      if (known) return { ...known, relation: null };
    }
    if (first.startsWith('#') || isLink) return { type: 'iri', format: 'iri-reference', relation: shortName(first) };
  }
  return { type: isLink ? 'iri' : 'unknown', format: null, relation: null };
}

function methodsOf(operations: unknown): SchemaMethod[] {
  const methods = new Set<SchemaMethod>();
  for (const operation of asArray(operations)) {
    const method = asString(hydra(asObject(operation), 'method'))?.toUpperCase();
    if (method === 'GET' || method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE')
      methods.add(method);
  }
  return [...methods];
}

function fieldOf(supported: Json): SchemaField | null {
  const property = asObject(hydra(supported, 'property'));
  const name =
    asString(property?.['rdfs:label']) ?? asString(property?.['label']) ?? asString(hydra(supported, 'title'));
  if (!name) return null;
  const isLink = asString(property?.['@type']) === 'hydra:Link' || asString(property?.['@type']) === 'Link';
  const writable = asBoolean(hydra(supported, 'writeable')) ?? asBoolean(hydra(supported, 'writable')) ?? false;
  return {
    name,
    ...rangeOf(property?.['range'] ?? property?.['rdfs:range'], isLink),
    enum: null,
    nullable: false,
    readable: asBoolean(hydra(supported, 'readable')) ?? true,
    writable,
    creatable: writable,
    required: asBoolean(hydra(supported, 'required')) ?? false,
    maxLength: null,
    itemType: null,
    description: asString(hydra(supported, 'description')) ?? null,
    origin: 'documented',
  };
}

const SKIPPED = new Set(['Entrypoint', 'ConstraintViolation', 'ConstraintViolationList', 'Error']);

/** Reads a Hydra ApiDocumentation; throws DocumentError when it is not one. */
export function readHydra(input: unknown): HydraReading {
  const doc = asObject(input);
  const supportedClasses = asArray(hydra(doc, 'supportedClass'));
  if (!doc || supportedClasses.length === 0) throw new DocumentError('not a Hydra API documentation');
  const classes: HydraClass[] = [];
  const collections: Record<string, string> = {};
  const collectionMethods = new Map<string, SchemaMethod[]>();
  for (const raw of supportedClasses) {
    const node = asObject(raw);
    const id = asString(node?.['@id']);
    if (!node || !id) continue;
    const name = asString(hydra(node, 'title')) ?? shortName(id);
    if (name === 'Entrypoint') {
      for (const supported of asArray(hydra(node, 'supportedProperty'))) {
        const property = asObject(hydra(asObject(supported), 'property'));
        const propertyId = asString(property?.['@id']);
        const assertion = asObject(hydra(property, 'memberAssertion'));
        const target = asString(asObject(hydra(assertion, 'object'))?.['@id']);
        if (!propertyId || !target) continue;
        collections[shortName(propertyId)] = shortName(target);
        collectionMethods.set(shortName(target), methodsOf(hydra(property, 'supportedOperation')));
      }
      continue;
    }
    if (SKIPPED.has(name) || node['subClassOf'] === 'Error') continue;
    const fields = asArray(hydra(node, 'supportedProperty'))
      .map((supported) => asObject(supported))
      .map((supported) => (supported ? fieldOf(supported) : null))
      .filter((field): field is SchemaField => field !== null);
    classes.push({ name, fields, methods: methodsOf(hydra(node, 'supportedOperation')) });
  }
  const withCollections = classes.map((entry) => ({
    ...entry,
    methods: [...new Set([...(collectionMethods.get(entry.name) ?? []), ...entry.methods])],
  }));
  return { classes: withCollections, entrypoint: asString(hydra(doc, 'entrypoint')) ?? null, collections };
}
