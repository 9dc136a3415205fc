import { message } from '../../src-preload/contract/messages.ts';
import type { ActionDescriptor, ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { phoneNumberModel } from '../api-model/index.ts';
import { EDIT_CELL } from './actions.ts';
import { column, CUSTOMER_LOOKUP, customerColumn, LABELS, orderColumn } from './columns.ts';
import type { ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const writable = writableFields(phoneNumberModel, {
  costCenter: { label: LABELS.costCenter },
  description: { label: LABELS.description },
});

const patch = (id: string, label: ActionDescriptor['label'], note?: ActionDescriptor['note']): ActionDescriptor => ({
  id,
  label,
  scope: 'selection',
  method: 'PATCH',
  confirm: true,
  ...(note ? { note } : {}),
});

const actions: ActionDescriptor[] = [
  patch('set-cost-center', message('actions.label.setCostCenter')),
  patch('set-description', message('actions.label.setDescription')),
  patch('clear-cost-center', message('actions.label.clearCostCenter')),
  patch('clear-description', message('actions.label.clearDescription')),
  patch(
    'replace-in-description',
    message('actions.label.replaceInDescription'),
    message('actions.note.replaceInDescription'),
  ),
  patch('import-csv', message('actions.label.importCsv'), message('actions.note.importCsv')),
  EDIT_CELL,
];

/**
 * Cost center and description are the documented writable fields (merge-patch); their length limits (50, 255) are
 * assumed. Lists are fetched without excludeOrders, because that flag drops the service label (orderLabel) shown
 * here.
 */
const descriptor: ResourceDescriptor = {
  id: 'phone-numbers',
  path: phoneNumberModel.path,
  label: message('resources.plural.phoneNumbers'),
  singular: message('resources.singular.phoneNumber'),
  columns: [
    column('number', LABELS.number, 'phone', true, { width: 130 }),
    column('costCenter', LABELS.costCenter, 'text', true),
    column('description', LABELS.description, 'text', true, { width: 240 }),
    column('orderLabel', message('columns.service'), 'text', true, { width: 220 }),
    customerColumn(true),
    column('areaCode', LABELS.area, 'iri', true),
    column('updatedAt', message('columns.lastChanged'), 'datetime', true),
    column('numberBlock', message('columns.numberBlock'), 'iri', false, { linksTo: 'number-blocks' }),
    orderColumn(false),
    column('createdAt', LABELS.createdAt, 'datetime', false),
  ],
  phoneFields: ['number'],
  writable,
  actions,
  lookups: [CUSTOMER_LOOKUP, { field: 'areaCode', path: '/areacodes', display: 'name' }],
  tabs: [],
  requiresWholesaler: false,
};

export const phoneNumbers: ResourceDefinition = {
  id: 'phone-numbers',
  descriptor,
  model: phoneNumberModel,
  tabModels: {},
  path: phoneNumberModel.path,
  itemKey: '@id',
  defaultQuery: {},
  validateEdit: createEditValidator(phoneNumberModel, writable),
};
