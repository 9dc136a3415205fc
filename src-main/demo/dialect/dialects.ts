import type { WritableRule } from '../../api-model/index.ts';

/**
 * How the demo platform speaks: the first-run dialect uses our own guesses (api-model) and documents them; the
 * renamed one is another API Platform server that names fields and status values differently, accepts more
 * writes and answers validation errors with 400, as the platform's code table says; the undocumented one serves
 * no documentation at all. Tests use the last two to prove the console follows the platform, not our guesses.
 */
export type DemoDialectId = 'standard' | 'renamed' | 'undocumented';

export const DEMO_DIALECTS: readonly DemoDialectId[] = ['standard', 'renamed', 'undocumented'];

export interface DemoDialect {
  readonly id: DemoDialectId;
  /** Serves /docs.jsonld, /docs.json and the entrypoint, and links the documentation from JSON-LD answers. */
  readonly documented: boolean;
  /** By collection path: our field name → the dialect's. */
  readonly fields: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** By collection path and (our) field name: our status value → the dialect's. */
  readonly values: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>;
  /** By collection path: fields writable by PATCH beyond api-model's (our names), with their rules. */
  readonly extraWritable: Readonly<Record<string, Readonly<Record<string, WritableRule>>>>;
  /** The status of validation errors (API Platform's default 422, this platform's 400). */
  readonly validationStatus: 400 | 422;
  /** A page-size limit of its own: larger sizes are clamped (and documented), or refused with 400 (undocumented). */
  readonly pageSize?: { readonly max: number; readonly over: 'clamp' | 'refuse' };
}

const standard: DemoDialect = {
  id: 'standard',
  documented: true,
  fields: {},
  values: {},
  extraWritable: {},
  validationStatus: 422,
};

const renamed: DemoDialect = {
  id: 'renamed',
  documented: true,
  fields: {
    '/phonenumbers': { costCenter: 'cost_center', areaCode: 'area' },
    '/number-blocks': {
      start: 'firstNumber',
      end: 'lastNumber',
      size: 'blockSize',
      areaCode: 'area',
      coolOffUntil: 'coolOffEnd',
    },
    '/simcards': { isEsim: 'esim', activatedAt: 'activationDate' },
    '/tracking-devices': { unitCode: 'unit_code', lastSeen: 'lastSeenAt' },
    '/tracking-device-outages': { unitCode: 'unit_code' },
    '/outports': { requestedDate: 'portingDate', receivingProvider: 'recipientOperator' },
    '/order-details-x2voip-numbers-scheduled-forwards': { dateStart: 'startsAt', dateEnd: 'endsAt' },
    '/x2voip-routes': { routeType: 'type', isActive: 'active' },
    '/x2voip-call-barrings': { isBarred: 'barred' },
  },
  values: {
    '/number-blocks': { status: { available: 'FREE', 'in-use': 'IN_USE', 'cool-off': 'COOLING_OFF' } },
    '/outports': { status: { pending: 'OPEN', accepted: 'APPROVED', denied: 'REJECTED' } },
    '/tracking-devices': { status: { online: 'ONLINE', offline: 'OFFLINE', inactive: 'INACTIVE' } },
  },
  extraWritable: {
    '/simcards': { costCenter: { kind: 'string', nullable: true, maxLength: 50 } },
  },
  validationStatus: 400,
  pageSize: { max: 200, over: 'clamp' },
};

const undocumented: DemoDialect = {
  ...standard,
  id: 'undocumented',
  documented: false,
  pageSize: { max: 250, over: 'refuse' },
};

export function demoDialect(id: DemoDialectId = 'standard'): DemoDialect {
  return id === 'renamed' ? renamed : id === 'undocumented' ? undocumented : standard;
}

/** The collection an item or collection IRI belongs to: '/phonenumbers/12' → '/phonenumbers'. */
export function collectionOfIri(iri: string): string {
  return iri.replace(/\?.*$/, '').replace(/\/[0-9]+$/, '');
}
