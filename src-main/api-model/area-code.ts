import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { JsonLdResource, ResourceModel } from './model.ts';

export interface AreaCode extends JsonLdResource {
  /** With the leading 0, e.g. "020". */
  areaCode: string;
  name: string;
  isGeographic: boolean;
}

export const areaCodeModel: ResourceModel = {
  path: '/areacodes',
  type: 'AreaCode',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET'],
  fields: [
    { name: 'areaCode', kind: 'string', source: 'assumed' },
    { name: 'name', kind: 'string', source: 'assumed' },
    { name: 'isGeographic', kind: 'boolean', source: 'assumed' },
  ],
  filters: [],
  writable: {},
  note: 'Docs: read-only reference data for Dutch area codes; no fields given.',
};
