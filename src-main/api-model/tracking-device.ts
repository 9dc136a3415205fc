import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

export const TRACKING_DEVICE_STATUSES = ['online', 'offline', 'inactive'] as const;

export interface TrackingDevice extends JsonLdResource {
  unitCode: string;
  imei: string;
  model: string;
  simcard: Iri | null;
  order: Iri | null;
  customer: Iri | null;
  status: string;
  lastSeen: string | null;
}

export const trackingDeviceModel: ResourceModel = {
  path: '/tracking-devices',
  type: 'TrackingDevice',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  fields: [
    { name: 'unitCode', kind: 'string', source: 'assumed', note: 'docs: "devices have unit codes"' },
    { name: 'imei', kind: 'string', source: 'assumed' },
    { name: 'model', kind: 'string', source: 'assumed' },
    {
      name: 'simcard',
      kind: 'iri',
      source: 'assumed',
      nullable: true,
      iriOf: '/simcards',
      note: 'docs: "can be linked to SIM cards"',
    },
    { name: 'order', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/orders', note: 'docs: "and orders"' },
    { name: 'customer', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/customers' },
    { name: 'status', kind: 'enum', source: 'assumed', values: TRACKING_DEVICE_STATUSES },
    { name: 'lastSeen', kind: 'datetime', source: 'assumed', nullable: true },
  ],
  filters: [
    {
      name: 'unit_code_filter',
      kind: 'string',
      source: 'documented',
      note: 'snake_case (legacy naming); demo matches substrings, case-insensitive',
    },
  ],
  writable: {},
  note: 'Docs: filter unit_code_filter; devices have unit codes and link to SIM cards and orders. Field names assumed.',
};
