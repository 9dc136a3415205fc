import { message, type Message } from '../../../src-preload/contract/messages.ts';
import { EDIT_MESSAGES } from '../../resources/edit-messages.ts';
import { checkWrite, type WriteValue } from '../../resources/validate-edit.ts';
import type { BoundWritable } from '../../resources/writable.ts';
import { WRITE_MESSAGES } from '../../resources/write-messages.ts';
import { instantOf, sameValue } from '../compare.ts';
import { BulkError } from '../errors.ts';
import type { PlanInput } from '../planner.ts';
import type { ActionPlan, ForwardNames, PlannedOp, Row } from '../types.ts';
import type { WriteSchema } from '../write-schema.ts';
import { labelOf, op, planEachRow, rowsByIri, skipped, uniqueTargets } from './shared.ts';

export const X2VOIP_NUMBERS_PATH = '/order-details-x2voip-numbers';
const NUMBER_IRI = /^\/order-details-x2voip-numbers\/[0-9]+$/;

/** Our own names: what journals written before the schema binding used. */
export const OWN_FORWARD_NAMES: ForwardNames = {
  number: 'orderDetailsX2voipNumber',
  forwardTo: 'forwardTo',
  dateStart: 'dateStart',
  dateEnd: 'dateEnd',
};

const forwardNames = (schema: WriteSchema): ForwardNames => ({
  number: schema.name('orderDetailsX2voipNumber'),
  forwardTo: schema.name('forwardTo'),
  dateStart: schema.name('dateStart'),
  dateEnd: schema.name('dateEnd'),
});

/**
 * The forwards of one X2VoIP number that already say exactly this, in whatever form the platform writes it
 * ("+31…" or "0…", a time with an offset or in UTC): creating another would duplicate it.
 */
export function matchingForwards(
  forwards: readonly Row[],
  want: { numberIri: string; forwardTo: string; dateStart: string | null; dateEnd: string | null },
  names: ForwardNames = OWN_FORWARD_NAMES,
): Row[] {
  return forwards.filter(
    (f) =>
      sameValue('iri', f[names.number], want.numberIri) &&
      sameValue('phone', f[names.forwardTo], want.forwardTo) &&
      sameValue('datetime', f[names.dateStart], want.dateStart) &&
      sameValue('datetime', f[names.dateEnd], want.dateEnd),
  );
}

/** A field the platform accepts on create, by the registry's name or its own; a refusal when it accepts none. */
function creatable(schema: WriteSchema, field: string): BoundWritable | undefined {
  return schema.creatables.find((c) => c.logical === field) ?? schema.creatables.find((c) => c.platform === field);
}

function checked(target: BoundWritable | undefined, value: unknown): WriteValue {
  if (!target) return null;
  const result = checkWrite(target, value);
  if (!result.ok) throw new BulkError('BULK_INVALID_PARAMS', result.message);
  return result.value;
}

/**
 * The body of one new forward, under the platform's names: the number, forward-to, the window, and any further
 * field the platform requires (typed in `fields` by its own name). A required field without a value refuses the
 * whole plan, naming the fields.
 */
function forwardBody(schema: WriteSchema, params: PlanInput<'create-forward'>['params']) {
  const names = forwardNames(schema);
  const forwardTo = checked(creatable(schema, 'forwardTo') ?? schema.writable('forwardTo'), params.forwardTo);
  if (typeof forwardTo !== 'string') throw new BulkError('BULK_INVALID_PARAMS', message('bulk.forwards.enterNumber'));
  const optional = (field: 'dateStart' | 'dateEnd'): string | null => {
    const value = params[field];
    if (value === undefined || value === null || value.trim() === '') return null;
    const result = checked(creatable(schema, field) ?? schema.writable(field), value);
    return typeof result === 'string' ? result : null;
  };
  const dateStart = optional('dateStart');
  const dateEnd = optional('dateEnd');
  if (dateStart !== null && dateEnd !== null && (instantOf(dateEnd) ?? 0) <= (instantOf(dateStart) ?? 0))
    throw new BulkError('BULK_INVALID_PARAMS', EDIT_MESSAGES.endNotAfterStart);
  const extra: Record<string, WriteValue> = {};
  for (const [name, value] of Object.entries(params.fields ?? {})) {
    const target = creatable(schema, name);
    if (!target) throw new BulkError('BULK_INVALID_PARAMS', EDIT_MESSAGES.notWritable(name));
    extra[target.platform] = checked(target, value);
  }
  const given = new Set([names.number, names.forwardTo, ...Object.keys(extra)]);
  if (dateStart !== null) given.add(names.dateStart);
  if (dateEnd !== null) given.add(names.dateEnd);
  const missing = schema.creatables.filter((c) => c.field.required && !given.has(c.platform));
  if (missing.length > 0)
    throw new BulkError('BULK_INVALID_PARAMS', WRITE_MESSAGES.requiredOnCreate(missing.map((m) => m.descriptor.label)));
  return { names, forwardTo, dateStart, dateEnd, extra };
}

/** create-forward {forwardTo, dateStart?, dateEnd?, fields?} for the selected X2VoIP numbers: one POST each. */
export async function planCreateForwards(input: PlanInput<'create-forward'>): Promise<ActionPlan> {
  const { resource, schema, targets, readRows } = input;
  const { names, forwardTo, dateStart, dateEnd, extra } = forwardBody(schema, input.params);
  const numbers = rowsByIri(await readRows(X2VOIP_NUMBERS_PATH).catch(() => []));
  const forwards = await readRows(resource.path);
  const want = { forwardTo, dateStart, dateEnd };
  const ops = uniqueTargets(targets).map((target): PlannedOp => {
    const label = labelOf(numbers.get(target), target);
    const skip = (kind: 'invalid' | 'duplicate', reason: Message): PlannedOp =>
      skipped('create-forward', resource.path, target, label, kind, reason, [], 'POST');
    if (!NUMBER_IRI.test(target)) return skip('invalid', message('bulk.forwards.notX2voip'));
    if (matchingForwards(forwards, { numberIri: target, ...want }, names).length > 0)
      return skip('duplicate', message('bulk.forwards.duplicate'));
    const body: Record<string, unknown> = { ...extra, [names.number]: target, [names.forwardTo]: forwardTo };
    if (dateStart !== null) body[names.dateStart] = dateStart;
    if (dateEnd !== null) body[names.dateEnd] = dateEnd;
    const planned = op(
      'create-forward',
      resource.path,
      target,
      label,
      [
        { field: names.forwardTo, old: null, new: forwardTo },
        { field: names.dateStart, old: null, new: dateStart },
        { field: names.dateEnd, old: null, new: dateEnd },
      ],
      { method: 'POST', path: resource.path, body },
    );
    const preexisting = forwards.filter((f) => sameValue('iri', f[names.number], target)).map((f) => String(f['@id']));
    return { ...planned, forward: { numberIri: target, ...want, preexisting, names } };
  });
  const n = ops.filter((o) => o.skip === null).length;
  return {
    title: message('bulk.forwards.title', { to: forwardTo }),
    confirmation: message('bulk.forwards.confirm', { to: forwardTo, count: n }),
    ops,
    undo: { available: true, note: message('bulk.forwards.undoNote') },
  };
}

/** delete-forward: one DELETE per selected forward. */
export async function planDeleteForwards(input: PlanInput<'delete-forward'>): Promise<ActionPlan> {
  const { resource, schema, targets, readRows } = input;
  const forwardToName = schema.name('forwardTo');
  const ops = await planEachRow(
    'delete-forward',
    resource.path,
    targets,
    readRows,
    'DELETE',
    (row, target, label): PlannedOp => {
      const forwardTo = typeof row[forwardToName] === 'string' ? row[forwardToName] : null;
      return op('delete-forward', resource.path, target, label, [{ field: forwardToName, old: forwardTo, new: null }], {
        method: 'DELETE',
        path: target,
      });
    },
    schema,
  );
  const n = ops.filter((o) => o.skip === null).length;
  return {
    title: message('bulk.forwards.deleteTitle'),
    confirmation: message('bulk.forwards.deleteConfirm', { count: n }),
    ops,
    undo: { available: false, note: message('bulk.forwards.deleteNoUndo') },
  };
}
