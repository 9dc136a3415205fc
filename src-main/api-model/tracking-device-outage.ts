import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

export interface TrackingDeviceOutage extends JsonLdResource {
  trackingDevice: Iri;
  unitCode: string;
  since: string;
  /** Seconds the device has been out, at the moment of the response. */
  durationSeconds: number;
  customer: Iri | null;
}

export const trackingDeviceOutageModel: ResourceModel = {
  path: '/tracking-device-outages',
  listPath: '/tracking-device-outages/report',
  type: 'TrackingDeviceOutage',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  fields: [
    { name: 'trackingDevice', kind: 'iri', source: 'assumed', iriOf: '/tracking-devices' },
    { name: 'unitCode', kind: 'string', source: 'assumed' },
    { name: 'since', kind: 'datetime', source: 'assumed' },
    { name: 'durationSeconds', kind: 'integer', source: 'assumed' },
    { name: 'customer', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/customers' },
  ],
  filters: [],
  writable: {},
  note: 'Docs: only GET /tracking-device-outages/report ("outage information"). We assume a Hydra collection of devices currently out.',
};
