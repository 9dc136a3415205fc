import { message } from '../../src-preload/contract/messages.ts';
import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { simCardModel } from '../api-model/index.ts';
import { column, CUSTOMER_LOOKUP, customerColumn, LABELS, orderColumn } from './columns.ts';
import type { ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const writable = writableFields(simCardModel, {});

/**
 * Read-only: the docs show only the list ("ICC and IMSI identifiers, linked to orders, including eSIMs") and no
 * writable field, so there is no bulk edit. Field names and statuses are assumed; M2M SIMs have 12-digit 097
 * numbers.
 */
const descriptor: ResourceDescriptor = {
  id: 'sim-cards',
  path: simCardModel.path,
  label: message('resources.plural.simCards'),
  singular: message('resources.singular.simCard'),
  columns: [
    column('iccid', message('columns.iccid'), 'text', true, { width: 190 }),
    column('imsi', message('columns.imsi'), 'text', true, { width: 150 }),
    column('msisdn', message('columns.mobileNumber'), 'phone', true, { width: 130 }),
    column('status', LABELS.status, 'status', true, {
      tones: { active: 'green', inactive: 'grey', suspended: 'amber', terminated: 'red' },
    }),
    column('isEsim', message('columns.esim'), 'boolean', true, { width: 70 }),
    customerColumn(true),
    column('activatedAt', message('columns.activated'), 'datetime', true),
    orderColumn(false),
  ],
  phoneFields: ['msisdn'],
  writable,
  actions: [],
  lookups: [CUSTOMER_LOOKUP],
  tabs: [],
  requiresWholesaler: false,
};

export const simCards: ResourceDefinition = {
  id: 'sim-cards',
  descriptor,
  model: simCardModel,
  tabModels: {},
  path: simCardModel.path,
  itemKey: '@id',
  defaultQuery: {},
  validateEdit: createEditValidator(simCardModel, writable),
};
