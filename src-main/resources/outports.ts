import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { outportModel } from '../api-model/index.ts';
import { column, CUSTOMER_LOOKUP, customerColumn, LABELS, orderColumn } from './columns.ts';
import type { ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const writable = writableFields(outportModel, {});

const descriptor: ResourceDescriptor = {
  id: 'outports',
  path: outportModel.path,
  label: { en: 'Outports', nl: 'Outports' },
  singular: { en: 'Outport', nl: 'Outport' },
  columns: [
    column('status', LABELS.status, 'status', true, {
      tones: { pending: 'amber', accepted: 'green', denied: 'red' },
    }),
    // an array of numbers: the grid joins them, quick search looks into each
    column('numbers', { en: 'Numbers', nl: 'Nummers' }, 'phone', true, { width: 200 }),
    column('requestedDate', { en: 'Porting date', nl: 'Overstapdatum' }, 'date', true),
    column('receivingProvider', { en: 'Receiving provider', nl: 'Ontvangende aanbieder' }, 'text', true),
    customerColumn(true),
    column('createdAt', { en: 'Received', nl: 'Ontvangen' }, 'datetime', true),
    column('handledAt', { en: 'Handled', nl: 'Afgehandeld' }, 'datetime', false),
    column('denyReason', { en: 'Reason for denial', nl: 'Reden van weigering' }, 'text', false),
    orderColumn(false),
  ],
  phoneFields: ['numbers'],
  writable,
  actions: [
    {
      id: 'accept-outport',
      label: { en: 'Accept outport', nl: 'Outport accepteren' },
      scope: 'selection',
      method: 'POST',
      confirm: true,
      note: {
        en: 'Accepts each selected outport; only pending outports can be accepted, and one whose status the console cannot read is left to the platform. Denying is not offered: the documentation says it is supported but shows no endpoint.',
        nl: 'Accepteert elke geselecteerde outport; alleen openstaande outports kunnen worden geaccepteerd, en over een outport waarvan de console de status niet kan lezen beslist het platform. Weigeren wordt niet aangeboden: de documentatie noemt het wel, maar geeft er geen adres voor.',
      },
    },
  ],
  lookups: [CUSTOMER_LOOKUP],
  tabs: [],
  requiresWholesaler: false,
  derived: [
    {
      id: 'daysLeft',
      label: { en: 'Days left', nl: 'Dagen over' },
      kind: 'days-left',
      field: 'requestedDate',
      when: { kind: 'equals', field: 'status', values: ['pending'] },
      initialSort: 'asc',
    },
  ],
  note:
    'Documented: the list and POST /outports/accept-outport {"id": n}. The docs say denying is supported but show no endpoint, ' +
    'so the registry offers no deny action (we do not guess one); deny with a reason stays in the portal until the endpoint is known. ' +
    'Fields and statuses (pending, accepted, denied) are assumed; "numbers" is an array of national numbers.',
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
