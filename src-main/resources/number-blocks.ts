import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { numberBlockModel } from '../api-model/index.ts';
import { column, CUSTOMER_LOOKUP, customerColumn, LABELS, orderColumn } from './columns.ts';
import type { ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const writable = writableFields(numberBlockModel, {});

const descriptor: ResourceDescriptor = {
  id: 'number-blocks',
  path: numberBlockModel.path,
  label: { en: 'Number blocks', nl: 'Nummerblokken' },
  singular: { en: 'Number block', nl: 'Nummerblok' },
  columns: [
    column('start', { en: 'First number', nl: 'Eerste nummer' }, 'phone', true, { width: 130 }),
    column('end', { en: 'Last number', nl: 'Laatste nummer' }, 'phone', true, { width: 130 }),
    column('size', { en: 'Size', nl: 'Grootte' }, 'number', true, { width: 80 }),
    column('areaCode', LABELS.area, 'iri', true),
    column('status', LABELS.status, 'status', true, {
      tones: { available: 'green', 'in-use': 'blue', 'cool-off': 'amber' },
    }),
    column('coolOffUntil', { en: 'Cool-off until', nl: 'Quarantaine tot' }, 'datetime', true),
    customerColumn(true),
    orderColumn(false),
    column('numberPool', { en: 'Number pool', nl: 'Nummerpool' }, 'iri', false),
  ],
  phoneFields: ['start', 'end'],
  writable,
  actions: [
    {
      id: 'end-cool-off',
      label: { en: 'End cool-off', nl: 'Quarantaine beëindigen' },
      scope: 'selection',
      method: 'GET',
      sideEffectOnGet: true,
      confirm: true,
      note: {
        en: 'Ends the cool-off of each selected block now. Safe to repeat: a block that is not cooling off stays as it is. A block whose status the console cannot read is sent, and the platform decides.',
        nl: 'Beëindigt nu de quarantaine van elk geselecteerd blok. Herhalen kan geen kwaad: een blok zonder quarantaine blijft zoals het is. Een blok waarvan de console de status niet kan lezen wordt verstuurd, en het platform beslist.',
      },
    },
    {
      id: 'split',
      label: { en: 'Split into blocks of N', nl: 'Splitsen in blokken van N' },
      scope: 'selection',
      method: 'GET',
      sideEffectOnGet: true,
      confirm: true,
      note: {
        en: 'Splits each selected block into blocks of N numbers. N must be smaller than the block and divide its size; a block in use cannot be split. Sent once per block, never repeated blindly; a split cannot be undone.',
        nl: 'Splitst elk geselecteerd blok in blokken van N nummers. N moet kleiner zijn dan het blok en de grootte delen; een blok in gebruik kan niet worden gesplitst. Eén keer per blok verstuurd, nooit blind herhaald; splitsen kan niet worden teruggedraaid.',
      },
    },
  ],
  lookups: [{ field: 'areaCode', path: '/areacodes', display: 'name' }, CUSTOMER_LOOKUP],
  tabs: [],
  requiresWholesaler: true,
  derived: [
    {
      id: 'coolOffDaysLeft',
      label: { en: 'Cool-off ends in', nl: 'Quarantaine eindigt over' },
      kind: 'days-left',
      field: 'coolOffUntil',
      when: { kind: 'equals', field: 'status', values: ['cool-off'] },
    },
  ],
  note:
    'Needs superuser or wholesaler rights (403 otherwise). Split and end cool-off are documented as GET requests with side effects. ' +
    'Fields and statuses (available, in-use, cool-off) are assumed; no field is writable by PATCH.',
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
