import { message } from '../../src-preload/contract/messages.ts';
import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { outportModel } from '../api-model/index.ts';
import { column, CUSTOMER_LOOKUP, customerColumn, LABELS, orderColumn } from './columns.ts';
import type { ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const writable = writableFields(outportModel, {});

/**
 * Documented: the list and POST /outports/accept-outport {"id": n}. The docs say denying is supported but show no
 * endpoint, so the registry offers no deny action (we do not guess one); deny with a reason stays in the portal
 * until the endpoint is known. Fields and statuses (pending, accepted, denied) are assumed; "numbers" is an array
 * of national numbers.
 */
const descriptor: ResourceDescriptor = {
  id: 'outports',
  path: outportModel.path,
  label: message('resources.plural.outports'),
  singular: message('resources.singular.outport'),
  columns: [
    column('status', LABELS.status, 'status', true, {
      tones: { pending: 'amber', accepted: 'green', denied: 'red' },
    }),
    // an array of numbers: the grid joins them, quick search looks into each
    column('numbers', message('columns.numbers'), 'phone', true, { width: 200 }),
    column('requestedDate', message('columns.portingDate'), 'date', true),
    column('receivingProvider', message('columns.receivingProvider'), 'text', true),
    customerColumn(true),
    column('createdAt', message('columns.received'), 'datetime', true),
    column('handledAt', message('columns.handled'), 'datetime', false),
    column('denyReason', message('columns.denyReason'), 'text', false),
    orderColumn(false),
  ],
  phoneFields: ['numbers'],
  writable,
  actions: [
    {
      id: 'accept-outport',
      label: message('actions.label.acceptOutport'),
      scope: 'selection',
      method: 'POST',
      confirm: true,
      note: message('actions.note.acceptOutport'),
    },
  ],
  lookups: [CUSTOMER_LOOKUP],
  tabs: [],
  requiresWholesaler: false,
  derived: [
    {
      id: 'daysLeft',
      label: message('columns.daysLeft'),
      kind: 'days-left',
      field: 'requestedDate',
      when: { kind: 'equals', field: 'status', values: ['pending'] },
      initialSort: 'asc',
    },
  ],
};

export const outports: ResourceDefinition = {
  id: 'outports',
  descriptor,
  model: outportModel,
  tabModels: {},
  path: outportModel.path,
  itemKey: '@id',
  defaultQuery: {},
  validateEdit: createEditValidator(outportModel, writable),
};
