import type { ResourceModel } from '../api-model/index.ts';
import { listPathOf } from './assemble.ts';
import type { ResourceBinding, ResourceSchema } from './types.ts';

/** One place where our built-in assumptions and the platform's own description disagree. */
export interface SchemaDifference {
  readonly path: string;
  /** Our (logical) field or filter name; null for resource-wide facts. */
  readonly field: string | null;
  readonly kind:
    | 'renamed'
    | 'missing'
    | 'values'
    | 'writable'
    | 'max-length'
    | 'undeclared'
    | 'unknown-field'
    | 'filter-missing'
    | 'page-size';
  /** What we assumed and what the platform says, as short plain text (names, values, numbers). */
  readonly ours: string | null;
  readonly theirs: string | null;
}

/**
 * Everything our model assumes that the platform's description contradicts or does not confirm, for one resource.
 * Nothing is reported where the platform says nothing (a resource neither documented nor seen).
 */
export function differencesOf(model: ResourceModel, binding: ResourceBinding): SchemaDifference[] {
  const schema: ResourceSchema = binding.schema;
  if (schema.origin === 'assumed') return [];
  const path = listPathOf(model);
  const found: SchemaDifference[] = [];
  const add = (difference: Omit<SchemaDifference, 'path'>): void => void found.push({ path, ...difference });
  for (const logical of model.fields) {
    const bound = binding.fields[logical.name];
    if (!bound) continue;
    if (bound.state === 'unresolved') {
      add({ field: logical.name, kind: 'missing', ours: logical.name, theirs: null });
      continue;
    }
    const field = bound.field;
    if (bound.state === 'alias')
      add({ field: logical.name, kind: 'renamed', ours: logical.name, theirs: bound.platform });
    if (!field) continue;
    if (field.origin === 'observed' && schema.origin === 'documented') {
      add({ field: logical.name, kind: 'undeclared', ours: logical.name, theirs: field.name });
    }
    if (logical.values && field.enum) {
      const differs = logical.values.some((value) => bound.values[value] !== value);
      if (differs || field.enum.length !== logical.values.length) {
        add({ field: logical.name, kind: 'values', ours: logical.values.join(', '), theirs: field.enum.join(', ') });
      }
    }
    if (field.origin === 'documented') {
      const oursWritable = Object.hasOwn(model.writable, logical.name);
      if (oursWritable !== field.writable) {
        add({ field: logical.name, kind: 'writable', ours: String(oursWritable), theirs: String(field.writable) });
      }
      const rule = model.writable[logical.name];
      const ourMax = rule?.kind === 'string' ? rule.maxLength : null;
      if (ourMax !== null && field.maxLength !== null && ourMax !== field.maxLength) {
        add({ field: logical.name, kind: 'max-length', ours: String(ourMax), theirs: String(field.maxLength) });
      }
    }
  }
  // every item has its numeric id; it is no difference worth a line
  for (const field of binding.unclaimed)
    if (field.name !== 'id') add({ field: null, kind: 'unknown-field', ours: null, theirs: field.name });
  if (schema.origin === 'documented') {
    const theirs = new Set(
      schema.filters.filter((filter) => filter.origin === 'documented').map((filter) => filter.name),
    );
    if (theirs.size > 0) {
      for (const filter of model.filters) {
        if (!theirs.has(filter.name))
          add({ field: filter.name, kind: 'filter-missing', ours: filter.name, theirs: null });
      }
    }
    const maximum = schema.itemsPerPage.maximum;
    if (maximum !== null && maximum !== model.maxItemsPerPage) {
      add({ field: null, kind: 'page-size', ours: String(model.maxItemsPerPage), theirs: String(maximum) });
    }
  }
  return found;
}
