import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

/** An X2VoIP account: the typed order detail of an X2VoIP service. */
export interface OrderDetailsX2voip extends JsonLdResource {
  order: Iri;
  customer: Iri | null;
  accountName: string;
  sipUsername: string;
  sipDomain: string;
  trunkChannels: number;
  credit: number;
  lowCreditThreshold: number;
  registrationStatus: string;
}

export const orderDetailsX2voipModel: ResourceModel = {
  path: '/order-details-x2voips',
  type: 'OrderDetailsX2voip',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  fields: [
    { name: 'order', kind: 'iri', source: 'assumed', iriOf: '/orders' },
    { name: 'customer', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/customers' },
    { name: 'accountName', kind: 'string', source: 'assumed' },
    {
      name: 'sipUsername',
      kind: 'string',
      source: 'assumed',
      note: 'docs: "SIP credentials"; the demo never returns a SIP password',
    },
    { name: 'sipDomain', kind: 'string', source: 'assumed' },
    { name: 'trunkChannels', kind: 'integer', source: 'assumed', note: 'docs: "trunk config"' },
    { name: 'credit', kind: 'number', source: 'assumed', note: 'docs: "credit balance"' },
    { name: 'lowCreditThreshold', kind: 'number', source: 'assumed' },
    { name: 'registrationStatus', kind: 'enum', source: 'assumed', values: ['registered', 'unregistered'] },
  ],
  filters: [],
  writable: {},
  note: 'Docs: SIP credentials, trunk configuration, credit balance, registration status; no field names.',
};
