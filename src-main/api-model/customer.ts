import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

export interface Customer extends JsonLdResource {
  name: string;
  reference: string | null;
  debtorNumber: string | null;
  invoiceEmail: string | null;
  parent: Iri | null;
  customerType: Iri;
  isActive: boolean;
  visitLocation: { street: string; houseNumber: string; zipcode: string; city: string } | null;
}

export const customerModel: ResourceModel = {
  path: '/customers',
  type: 'Customer',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  fields: [
    { name: 'name', kind: 'string', source: 'documented' },
    { name: 'reference', kind: 'string', source: 'documented', nullable: true },
    { name: 'debtorNumber', kind: 'string', source: 'documented', nullable: true },
    { name: 'invoiceEmail', kind: 'string', source: 'documented', nullable: true },
    { name: 'parent', kind: 'iri', source: 'documented', nullable: true, iriOf: '/customers' },
    { name: 'customerType', kind: 'iri', source: 'documented', iriOf: '/customer-types' },
    { name: 'isActive', kind: 'boolean', source: 'documented' },
    { name: 'visitLocation', kind: 'object', source: 'documented', nullable: true },
  ],
  filters: [
    { name: 'name', kind: 'string', source: 'documented', note: 'partial match' },
    { name: 'reference', kind: 'string', source: 'documented' },
    { name: 'parentId', kind: 'integer', source: 'documented', note: 'direct children only' },
    { name: 'inTreeOfCustomerId', kind: 'integer', source: 'documented', note: 'whole subtree' },
  ],
  writable: {},
  note: 'Documented with an example response. The console only needs customers to resolve IRIs and show names.',
};
