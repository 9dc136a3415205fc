import type { Localized, ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { scheduledForwardModel } from '../api-model/index.ts';
import { EDIT_CELL } from './actions.ts';
import { column, LABELS } from './columns.ts';
import { EDIT_MESSAGES } from './edit-messages.ts';
import type { EditRow, ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const FORWARD_TO = { en: 'Forward to', nl: 'Doorschakelen naar' };
const DATE_START = { en: 'Starts', nl: 'Begint' };
const DATE_END = { en: 'Ends', nl: 'Eindigt' };

const writable = writableFields(scheduledForwardModel, {
  forwardTo: { label: FORWARD_TO, phone: true },
  dateStart: { label: DATE_START },
  dateEnd: { label: DATE_END },
});

const instant = (value: unknown): number | null => (typeof value === 'string' ? Date.parse(value) : null);

/** The platform refuses a window whose end is not after its start (422). */
function endAfterStart(field: string, value: string | null, row: EditRow): Localized | null {
  if (value === null) return null;
  const start = field === 'dateStart' ? instant(value) : field === 'dateEnd' ? instant(row['dateStart']) : null;
  const end = field === 'dateEnd' ? instant(value) : field === 'dateStart' ? instant(row['dateEnd']) : null;
  if (start === null || end === null || Number.isNaN(start) || Number.isNaN(end)) return null;
  return end > start ? null : EDIT_MESSAGES.endNotAfterStart;
}

const descriptor: ResourceDescriptor = {
  id: 'scheduled-forwards',
  path: scheduledForwardModel.path,
  label: { en: 'Scheduled forwards', nl: 'Geplande doorschakelingen' },
  singular: { en: 'Scheduled forward', nl: 'Geplande doorschakeling' },
  columns: [
    column('orderDetailsX2voipNumber', LABELS.number, 'iri', true, { width: 130 }),
    column('forwardTo', FORWARD_TO, 'phone', true, { width: 130 }),
    column('dateStart', DATE_START, 'datetime', true),
    column('dateEnd', DATE_END, 'datetime', true),
    column('createdAt', LABELS.createdAt, 'datetime', true),
    column('number', { en: 'Number (copy)', nl: 'Nummer (kopie)' }, 'phone', false, { width: 130 }),
  ],
  phoneFields: ['forwardTo', 'number'],
  writable,
  actions: [
    {
      id: 'create-forward',
      label: { en: 'Create forward', nl: 'Doorschakeling aanmaken' },
      scope: 'selection',
      method: 'POST',
      confirm: true,
      note: {
        en: 'Works on X2VoIP numbers, not on the selected forwards: one new forward per number, to the forward-to number and, optionally, from a start until an end.',
        nl: 'Werkt op X2VoIP-nummers, niet op de geselecteerde doorschakelingen: één nieuwe doorschakeling per nummer, naar het doorschakelnummer en eventueel van een begin tot een einde.',
      },
    },
    {
      id: 'delete-forward',
      label: { en: 'Delete forward', nl: 'Doorschakeling verwijderen' },
      scope: 'selection',
      method: 'DELETE',
      confirm: true,
    },
    EDIT_CELL,
  ],
  lookups: [{ field: 'orderDetailsX2voipNumber', path: '/order-details-x2voip-numbers', display: 'number' }],
  tabs: [],
  requiresWholesaler: false,
  derived: [
    {
      id: 'windowState',
      label: { en: 'State', nl: 'Toestand' },
      kind: 'window-state',
      field: 'dateStart',
      endField: 'dateEnd',
    },
    {
      id: 'startsIn',
      label: { en: 'Starts in', nl: 'Begint over' },
      kind: 'days-left',
      field: 'dateStart',
      when: { kind: 'window', startField: 'dateStart', endField: 'dateEnd', states: ['upcoming'] },
    },
    {
      id: 'endsIn',
      label: { en: 'Ends in', nl: 'Eindigt over' },
      kind: 'days-left',
      field: 'dateEnd',
      when: { kind: 'window', startField: 'dateStart', endField: 'dateEnd', states: ['active'] },
    },
  ],
  note:
    'Documented: list and POST {orderDetailsX2voipNumber, forwardTo}, plus "creating, updating, and deleting". ' +
    "The time window (dateStart/dateEnd), PATCH and DELETE are assumed. The number column resolves each forward's " +
    'X2VoIP number through a lookup; the copied "number" field is assumed and hidden.',
};

export const scheduledForwards: ResourceDefinition = {
  id: 'scheduled-forwards',
  descriptor,
  model: scheduledForwardModel,
  tabModels: {},
  path: scheduledForwardModel.path,
  itemKey: '@id',
  defaultQuery: {},
  validateEdit: createEditValidator(scheduledForwardModel, writable, endAfterStart),
};
