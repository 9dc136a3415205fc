import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

/** An order is an active service (not a purchase order). */
export interface Order extends JsonLdResource {
  customer: Iri;
  serviceType: Iri;
  label: string;
  description: string | null;
  dateStart: string;
  dateEnd: string | null;
  isActive: boolean;
  costCenter: string | null;
  parentId: number | null;
  children: { id: number }[];
  /** Typed detail IRI; which key appears depends on the service type (orderDetailsX2voip, orderDetailsGeneric, ...). */
  orderDetailsX2voip?: Iri;
  orderDetailsGeneric?: Iri;
}

export const orderModel: ResourceModel = {
  path: '/orders',
  type: 'Order',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  fields: [
    { name: 'customer', kind: 'iri', source: 'documented', iriOf: '/customers' },
    { name: 'serviceType', kind: 'iri', source: 'documented', iriOf: '/service-types' },
    { name: 'label', kind: 'string', source: 'documented' },
    { name: 'description', kind: 'string', source: 'documented', nullable: true },
    { name: 'dateStart', kind: 'date', source: 'documented' },
    { name: 'dateEnd', kind: 'date', source: 'documented', nullable: true },
    { name: 'isActive', kind: 'boolean', source: 'documented' },
    { name: 'costCenter', kind: 'string', source: 'documented', nullable: true },
    { name: 'parentId', kind: 'integer', source: 'documented', nullable: true },
    { name: 'children', kind: 'array', source: 'documented' },
    {
      name: 'orderDetailsX2voip',
      kind: 'iri',
      source: 'documented',
      iriOf: '/order-details-x2voips',
      note: 'only on X2VoIP services',
    },
    {
      name: 'orderDetailsGeneric',
      kind: 'iri',
      source: 'documented',
      iriOf: '/order-details-generics',
      note: 'only on generic services',
    },
  ],
  filters: [
    { name: 'customer.id', kind: 'integer', source: 'documented' },
    { name: 'includeTree', kind: 'flag', source: 'documented' },
    { name: 'inTreeOfCustomerId', kind: 'integer', source: 'documented' },
  ],
  writable: {},
  note: 'Documented with an example response. Needed so that order IRIs on numbers, SIMs and devices resolve.',
};
