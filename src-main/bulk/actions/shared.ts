import type { BulkFieldChange, BulkSkipKind } from '../../../src-preload/contract/bulk.ts';
import { message, type UiText } from '../../../src-preload/contract/messages.ts';
import { refuse } from '../errors.ts';
import type { OpKind, OpRequest, PlannedOp, Row } from '../types.ts';
import type { WriteSchema } from '../write-schema.ts';

export function uniqueTargets(targets: readonly string[]): string[] {
  return [...new Set(targets)];
}

export function rowsByIri(rows: readonly Row[]): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of rows) {
    const iri = row['@id'];
    if (typeof iri === 'string') map.set(iri, row);
  }
  return map;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Reads a registry field of a platform row (the schema binding's `read`; our own name without one). */
export type FieldReader = Pick<WriteSchema, 'read'>;

/** What a person recognises a row by. */
export function labelOf(row: Row | undefined, iri: string, schema?: FieldReader): string {
  if (!row) return iri;
  const field = (name: string): unknown => (schema ? schema.read(row, name) : row[name]);
  const numbers = field('numbers');
  if (Array.isArray(numbers)) {
    const list = numbers.filter((n): n is string => typeof n === 'string');
    if (list.length > 0)
      return list.length > 3 ? `${list.slice(0, 3).join(', ')} +${list.length - 3}` : list.join(', ');
  }
  const start = text(field('start'));
  const end = text(field('end'));
  if (start && end) return `${start}–${end}`;
  return text(field('number')) ?? text(field('msisdn')) ?? text(field('name')) ?? iri;
}

export function op(
  kind: OpKind,
  resourcePath: string,
  target: string,
  label: string,
  changes: BulkFieldChange[],
  request: OpRequest,
): PlannedOp {
  return { kind, resourcePath, target, label, changes, request, skip: null };
}

export function skipped(
  kind: OpKind,
  resourcePath: string,
  target: string,
  label: string,
  skipKind: BulkSkipKind,
  reason: UiText,
  changes: BulkFieldChange[] = [],
  method: OpRequest['method'] = 'PATCH',
): PlannedOp {
  return {
    kind,
    resourcePath,
    target,
    label,
    changes,
    request: { method, path: target },
    skip: { kind: skipKind, reason },
  };
}

/**
 * One operation per distinct selected row, as `plan` decides it; a row missing from the cache is skipped (it
 * cannot be previewed, so it is not sent).
 */
export async function planEachRow(
  kind: OpKind,
  resourcePath: string,
  targets: readonly string[],
  readRows: (path: string) => Promise<Row[]>,
  method: OpRequest['method'],
  plan: (row: Row, target: string, label: string) => PlannedOp,
  schema?: FieldReader,
): Promise<PlannedOp[]> {
  const rows = rowsByIri(await readRows(resourcePath));
  return uniqueTargets(targets).map((target) => {
    const row = rows.get(target);
    const label = labelOf(row, target, schema);
    return row
      ? plan(row, target, label)
      : skipped(kind, resourcePath, target, label, 'missing', NOT_CACHED, [], method);
  });
}

export const NOT_CACHED = message('bulk.skip.notCached');

export const UNCHANGED = message('bulk.skip.unchanged');

export function stringParam(params: Record<string, unknown>, name: string, required: boolean): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) {
    if (required) throw refuse('BULK_INVALID_PARAMS', message('bulk.paramMissing', { name }));
    return undefined;
  }
  if (typeof value !== 'string') throw refuse('BULK_INVALID_PARAMS', message('bulk.paramNotText', { name }));
  return value;
}
