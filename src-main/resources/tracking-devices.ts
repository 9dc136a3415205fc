import { message } from '../../src-preload/contract/messages.ts';
import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { trackingDeviceModel, trackingDeviceOutageModel } from '../api-model/index.ts';
import { column, CUSTOMER_LOOKUP, customerColumn, LABELS, orderColumn } from './columns.ts';
import type { ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const writable = writableFields(trackingDeviceModel, {});
const OUTAGE_REPORT_PATH = trackingDeviceOutageModel.listPath ?? '/tracking-device-outages/report';

/**
 * Read-only: the docs show the list (filter unit_code_filter) and no writable field, so there is no bulk edit.
 * Field names and statuses are assumed. The outage report tab reads GET /tracking-device-outages/report, assumed to
 * be a paged Hydra collection of devices currently out; its duration is computed when the platform answers.
 */
const descriptor: ResourceDescriptor = {
  id: 'tracking-devices',
  path: trackingDeviceModel.path,
  label: message('resources.plural.trackingDevices'),
  singular: message('resources.singular.trackingDevice'),
  columns: [
    column('unitCode', LABELS.unitCode, 'text', true, { width: 110 }),
    column('imei', message('columns.imei'), 'text', true, { width: 150 }),
    column('model', message('columns.model'), 'text', true),
    column('status', LABELS.status, 'status', true, {
      tones: { online: 'green', offline: 'red', inactive: 'grey' },
    }),
    column('lastSeen', message('columns.lastSeen'), 'datetime', true),
    column('simcard', message('columns.simCard'), 'iri', true, { linksTo: 'sim-cards' }),
    customerColumn(true),
    orderColumn(false),
  ],
  phoneFields: [],
  writable,
  actions: [],
  lookups: [{ field: 'simcard', path: '/simcards', display: 'iccid' }, CUSTOMER_LOOKUP],
  tabs: [
    {
      id: 'outage-report',
      label: message('resources.tab.outageReport'),
      path: OUTAGE_REPORT_PATH,
      columns: [
        column('unitCode', LABELS.unitCode, 'text', true, { width: 110 }),
        column('since', message('columns.outSince'), 'datetime', true),
        column('durationSeconds', message('columns.duration'), 'duration', true, { width: 100 }),
        column('trackingDevice', message('columns.trackingDevice'), 'iri', true, {
          linksTo: 'tracking-devices',
        }),
        customerColumn(true),
      ],
      lookups: [{ field: 'trackingDevice', path: trackingDeviceModel.path, display: 'unitCode' }, CUSTOMER_LOOKUP],
    },
  ],
  requiresWholesaler: false,
};

export const trackingDevices: ResourceDefinition = {
  id: 'tracking-devices',
  descriptor,
  model: trackingDeviceModel,
  tabModels: { 'outage-report': trackingDeviceOutageModel },
  path: trackingDeviceModel.path,
  itemKey: '@id',
  defaultQuery: {},
  validateEdit: createEditValidator(trackingDeviceModel, writable),
};
