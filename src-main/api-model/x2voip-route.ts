import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

export const X2VOIP_ROUTE_TYPES = ['ring-group', 'ivr', 'voicemail', 'extension', 'forward'] as const;

/** An inbound call route of an X2VoIP account. */
export interface X2voipRoute extends JsonLdResource {
  orderDetailsX2voip: Iri;
  name: string;
  routeType: string;
  destination: string;
  priority: number;
  isActive: boolean;
}

export const x2voipRouteModel: ResourceModel = {
  path: '/x2voip-routes',
  type: 'X2voipRoute',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  fields: [
    { name: 'orderDetailsX2voip', kind: 'iri', source: 'assumed', iriOf: '/order-details-x2voips' },
    { name: 'name', kind: 'string', source: 'assumed' },
    {
      name: 'routeType',
      kind: 'enum',
      source: 'assumed',
      values: X2VOIP_ROUTE_TYPES,
      note: 'docs: "ring group, IVR, voicemail, etc."',
    },
    { name: 'destination', kind: 'string', source: 'assumed' },
    { name: 'priority', kind: 'integer', source: 'assumed' },
    { name: 'isActive', kind: 'boolean', source: 'assumed' },
  ],
  filters: [],
  writable: {},
  note: 'Docs: list only, "inbound call routes for X2VoIP accounts"; no fields, no filters.',
};
