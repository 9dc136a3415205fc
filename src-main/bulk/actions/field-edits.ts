import type { BulkFieldChange } from '../../../src-preload/contract/bulk.ts';
import { message, type UiText } from '../../../src-preload/contract/messages.ts';
import type { ResourceDefinition } from '../../resources/index.ts';
import { EDIT_MESSAGES } from '../../resources/edit-messages.ts';
import { checkWrite, type WriteValue } from '../../resources/validate-edit.ts';
import type { BoundWritable } from '../../resources/writable.ts';
import { instantOf, sameValue } from '../compare.ts';
import { BulkError, refuse } from '../errors.ts';
import type { PlanInput } from '../planner.ts';
import { valueOf, type ActionPlan, type PlannedOp, type Row } from '../types.ts';
import { assumedBindingAt, writeSchemaOf, type WriteSchema } from '../write-schema.ts';
import { labelOf, NOT_CACHED, op, rowsByIri, skipped, UNCHANGED, uniqueTargets } from './shared.ts';

/** The new values of one row (by the registry's or the platform's field name), or why the row is left out. */
export type RowEdit =
  { values: Record<string, WriteValue> } | { skip: 'unchanged' | 'not-applicable' | 'invalid'; reason: UiText };

export const PATCH_UNDO = { available: true, note: null };

/** Time windows whose end the platform wants after their start (registry names). */
const WINDOWS: readonly (readonly [string, string])[] = [['dateStart', 'dateEnd']];

function windowProblem(schema: WriteSchema, row: Row, body: Record<string, unknown>): UiText | null {
  for (const [startField, endField] of WINDOWS) {
    const start = schema.name(startField);
    const end = schema.name(endField);
    if (!Object.hasOwn(body, start) && !Object.hasOwn(body, end)) continue;
    const at = (name: string): number | null => {
      const value = Object.hasOwn(body, name) ? body[name] : row[name];
      return typeof value === 'string' ? instantOf(value) : null;
    };
    const from = at(start);
    const to = at(end);
    if (from !== null && to !== null && to <= from) return EDIT_MESSAGES.endNotAfterStart;
  }
  return null;
}

/** A writable field by either name, or a refusal naming it. */
export function writableOrRefuse(schema: WriteSchema, field: string): BoundWritable {
  const target = schema.writable(field);
  if (!target) throw new BulkError('BULK_INVALID_PARAMS', EDIT_MESSAGES.notWritable(field));
  return target;
}

/**
 * Field edits of selected rows: one merge-patch per row holding only the fields that change, under the platform's
 * names. Each value is checked against the platform's schema of the field; a row it refuses is listed as invalid,
 * not sent. A value that only differs in form ("+31…" for "0…") is no change.
 */
export async function planFieldEdits(
  resource: ResourceDefinition,
  targets: readonly string[],
  readRows: (path: string) => Promise<Row[]>,
  edit: (row: Row) => RowEdit,
  text: { title: UiText; confirmation: (count: number) => UiText },
  schema: WriteSchema = writeSchemaOf(resource, assumedBindingAt(resource.path)),
): Promise<ActionPlan> {
  const rows = rowsByIri(await readRows(resource.path));
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
    const changes: BulkFieldChange[] = [];
    const body: Record<string, unknown> = {};
    let invalid: UiText | null = null;
    for (const [field, value] of Object.entries(wanted.values)) {
      const writable = schema.writable(field);
      const name = writable?.platform ?? field;
      const checked = writable
        ? checkWrite(writable, value)
        : { ok: false as const, message: EDIT_MESSAGES.notWritable(field) };
      if (!checked.ok) {
        invalid = checked.message;
        changes.push({ field: name, old: valueOf(row[name]), new: valueOf(value) });
        continue;
      }
      if (sameValue(schema.valueType(name), row[name], checked.value)) continue;
      changes.push({ field: name, old: valueOf(row[name]), new: checked.value });
      body[name] = checked.value;
    }
    invalid ??= windowProblem(schema, row, body);
    if (invalid) ops.push(skipped('patch', resource.path, target, label, 'invalid', invalid, changes));
    else if (changes.length === 0) ops.push(skipped('patch', resource.path, target, label, 'unchanged', UNCHANGED));
    else ops.push(op('patch', resource.path, target, label, changes, { method: 'PATCH', path: target, body }));
  }
  const count = ops.filter((o) => o.skip === null).length;
  return { title: text.title, confirmation: text.confirmation(count), ops, undo: PATCH_UNDO };
}

/** The value typed for a field, checked once for every row (a row-independent refusal stops the whole job). */
export function checkedValue(schema: WriteSchema, field: string, value: unknown): WriteValue {
  const checked = checkWrite(writableOrRefuse(schema, field), value);
  if (!checked.ok) throw new BulkError('BULK_INVALID_PARAMS', checked.message);
  return checked.value;
}

/** edit-cell (a job of one) and bulk-edit: one writable field, the same value for every selected row. */
export async function planEditField(input: PlanInput<'edit-cell' | 'bulk-edit'>, single: boolean): Promise<ActionPlan> {
  const { resource, schema, targets, params } = input;
  if (single && uniqueTargets(targets).length !== 1)
    throw refuse('BULK_INVALID_PARAMS', message('bulk.cellEditOneRow'));
  const target = writableOrRefuse(schema, params.field);
  const value = checkedValue(schema, target.platform, params.value);
  const label = target.descriptor.label;
  const shown = value === null ? message('common.empty') : message('common.quoted', { text: String(value) });
  return planFieldEdits(
    resource,
    targets,
    input.readRows,
    () => ({ values: { [target.platform]: value } }),
    {
      title: message('bulk.setField.title', { field: label, value: shown }),
      confirmation: (n) => message('bulk.setField.confirm', { field: label, value: shown, count: n }),
    },
    schema,
  );
}
