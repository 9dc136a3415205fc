import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

export const SIM_CARD_STATUSES = ['active', 'inactive', 'suspended', 'terminated'] as const;

export interface SimCard extends JsonLdResource {
  /** ICC-ID, 19 or 20 digits starting 8931, Luhn check digit last. */
  iccid: string;
  /** 15 digits, MCC 204 + MNC. */
  imsi: string;
  /** Mobile number, national format "06…". */
  msisdn: string | null;
  status: string;
  isEsim: boolean;
  order: Iri | null;
  customer: Iri | null;
  activatedAt: string | null;
}

export const simCardModel: ResourceModel = {
  path: '/simcards',
  type: 'SimCard',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  fields: [
    { name: 'iccid', kind: 'string', source: 'assumed', note: 'docs: "ICC and IMSI identifiers"; field name assumed' },
    { name: 'imsi', kind: 'string', source: 'assumed' },
    { name: 'msisdn', kind: 'string', source: 'assumed', nullable: true },
    { name: 'status', kind: 'enum', source: 'assumed', values: SIM_CARD_STATUSES },
    { name: 'isEsim', kind: 'boolean', source: 'assumed', note: 'docs: "including eSIMs"' },
    {
      name: 'order',
      kind: 'iri',
      source: 'assumed',
      nullable: true,
      iriOf: '/orders',
      note: 'docs: "linked to orders"',
    },
    { name: 'customer', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/customers' },
    { name: 'activatedAt', kind: 'datetime', source: 'assumed', nullable: true },
  ],
  filters: [],
  writable: {},
  note: 'Docs give no fields and no filters: only "ICC and IMSI identifiers, linked to orders, including eSIMs".',
};
