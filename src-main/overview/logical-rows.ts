import type { Row } from '../../src-preload/contract/grids.ts';
import { logicalValue, readLogical, type FieldBinding, type ResourceBinding } from '../schema/index.ts';

/** The binding of a collection the overview or the search reads; null where api-model does not describe it. */
export type CollectionBinding = (path: string) => ResourceBinding | null;

const renames = (field: FieldBinding): boolean =>
  field.state === 'unresolved' || (field.platform !== null && field.platform !== field.logical);
const respells = (field: FieldBinding): boolean =>
  Object.entries(field.values).some(([ours, theirs]) => ours !== theirs);

/**
 * Cached rows as the overview and the search read them: under our logical field names and status values, whatever
 * the platform calls them (the cache keeps the platform's rows as they came). A field the platform has no fitting
 * field for is absent; a status value its enum does not map stays as sent. Where the platform speaks our names and
 * values the rows are returned as they are, without a copy.
 */
export function logicalRows(rows: Row[], binding: ResourceBinding | null): Row[] {
  if (!binding) return rows;
  const fields = Object.values(binding.fields).filter((field) => renames(field) || respells(field));
  if (fields.length === 0) return rows;
  // the platform's names of renamed fields, and our names the platform has no field for, give way to ours
  const replaced = new Set(fields.flatMap((field) => [field.logical, ...(field.platform ? [field.platform] : [])]));
  return rows.map((row) => {
    const logical: Row = Object.fromEntries(Object.entries(row).filter(([name]) => !replaced.has(name)));
    for (const field of fields) {
      const value = readLogical(binding, row, field.logical);
      if (value === undefined) continue;
      logical[field.logical] = respells(field) ? (logicalValue(binding, field.logical, value) ?? value) : value;
    }
    return logical;
  });
}
