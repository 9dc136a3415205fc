import { message, type Message } from '../../src-preload/contract/messages.ts';
import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { scheduledForwardModel } from '../api-model/index.ts';
import { EDIT_CELL } from './actions.ts';
import { column, LABELS } from './columns.ts';
import { EDIT_MESSAGES } from './edit-messages.ts';
import type { EditRow, ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const FORWARD_TO = message('columns.forwardTo');
const DATE_START = message('columns.startsAt');
const DATE_END = message('columns.endsAt');

const writable = writableFields(scheduledForwardModel, {
  forwardTo: { label: FORWARD_TO, phone: true },
  dateStart: { label: DATE_START },
  dateEnd: { label: DATE_END },
});

const instant = (value: unknown): number | null => (typeof value === 'string' ? Date.parse(value) : null);

/** The platform refuses a window whose end is not after its start (422). */
function endAfterStart(field: string, value: string | null, row: EditRow): Message | null {
  if (value === null) return null;
  const start = field === 'dateStart' ? instant(value) : field === 'dateEnd' ? instant(row['dateStart']) : null;
  const end = field === 'dateEnd' ? instant(value) : field === 'dateStart' ? instant(row['dateEnd']) : null;
  if (start === null || end === null || Number.isNaN(start) || Number.isNaN(end)) return null;
  return end > start ? null : EDIT_MESSAGES.endNotAfterStart;
}

/**
 * Documented: list and POST {orderDetailsX2voipNumber, forwardTo}, plus "creating, updating, and deleting". The
 * time window (dateStart/dateEnd), PATCH and DELETE are assumed. The number column resolves each forward's X2VoIP
 * number through a lookup; the copied "number" field is assumed and hidden.
 */
const descriptor: ResourceDescriptor = {
  id: 'scheduled-forwards',
  path: scheduledForwardModel.path,
  label: message('resources.plural.scheduledForwards'),
  singular: message('resources.singular.scheduledForward'),
  columns: [
    column('orderDetailsX2voipNumber', LABELS.number, 'iri', true, { width: 130 }),
    column('forwardTo', FORWARD_TO, 'phone', true, { width: 130 }),
    column('dateStart', DATE_START, 'datetime', true),
    column('dateEnd', DATE_END, 'datetime', true),
    column('createdAt', LABELS.createdAt, 'datetime', true),
    column('number', message('columns.numberCopy'), 'phone', false, { width: 130 }),
  ],
  phoneFields: ['forwardTo', 'number'],
  writable,
  actions: [
    {
      id: 'create-forward',
      label: message('actions.label.createForward'),
      scope: 'selection',
      method: 'POST',
      confirm: true,
      note: message('actions.note.createForward'),
    },
    {
      id: 'delete-forward',
      label: message('actions.label.deleteForward'),
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
      label: message('columns.windowState'),
      kind: 'window-state',
      field: 'dateStart',
      endField: 'dateEnd',
    },
    {
      id: 'startsIn',
      label: message('columns.startsIn'),
      kind: 'days-left',
      field: 'dateStart',
      when: { kind: 'window', startField: 'dateStart', endField: 'dateEnd', states: ['upcoming'] },
    },
    {
      id: 'endsIn',
      label: message('columns.endsIn'),
      kind: 'days-left',
      field: 'dateEnd',
      when: { kind: 'window', startField: 'dateStart', endField: 'dateEnd', states: ['active'] },
    },
  ],
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
