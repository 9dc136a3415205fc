import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { trackingDeviceModel, trackingDeviceOutageModel } from '../api-model/index.ts';
import { column, CUSTOMER_LOOKUP, customerColumn, orderColumn } from './columns.ts';
import type { ResourceDefinition } from './types.ts';
import { createEditValidator } from './validate-edit.ts';
import { writableFields } from './writable.ts';

const writable = writableFields(trackingDeviceModel, {});
const UNIT_CODE = { en: 'Unit code', nl: 'Unitcode' };
const OUTAGE_REPORT_PATH = trackingDeviceOutageModel.listPath ?? '/tracking-device-outages/report';

const descriptor: ResourceDescriptor = {
  id: 'tracking-devices',
  path: trackingDeviceModel.path,
  label: { en: 'Tracking devices', nl: 'GPS-trackers' },
  singular: { en: 'Tracking device', nl: 'GPS-tracker' },
  columns: [
    column('unitCode', UNIT_CODE, 'text', true, { width: 110 }),
    column('imei', { en: 'IMEI', nl: 'IMEI' }, 'text', true, { width: 150 }),
    column('model', { en: 'Model', nl: 'Model' }, 'text', true),
    column('status', { en: 'Status', nl: 'Status' }, 'status', true, {
      tones: { online: 'green', offline: 'red', inactive: 'grey' },
    }),
    column('lastSeen', { en: 'Last seen', nl: 'Laatst gezien' }, 'datetime', true),
    column('simcard', { en: 'SIM card', nl: 'Simkaart' }, 'iri', true, { linksTo: 'sim-cards' }),
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
      label: { en: 'Outage report', nl: 'Storingsrapport' },
      path: OUTAGE_REPORT_PATH,
      columns: [
        column('unitCode', UNIT_CODE, 'text', true, { width: 110 }),
        column('since', { en: 'Out since', nl: 'Storing sinds' }, 'datetime', true),
        column('durationSeconds', { en: 'Duration', nl: 'Duur' }, 'duration', true, { width: 100 }),
        column('trackingDevice', { en: 'Tracking device', nl: 'GPS-tracker' }, 'iri', true, {
          linksTo: 'tracking-devices',
        }),
        customerColumn(true),
      ],
      lookups: [{ field: 'trackingDevice', path: trackingDeviceModel.path, display: 'unitCode' }, CUSTOMER_LOOKUP],
    },
  ],
  requiresWholesaler: false,
  note:
    'Read-only: the docs show the list (filter unit_code_filter) and no writable field, so there is no bulk edit. ' +
    'Field names and statuses are assumed. The outage report tab reads GET /tracking-device-outages/report, assumed to be ' +
    'a paged Hydra collection of devices currently out; its duration is computed when the platform answers.',
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
