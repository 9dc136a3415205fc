import type { FieldKind } from '../api-model/index.ts';
import { getResource, RESOURCE_IDS, type ResourceDefinition } from '../resources/index.ts';
import type { ValueType } from './compare.ts';

const BY_KIND: Readonly<Record<FieldKind, ValueType>> = {
  integer: 'number',
  number: 'number',
  string: 'text',
  boolean: 'boolean',
  iri: 'iri',
  datetime: 'datetime',
  date: 'date',
  enum: 'enum',
  object: 'unknown',
  array: 'unknown',
};

/** Per field of one resource, how its values compare: phone fields by number, the rest by their model kind. */
export type FieldTypes = (field: string) => ValueType;

export function fieldTypesOf(resource: ResourceDefinition): FieldTypes {
  const phones = new Set(resource.descriptor.phoneFields);
  const kinds = new Map(resource.model.fields.map((f) => [f.name, BY_KIND[f.kind]]));
  for (const w of resource.descriptor.writable) if (w.kind === 'phone') phones.add(w.field);
  return (field) => (phones.has(field) ? 'phone' : (kinds.get(field) ?? 'unknown'));
}

/** The same for the resource whose collection is `path` (the journal keeps paths, not registry ids). */
export function fieldTypesAt(path: string): FieldTypes {
  const resource = RESOURCE_IDS.map((id) => getResource(id)).find((r) => r?.path === path);
  return resource ? fieldTypesOf(resource) : () => 'unknown';
}
