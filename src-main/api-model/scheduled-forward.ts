import { DEFAULT_ITEMS_PER_PAGE, MAX_ITEMS_PER_PAGE } from './model.ts';
import type { Iri, JsonLdResource, ResourceModel, WritableRule } from './model.ts';
import { DUTCH_NUMBER } from './validate.ts';

export interface ScheduledForward extends JsonLdResource {
  orderDetailsX2voipNumber: Iri;
  /** The forwarded number, copied from the linked X2VoIP number for display. */
  number: string;
  forwardTo: string;
  /** ISO 8601 datetime the forward becomes active; null = immediately. */
  dateStart: string | null;
  /** ISO 8601 datetime the forward ends; null = until deleted. */
  dateEnd: string | null;
  createdAt: string;
}

const forwardTo: WritableRule = {
  kind: 'string',
  nullable: false,
  maxLength: 16,
  pattern: DUTCH_NUMBER,
  patternMessage: 'This value is not a valid phone number.',
};
const dateStart: WritableRule = { kind: 'datetime', nullable: true };
const dateEnd: WritableRule = { kind: 'datetime', nullable: true };

export const scheduledForwardModel: ResourceModel = {
  path: '/order-details-x2voip-numbers-scheduled-forwards',
  type: 'OrderDetailsX2voipNumbersScheduledForward',
  defaultItemsPerPage: DEFAULT_ITEMS_PER_PAGE,
  maxItemsPerPage: MAX_ITEMS_PER_PAGE,
  methods: ['GET', 'POST', 'PATCH', 'DELETE'],
  fields: [
    { name: 'orderDetailsX2voipNumber', kind: 'iri', source: 'documented', iriOf: '/order-details-x2voip-numbers' },
    { name: 'forwardTo', kind: 'string', source: 'documented' },
    { name: 'number', kind: 'string', source: 'assumed' },
    {
      name: 'dateStart',
      kind: 'datetime',
      source: 'assumed',
      nullable: true,
      note: 'docs: "activate at specific times"; name assumed after dateStart/dateEnd elsewhere',
    },
    { name: 'dateEnd', kind: 'datetime', source: 'assumed', nullable: true },
    { name: 'createdAt', kind: 'datetime', source: 'assumed' },
  ],
  filters: [],
  writable: { forwardTo, dateStart, dateEnd },
  creatable: {
    orderDetailsX2voipNumber: { kind: 'iri', nullable: false, iriOf: '/order-details-x2voip-numbers', required: true },
    forwardTo: { ...forwardTo, required: true },
    dateStart: { ...dateStart, required: false },
    dateEnd: { ...dateEnd, required: false },
  },
  note: 'Docs: list, and POST {orderDetailsX2voipNumber, forwardTo}; "creating, updating, and deleting". Time fields and PATCH/DELETE shapes assumed.',
};
