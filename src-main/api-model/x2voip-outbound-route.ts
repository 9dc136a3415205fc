import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

/** An outbound routing rule of an X2VoIP account. */
export interface X2voipOutboundRoute extends JsonLdResource {
  orderDetailsX2voip: Iri;
  name: string;
  /** Dialled-number prefix the rule applies to, e.g. "00" or "06"; "" = everything. */
  prefix: string;
  trunk: string;
  carrier: string;
  priority: number;
}

export const x2voipOutboundRouteModel: ResourceModel = {
  path: '/x2voip-outbound-routes',
  type: 'X2voipOutboundRoute',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  fields: [
    { name: 'orderDetailsX2voip', kind: 'iri', source: 'assumed', iriOf: '/order-details-x2voips' },
    { name: 'name', kind: 'string', source: 'assumed' },
    { name: 'prefix', kind: 'string', source: 'assumed' },
    { name: 'trunk', kind: 'string', source: 'assumed', note: 'docs: "through different trunks or carriers"' },
    { name: 'carrier', kind: 'string', source: 'assumed' },
    { name: 'priority', kind: 'integer', source: 'assumed' },
  ],
  filters: [],
  writable: {},
  note: 'Docs: list only, "outbound call routing rules"; no fields, no filters.',
};
