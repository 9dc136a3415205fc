import type { FieldAssumption, ResourceModel } from '../api-model/index.ts';
import { candidateNames, candidateValues, normaliseName } from './aliases.ts';
import { assumedField } from './assumed.ts';
import type { FieldBinding, ResourceBinding, ResourceSchema, SchemaField } from './types.ts';

const DATE_FORMATS = new Set([null, 'date-time', 'date']);

/** Whether a platform field can hold what the registry expects of a logical field. */
export function typeFits(kind: FieldAssumption['kind'], field: SchemaField): boolean {
  if (field.type === 'unknown') return true;
  switch (kind) {
    case 'string':
      return field.type === 'string' || field.type === 'integer';
    case 'integer':
    case 'number':
      return field.type === 'integer' || field.type === 'number';
    case 'boolean':
      return field.type === 'boolean';
    case 'iri':
      return field.type === 'iri' || (field.type === 'string' && field.format !== 'date-time');
    case 'datetime':
    case 'date':
      return field.type === 'string' && DATE_FORMATS.has(field.format);
    case 'enum':
      return field.type === 'string' || field.type === 'integer';
    case 'array':
      return field.type === 'array';
    case 'object':
      return field.type === 'object' || field.type === 'iri';
  }
}

/** Our status values → the platform's spelling, for those its enum lists under one of their plausible names. */
export function bindValues(ours: readonly string[] | undefined, theirs: SchemaField['enum']): Record<string, string> {
  const values: Record<string, string> = {};
  if (!ours) return values;
  if (!theirs) {
    for (const value of ours) values[value] = value;
    return values;
  }
  const byKey = new Map(theirs.map((value) => [normaliseName(String(value)), String(value)]));
  for (const value of ours) {
    const match = candidateValues(value)
      .map((candidate) => byKey.get(normaliseName(candidate)))
      .find((found) => found !== undefined);
    if (match !== undefined) values[value] = match;
  }
  return values;
}

/**
 * Where a platform field is only observed, what it accepts is still our assumption: writability and limits come
 * from the built-in model, under the platform's name.
 */
function withAssumedFacts(model: ResourceModel, logical: FieldAssumption, field: SchemaField): SchemaField {
  if (field.origin === 'documented') return field;
  const assumed = assumedField(model, logical);
  return {
    ...assumed,
    name: field.name,
    type: field.type === 'unknown' ? assumed.type : field.type,
    origin: field.origin,
  };
}

/**
 * Binds every logical field of an api-model resource to the platform's field: our name (any casing) first, then
 * the alias table, each only where the platform's type fits. With nothing documented or observed, every field is
 * assumed under our name.
 */
export function bindResource(model: ResourceModel, schema: ResourceSchema): ResourceBinding {
  const known = schema.fields.filter((field) => field.origin !== 'assumed');
  const fields: Record<string, FieldBinding> = {};
  if (known.length === 0) {
    for (const logical of model.fields) {
      const field = schema.fields.find((candidate) => candidate.name === logical.name) ?? assumedField(model, logical);
      fields[logical.name] = {
        logical: logical.name,
        platform: logical.name,
        state: 'assumed',
        field,
        values: bindValues(logical.values, field.enum),
      };
    }
    return { path: model.path, fields, unclaimed: [], schema };
  }

  const claimed = new Set<string>();
  const byKey = new Map<string, SchemaField>();
  for (const field of known) if (!byKey.has(normaliseName(field.name))) byKey.set(normaliseName(field.name), field);
  const take = (logical: FieldAssumption, names: readonly string[]): SchemaField | null => {
    for (const name of names) {
      const field = byKey.get(normaliseName(name));
      if (field && !claimed.has(field.name) && typeFits(logical.kind, field)) {
        claimed.add(field.name);
        return field;
      }
    }
    return null;
  };
  // our own names first for every field, so that an alias never takes a field another logical field is named after
  const direct = new Map(model.fields.map((logical) => [logical.name, take(logical, [logical.name])]));
  for (const logical of model.fields) {
    const field = direct.get(logical.name) ?? take(logical, candidateNames(logical.name).slice(1));
    if (!field) {
      fields[logical.name] = { logical: logical.name, platform: null, state: 'unresolved', field: null, values: {} };
      continue;
    }
    const merged = withAssumedFacts(model, logical, field);
    fields[logical.name] = {
      logical: logical.name,
      platform: field.name,
      state: field.name === logical.name ? 'exact' : 'alias',
      field: merged,
      values: bindValues(logical.values, merged.enum),
    };
  }
  return { path: model.path, fields, unclaimed: known.filter((field) => !claimed.has(field.name)), schema };
}

/** The platform's name of a logical field; our own name where it could not be bound (nothing better to send). */
export function platformName(binding: ResourceBinding, logical: string): string {
  return binding.fields[logical]?.platform ?? logical;
}

/** The platform's spelling of one of our status values, or null when its enum has no such value. */
export function platformValue(binding: ResourceBinding, logical: string, value: string): string | null {
  const bound = binding.fields[logical];
  if (!bound) return null;
  return bound.values[value] ?? null;
}

/** Our status value for a value the platform sent, or null when it is none we know. */
export function logicalValue(binding: ResourceBinding, logical: string, value: unknown): string | null {
  const bound = binding.fields[logical];
  if (!bound || (typeof value !== 'string' && typeof value !== 'number')) return null;
  const text = String(value);
  for (const [ours, theirs] of Object.entries(bound.values)) if (theirs === text) return ours;
  return null;
}

/** A logical field's value in a platform row. */
export function readLogical(
  binding: ResourceBinding,
  row: Readonly<Record<string, unknown>>,
  logical: string,
): unknown {
  const name = binding.fields[logical]?.platform;
  return name ? row[name] : undefined;
}
