import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

export interface OrderDetailsX2voipNumber extends JsonLdResource {
  number: string;
  orderDetailsX2voip: Iri;
  phoneNumber: Iri | null;
  /** Permanent forward, if any (national format). */
  forwardTo: string | null;
  callerIdPresentation: boolean;
}

export const orderDetailsX2voipNumberModel: ResourceModel = {
  path: '/order-details-x2voip-numbers',
  type: 'OrderDetailsX2voipNumber',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  fields: [
    { name: 'number', kind: 'string', source: 'assumed' },
    { name: 'orderDetailsX2voip', kind: 'iri', source: 'assumed', iriOf: '/order-details-x2voips' },
    { name: 'phoneNumber', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/phonenumbers' },
    { name: 'forwardTo', kind: 'string', source: 'assumed', nullable: true },
    { name: 'callerIdPresentation', kind: 'boolean', source: 'assumed' },
  ],
  filters: [],
  writable: {},
  note: 'Docs: numbers of X2VoIP accounts with "routing, forwarding, and call handling configuration"; only GET item shown.',
};
