import type { FieldKind } from '../api-model/index.ts';
import { resourceAtPath, type ResourceDefinition } from '../resources/index.ts';
import { FIELD_ALIASES, normaliseName } from '../schema/index.ts';
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

/**
 * Types by field name for the journal's operations, which keep the platform's names but no schema: our names
 * first, then the alias table's wordings of them (casing ignored), so a "forwardNumber" compares as a phone number.
 */
export function fieldTypesOf(resource: ResourceDefinition): FieldTypes {
  const phones = new Set(resource.descriptor.phoneFields);
  for (const w of resource.descriptor.writable) if (w.kind === 'phone') phones.add(w.field);
  const byName = new Map<string, ValueType>();
  for (const pass of [(name: string) => [name], (name: string) => FIELD_ALIASES[name] ?? []])
    for (const f of resource.model.fields)
      for (const alias of pass(f.name)) {
        const key = normaliseName(alias);
        if (!byName.has(key)) byName.set(key, phones.has(f.name) ? 'phone' : BY_KIND[f.kind]);
      }
  return (field) => byName.get(normaliseName(field)) ?? 'unknown';
}

/** The same for the resource whose collection is `path` (the journal keeps paths, not registry ids). */
export function fieldTypesAt(path: string): FieldTypes {
  const resource = resourceAtPath(path);
  return resource ? fieldTypesOf(resource) : () => 'unknown';
}
