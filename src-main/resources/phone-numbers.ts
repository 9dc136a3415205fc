import type { ActionDescriptor, ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { phoneNumberModel } from '../api-model/index.ts';
import { EDIT_CELL } from './actions.ts';
import { column, CUSTOMER_LOOKUP, customerColumn, LABELS, orderColumn } from './columns.ts';
import type { ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const COST_CENTER = { en: 'Cost center', nl: 'Kostenplaats' };
const DESCRIPTION = { en: 'Description', nl: 'Omschrijving' };

const writable = writableFields(phoneNumberModel, {
  costCenter: { label: COST_CENTER },
  description: { label: DESCRIPTION },
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
  patch('set-cost-center', { en: 'Set cost center', nl: 'Kostenplaats instellen' }),
  patch('set-description', { en: 'Set description', nl: 'Omschrijving instellen' }),
  patch('clear-cost-center', { en: 'Clear cost center', nl: 'Kostenplaats wissen' }),
  patch('clear-description', { en: 'Clear description', nl: 'Omschrijving wissen' }),
  patch(
    'replace-in-description',
    { en: 'Find and replace in description', nl: 'Zoeken en vervangen in omschrijving' },
    {
      en: 'Rows whose description does not contain the text are skipped.',
      nl: 'Rijen waarvan de omschrijving de tekst niet bevat, worden overgeslagen.',
    },
  ),
  patch(
    'import-csv',
    { en: 'Import cost centers (CSV)', nl: 'Kostenplaatsen importeren (CSV)' },
    {
      en: 'Lines "number;costCenter[;description]", matched by number whether written 0…, +31… or 31…; lines that match no number are listed, never dropped.',
      nl: 'Regels "nummer;kostenplaats[;omschrijving]", gekoppeld op nummer, geschreven als 0…, +31… of 31…; regels zonder gevonden nummer worden getoond, nooit weggelaten.',
    },
  ),
  EDIT_CELL,
];

const descriptor: ResourceDescriptor = {
  id: 'phone-numbers',
  path: phoneNumberModel.path,
  label: { en: 'Phone numbers', nl: 'Telefoonnummers' },
  singular: { en: 'Phone number', nl: 'Telefoonnummer' },
  columns: [
    column('number', LABELS.number, 'phone', true, { width: 130 }),
    column('costCenter', COST_CENTER, 'text', true),
    column('description', DESCRIPTION, 'text', true, { width: 240 }),
    column('orderLabel', { en: 'Service', nl: 'Dienst' }, 'text', true, { width: 220 }),
    customerColumn(true),
    column('areaCode', LABELS.area, 'iri', true),
    column('updatedAt', { en: 'Last changed', nl: 'Laatst gewijzigd' }, 'datetime', true),
    column('numberBlock', { en: 'Number block', nl: 'Nummerblok' }, 'iri', false, { linksTo: 'number-blocks' }),
    orderColumn(false),
    column('createdAt', LABELS.createdAt, 'datetime', false),
  ],
  phoneFields: ['number'],
  writable,
  actions,
  lookups: [CUSTOMER_LOOKUP, { field: 'areaCode', path: '/areacodes', display: 'name' }],
  tabs: [],
  requiresWholesaler: false,
  note:
    'Cost center and description are the documented writable fields (merge-patch); their length limits (50, 255) are assumed. ' +
    'Lists are fetched without excludeOrders, because that flag drops the service label (orderLabel) shown here.',
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
