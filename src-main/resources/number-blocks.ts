import { message } from '../../src-preload/contract/messages.ts';
import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { numberBlockModel } from '../api-model/index.ts';
import { column, CUSTOMER_LOOKUP, customerColumn, LABELS, orderColumn } from './columns.ts';
import type { ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const writable = writableFields(numberBlockModel, {});

/**
 * Needs superuser or wholesaler rights (403 otherwise). Split and end cool-off are documented as GET requests with
 * side effects. Fields and statuses (available, in-use, cool-off) are assumed; no field is writable by PATCH.
 */
const descriptor: ResourceDescriptor = {
  id: 'number-blocks',
  path: numberBlockModel.path,
  label: message('resources.plural.numberBlocks'),
  singular: message('resources.singular.numberBlock'),
  columns: [
    column('start', message('columns.firstNumber'), 'phone', true, { width: 130 }),
    column('end', message('columns.lastNumber'), 'phone', true, { width: 130 }),
    column('size', message('columns.size'), 'number', true, { width: 80 }),
    column('areaCode', LABELS.area, 'iri', true),
    column('status', LABELS.status, 'status', true, {
      tones: { available: 'green', 'in-use': 'blue', 'cool-off': 'amber' },
    }),
    column('coolOffUntil', message('columns.coolOffUntil'), 'datetime', true),
    customerColumn(true),
    orderColumn(false),
    column('numberPool', message('columns.numberPool'), 'iri', false),
  ],
  phoneFields: ['start', 'end'],
  writable,
  actions: [
    {
      id: 'end-cool-off',
      label: message('actions.label.endCoolOff'),
      scope: 'selection',
      method: 'GET',
      sideEffectOnGet: true,
      confirm: true,
      note: message('actions.note.endCoolOff'),
    },
    {
      id: 'split',
      label: message('actions.label.split'),
      scope: 'selection',
      method: 'GET',
      sideEffectOnGet: true,
      confirm: true,
      note: message('actions.note.split'),
    },
  ],
  lookups: [{ field: 'areaCode', path: '/areacodes', display: 'name' }, CUSTOMER_LOOKUP],
  tabs: [],
  requiresWholesaler: true,
  derived: [
    {
      id: 'coolOffDaysLeft',
      label: message('columns.coolOffEndsIn'),
      kind: 'days-left',
      field: 'coolOffUntil',
      when: { kind: 'equals', field: 'status', values: ['cool-off'] },
    },
  ],
};

export const numberBlocks: ResourceDefinition = {
  id: 'number-blocks',
  descriptor,
  model: numberBlockModel,
  tabModels: {},
  path: numberBlockModel.path,
  itemKey: '@id',
  defaultQuery: {},
  validateEdit: createEditValidator(numberBlockModel, writable),
};
