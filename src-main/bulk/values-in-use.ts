import { message } from '../../src-preload/contract/messages.ts';
import type { BulkValuesInUse } from '../../src-preload/contract/bulk.ts';
import { getResource } from '../resources/index.ts';
import { refuse } from './errors.ts';
import type { Row } from './types.ts';
import { assumedBindingAt, writeSchemaOf, type BindingSource } from './write-schema.ts';

const DEFAULT_LIMIT = 200;

/**
 * The text values a field holds in the cached rows of a resource, most used first (ties alphabetically): what an
 * operator picks from when setting a cost center or a forward-to number. The field is the registry's name or the
 * platform's; empty values are left out.
 */
export async function valuesInUse(
  input: { resource: string; field: string; limit?: number | undefined },
  readRows: (path: string) => Promise<Row[]>,
  bindingOf: BindingSource = assumedBindingAt,
): Promise<BulkValuesInUse> {
  const resource = getResource(input.resource);
  if (!resource) throw refuse('BULK_UNKNOWN_RESOURCE', message('bulk.unknownResource', { resource: input.resource }));
  const schema = writeSchemaOf(resource, bindingOf(resource.path));
  const rows = await readRows(resource.path);
  const platform = rows.some((row) => input.field in row) ? input.field : schema.name(input.field);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = row[platform];
    const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
    if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const values = [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { values: values.slice(0, input.limit ?? DEFAULT_LIMIT), distinct: values.length };
}
