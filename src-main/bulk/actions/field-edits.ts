import type { Localized } from '../../../src-preload/contract/resources.ts';
import type { ResourceDefinition } from '../../resources/index.ts';
import { BulkError, refuse } from '../errors.ts';
import { valueOf, type ActionPlan, type PlannedOp, type Row } from '../types.ts';
import { sameValue } from '../compare.ts';
import { fieldTypesOf } from '../field-types.ts';
import { labelOf, NOT_CACHED, op, rowsByIri, skipped, UNCHANGED, uniqueTargets } from './shared.ts';

/** The new values of one row, or why the row is left out. */
export type RowEdit =
  { values: Record<string, string | null> } | { skip: 'unchanged' | 'not-applicable' | 'invalid'; reason: Localized };

export const PATCH_UNDO = { available: true, note: null };

/**
 * Field edits of selected rows: one merge-patch per row holding only the fields that change. Each new value is
 * checked with the registry's validateEdit for that row; a row it refuses is listed as invalid, not sent.
 */
export async function planFieldEdits(
  resource: ResourceDefinition,
  targets: readonly string[],
  readRows: (path: string) => Promise<Row[]>,
  edit: (row: Row) => RowEdit,
  text: { title: Localized; confirmation: (count: number) => Localized },
): Promise<ActionPlan> {
  const rows = rowsByIri(await readRows(resource.path));
  const typeOf = fieldTypesOf(resource);
  const ops: PlannedOp[] = [];
  for (const target of uniqueTargets(targets)) {
    const row = rows.get(target);
    const label = labelOf(row, target);
    if (!row) {
      ops.push(skipped('patch', resource.path, target, label, 'missing', NOT_CACHED));
      continue;
    }
    const wanted = edit(row);
    if ('skip' in wanted) {
      ops.push(skipped('patch', resource.path, target, label, wanted.skip, wanted.reason));
      continue;
    }
    const changes = [];
    const body: Record<string, unknown> = {};
    let invalid: Localized | null = null;
    for (const [field, value] of Object.entries(wanted.values)) {
      const checked = resource.validateEdit(field, value, row);
      if (!checked.ok) {
        invalid = checked.message;
        changes.push({ field, old: valueOf(row[field]), new: valueOf(value) });
        continue;
      }
      if (sameValue(typeOf(field), row[field], checked.value)) continue;
      changes.push({ field, old: valueOf(row[field]), new: checked.value });
      body[field] = checked.value;
    }
    if (invalid) ops.push(skipped('patch', resource.path, target, label, 'invalid', invalid, changes));
    else if (changes.length === 0) ops.push(skipped('patch', resource.path, target, label, 'unchanged', UNCHANGED));
    else ops.push(op('patch', resource.path, target, label, changes, { method: 'PATCH', path: target, body }));
  }
  const count = ops.filter((o) => o.skip === null).length;
  return { title: text.title, confirmation: text.confirmation(count), ops, undo: PATCH_UNDO };
}

/** The value typed for a field, checked once for every row (a row-independent refusal stops the whole job). */
export function checkedValue(resource: ResourceDefinition, field: string, value: unknown): string | null {
  const checked = resource.validateEdit(field, value);
  if (!checked.ok) throw new BulkError('BULK_INVALID_PARAMS', checked.message);
  return checked.value;
}

/** edit-cell (a job of one) and bulk-edit: {field, value} for every selected row. */
export async function planEditField(
  resource: ResourceDefinition,
  targets: readonly string[],
  params: Record<string, unknown>,
  readRows: (path: string) => Promise<Row[]>,
  single: boolean,
): Promise<ActionPlan> {
  const field = params['field'];
  if (typeof field !== 'string' || field === '')
    throw refuse('BULK_INVALID_PARAMS', 'Choose the field to change.', 'Kies het veld dat u wilt wijzigen.');
  if (single && uniqueTargets(targets).length !== 1)
    throw refuse(
      'BULK_INVALID_PARAMS',
      'A cell edit changes exactly one row.',
      'Een celbewerking wijzigt precies één rij.',
    );
  const value = checkedValue(resource, field, params['value']);
  const label = resource.descriptor.writable.find((w) => w.field === field)?.label ?? { en: field, nl: field };
  return planFieldEdits(resource, targets, readRows, () => ({ values: { [field]: value } }), {
    title: { en: `Edit ${label.en}`, nl: `${label.nl} bewerken` },
    confirmation: (n) => ({
      en: `Change ${label.en.toLowerCase()} of ${n} ${n === 1 ? 'row' : 'rows'}?`,
      nl: `${label.nl} van ${n} ${n === 1 ? 'rij' : 'rijen'} wijzigen?`,
    }),
  });
}
