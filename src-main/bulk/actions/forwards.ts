import type { ResourceDefinition } from '../../resources/index.ts';
import { sameValue } from '../compare.ts';
import { BulkError } from '../errors.ts';
import type { ActionPlan, PlannedOp, Row } from '../types.ts';
import { labelOf, op, planEachRow, rowsByIri, skipped, uniqueTargets } from './shared.ts';

export const X2VOIP_NUMBERS_PATH = '/order-details-x2voip-numbers';
const NUMBER_IRI = /^\/order-details-x2voip-numbers\/[0-9]+$/;

const checked = (resource: ResourceDefinition, field: string, value: unknown, row?: Row): string | null => {
  const result = resource.validateEdit(field, value, row);
  if (!result.ok) throw new BulkError('BULK_INVALID_PARAMS', result.message);
  return result.value;
};

const optionalDate = (resource: ResourceDefinition, field: string, value: unknown, row?: Row): string | null =>
  value === undefined || value === null || value === '' ? null : checked(resource, field, value, row);

/**
 * The forwards of one X2VoIP number that already say exactly this, in whatever form the platform writes it
 * ("+31…" or "0…", a time with an offset or in UTC): creating another would duplicate it.
 */
export function matchingForwards(
  forwards: readonly Row[],
  numberIri: string,
  forwardTo: string,
  dateStart: string | null,
  dateEnd: string | null,
): Row[] {
  return forwards.filter(
    (f) =>
      sameValue('iri', f['orderDetailsX2voipNumber'], numberIri) &&
      sameValue('phone', f['forwardTo'], forwardTo) &&
      sameValue('datetime', f['dateStart'], dateStart) &&
      sameValue('datetime', f['dateEnd'], dateEnd),
  );
}

/** create-forward {forwardTo, dateStart?, dateEnd?} for the selected X2VoIP numbers: one POST each. */
export async function planCreateForwards(
  resource: ResourceDefinition,
  targets: readonly string[],
  params: Record<string, unknown>,
  readRows: (path: string) => Promise<Row[]>,
): Promise<ActionPlan> {
  const forwardTo = checked(resource, 'forwardTo', params['forwardTo']);
  if (forwardTo === null)
    throw new BulkError('BULK_INVALID_PARAMS', {
      en: 'Enter the number to forward to.',
      nl: 'Voer het doorschakelnummer in.',
    });
  const dateStart = optionalDate(resource, 'dateStart', params['dateStart']);
  const dateEnd = optionalDate(resource, 'dateEnd', params['dateEnd'], { dateStart });
  const numbers = rowsByIri(await readRows(X2VOIP_NUMBERS_PATH).catch(() => []));
  const forwards = await readRows(resource.path);
  const ops = uniqueTargets(targets).map((target): PlannedOp => {
    const label = labelOf(numbers.get(target), target);
    if (!NUMBER_IRI.test(target))
      return skipped(
        'create-forward',
        resource.path,
        target,
        label,
        'invalid',
        {
          en: 'Not an X2VoIP number: forwards are created for X2VoIP numbers.',
          nl: 'Geen X2VoIP-nummer: doorschakelingen worden voor X2VoIP-nummers aangemaakt.',
        },
        [],
        'POST',
      );
    if (matchingForwards(forwards, target, forwardTo, dateStart, dateEnd).length > 0)
      return skipped(
        'create-forward',
        resource.path,
        target,
        label,
        'duplicate',
        {
          en: 'This number already has exactly this forward.',
          nl: 'Dit nummer heeft precies deze doorschakeling al.',
        },
        [],
        'POST',
      );
    const body: Record<string, unknown> = { orderDetailsX2voipNumber: target, forwardTo };
    if (dateStart !== null) body['dateStart'] = dateStart;
    if (dateEnd !== null) body['dateEnd'] = dateEnd;
    const planned = op(
      'create-forward',
      resource.path,
      target,
      label,
      [
        { field: 'forwardTo', old: null, new: forwardTo },
        { field: 'dateStart', old: null, new: dateStart },
        { field: 'dateEnd', old: null, new: dateEnd },
      ],
      { method: 'POST', path: resource.path, body },
    );
    const preexisting = forwards
      .filter((f) => sameValue('iri', f['orderDetailsX2voipNumber'], target))
      .map((f) => String(f['@id']));
    return { ...planned, forward: { numberIri: target, forwardTo, dateStart, dateEnd, preexisting } };
  });
  const n = ops.filter((o) => o.skip === null).length;
  return {
    title: { en: `Forward to ${forwardTo}`, nl: `Doorschakelen naar ${forwardTo}` },
    confirmation: {
      en: `Create a forward to ${forwardTo} for ${n} ${n === 1 ? 'number' : 'numbers'}?`,
      nl: `Een doorschakeling naar ${forwardTo} aanmaken voor ${n} ${n === 1 ? 'nummer' : 'nummers'}?`,
    },
    ops,
    undo: {
      available: true,
      note: {
        en: 'Undo deletes the forwards this job created.',
        nl: 'Terugdraaien verwijdert de doorschakelingen die deze taak aanmaakte.',
      },
    },
  };
}

/** delete-forward: one DELETE per selected forward. */
export async function planDeleteForwards(
  resource: ResourceDefinition,
  targets: readonly string[],
  readRows: (path: string) => Promise<Row[]>,
): Promise<ActionPlan> {
  const ops = await planEachRow(
    'delete-forward',
    resource.path,
    targets,
    readRows,
    'DELETE',
    (row, target, label): PlannedOp => {
      const forwardTo = typeof row['forwardTo'] === 'string' ? row['forwardTo'] : null;
      return op('delete-forward', resource.path, target, label, [{ field: 'forwardTo', old: forwardTo, new: null }], {
        method: 'DELETE',
        path: target,
      });
    },
  );
  const n = ops.filter((o) => o.skip === null).length;
  return {
    title: { en: 'Delete forwards', nl: 'Doorschakelingen verwijderen' },
    confirmation: {
      en: `Delete ${n} scheduled ${n === 1 ? 'forward' : 'forwards'}?`,
      nl: `${n} geplande ${n === 1 ? 'doorschakeling' : 'doorschakelingen'} verwijderen?`,
    },
    ops,
    undo: {
      available: false,
      note: {
        en: 'No automatic undo: a deleted forward can only be created anew (with a new id); use "Create forward".',
        nl: 'Niet automatisch terug te draaien: een verwijderde doorschakeling kan alleen opnieuw worden aangemaakt (met een nieuw id).',
      },
    },
  };
}
