import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel } from './model.ts';

export const NUMBER_BLOCK_SIZES = [10, 100, 1000] as const;
export const NUMBER_BLOCK_STATUSES = ['available', 'in-use', 'cool-off'] as const;

export interface NumberBlock extends JsonLdResource {
  /** First number of the block, national format, e.g. "0201234000". */
  start: string;
  /** Last number of the block. */
  end: string;
  size: number;
  areaCode: Iri;
  numberPool: Iri;
  status: string;
  /** When the cool-off ends; null when the block is not cooling off. */
  coolOffUntil: string | null;
  customer: Iri | null;
  order: Iri | null;
}

export const numberBlockModel: ResourceModel = {
  path: '/number-blocks',
  type: 'NumberBlock',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  requiresWholesaler: true,
  fields: [
    { name: 'start', kind: 'string', source: 'assumed' },
    { name: 'end', kind: 'string', source: 'assumed' },
    { name: 'size', kind: 'integer', source: 'assumed', note: '10, 100 or 1000' },
    { name: 'areaCode', kind: 'iri', source: 'assumed', iriOf: '/areacodes' },
    {
      name: 'numberPool',
      kind: 'iri',
      source: 'assumed',
      iriOf: '/number-pools',
      note: 'docs only name the excludedNumberPoolIds[] filter',
    },
    { name: 'status', kind: 'enum', source: 'assumed', values: NUMBER_BLOCK_STATUSES },
    {
      name: 'coolOffUntil',
      kind: 'datetime',
      source: 'assumed',
      nullable: true,
      note: 'docs: "managing cool-off periods"',
    },
    { name: 'customer', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/customers' },
    { name: 'order', kind: 'iri', source: 'assumed', nullable: true, iriOf: '/orders' },
  ],
  filters: [{ name: 'excludedNumberPoolIds[]', kind: 'integer[]', source: 'documented' }],
  writable: {},
  note:
    'Docs: list with excludedNumberPoolIds[], GET /number-blocks/{id}/split/{size} and GET /number-blocks/{id}/end-cool-off ' +
    '(GET requests with side effects), superuser or wholesaler rights required. Fields, split rules and responses are assumed.',
};
