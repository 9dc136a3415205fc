import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

export interface PhoneNumber extends JsonLdResource {
  /** Dutch national format with the leading 0, e.g. "0201234567". */
  number: string;
  order: Iri | null;
  customer: Iri | null;
  numberBlock: Iri | null;
  areaCode: Iri | null;
  costCenter: string | null;
  description: string | null;
  /** Label of the linked order; the "order data" that excludeOrders=1 leaves out. */
  orderLabel?: string | null;
  createdAt: string;
  updatedAt: string;
}

export const COST_CENTER_MAX_LENGTH = 50;
export const PHONE_NUMBER_DESCRIPTION_MAX_LENGTH = 255;

export const phoneNumberModel: ResourceModel = {
  path: '/phonenumbers',
  type: 'PhoneNumber',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET', 'PATCH'],
  fields: [
    {
      name: 'number',
      kind: 'string',
      source: 'assumed',
      note: 'docs show the resource but no field list; national 0xx format assumed',
    },
    {
      name: 'order',
      kind: 'iri',
      source: 'assumed',
      nullable: true,
      iriOf: '/orders',
      note: 'docs: "phone numbers linked to services (orders)"',
    },
    { name: 'customer', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/customers' },
    { name: 'numberBlock', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/number-blocks' },
    { name: 'areaCode', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/areacodes' },
    { name: 'costCenter', kind: 'string', source: 'documented', nullable: true },
    { name: 'description', kind: 'string', source: 'documented', nullable: true },
    { name: 'orderLabel', kind: 'string', source: 'assumed', nullable: true, note: 'absent with excludeOrders=1' },
    { name: 'createdAt', kind: 'datetime', source: 'assumed' },
    { name: 'updatedAt', kind: 'datetime', source: 'assumed' },
  ],
  filters: [
    { name: 'orderId', kind: 'integer', source: 'documented' },
    {
      name: 'blockStart',
      kind: 'integer',
      source: 'documented',
      note: 'prefix match; documented as integer, so a leading 0 may be dropped by callers',
    },
    { name: 'excludeOrders', kind: 'flag', source: 'documented', note: '1 leaves out order data (faster)' },
  ],
  writable: {
    costCenter: { kind: 'string', nullable: true, maxLength: COST_CENTER_MAX_LENGTH },
    description: { kind: 'string', nullable: true, maxLength: PHONE_NUMBER_DESCRIPTION_MAX_LENGTH },
  },
  note: 'Docs: filters orderId/blockStart/excludeOrders and PATCH of costCenter and description (merge-patch). Other fields and the length limits are assumed.',
};
