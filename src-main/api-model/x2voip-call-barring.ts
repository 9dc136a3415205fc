import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

export const CALL_BARRING_TYPES = ['international', 'premium-rate', 'mobile', 'satellite', 'service-numbers'] as const;

/** A call barring rule of an X2VoIP account. */
export interface X2voipCallBarring extends JsonLdResource {
  orderDetailsX2voip: Iri;
  callType: string;
  isBarred: boolean;
}

export const x2voipCallBarringModel: ResourceModel = {
  path: '/x2voip-call-barrings',
  type: 'X2voipCallBarring',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  fields: [
    { name: 'orderDetailsX2voip', kind: 'iri', source: 'assumed', iriOf: '/order-details-x2voips' },
    {
      name: 'callType',
      kind: 'enum',
      source: 'assumed',
      values: CALL_BARRING_TYPES,
      note: 'docs: "e.g., international, premium rate"',
    },
    { name: 'isBarred', kind: 'boolean', source: 'assumed' },
  ],
  filters: [],
  writable: {},
  note: 'Docs: list only, "which call types should be blocked"; no fields, no filters.',
};
