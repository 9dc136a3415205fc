import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

export const OUTPORT_STATUSES = ['pending', 'accepted', 'denied'] as const;

export interface Outport extends JsonLdResource {
  status: string;
  /** The numbers to be ported out, national format. */
  numbers: string[];
  /** Requested porting date (YYYY-MM-DD). */
  requestedDate: string;
  receivingProvider: string;
  customer: Iri | null;
  order: Iri | null;
  createdAt: string;
  handledAt: string | null;
  denyReason: string | null;
}

export const outportModel: ResourceModel = {
  path: '/outports',
  type: 'Outport',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET', 'POST'],
  fields: [
    { name: 'status', kind: 'enum', source: 'assumed', values: OUTPORT_STATUSES },
    { name: 'numbers', kind: 'array', source: 'assumed' },
    { name: 'requestedDate', kind: 'date', source: 'assumed' },
    { name: 'receivingProvider', kind: 'string', source: 'assumed' },
    { name: 'customer', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/customers' },
    { name: 'order', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/orders' },
    { name: 'createdAt', kind: 'datetime', source: 'assumed' },
    { name: 'handledAt', kind: 'datetime', source: 'assumed', nullable: true },
    { name: 'denyReason', kind: 'string', source: 'assumed', nullable: true },
  ],
  filters: [],
  writable: {},
  note:
    'Docs: list, and POST /outports/accept-outport {"id": 123} to approve. They mention denying but show no endpoint, ' +
    'so neither the demo nor the registry invents one.',
};
