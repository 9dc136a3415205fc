import { getResource, type ResourceId } from '../resources/index.ts';

/**
 * The fields the overview and the search read, per resource, by the name the registry's columns give them. A unit
 * test checks that each is a column (or a lookup) of its resource, so a renamed field fails there, not silently here.
 */
export const FIELDS = {
  outports: { date: 'requestedDate', status: 'status', numbers: 'numbers', customer: 'customer' },
  trackingDevices: { status: 'status', unitCode: 'unitCode', imei: 'imei', simcard: 'simcard', customer: 'customer' },
  outages: { device: 'trackingDevice', since: 'since', unitCode: 'unitCode' },
  forwards: { start: 'dateStart', end: 'dateEnd', x2voipNumber: 'orderDetailsX2voipNumber', forwardTo: 'forwardTo' },
  blocks: {
    status: 'status',
    coolOffUntil: 'coolOffUntil',
    pool: 'numberPool',
    start: 'start',
    end: 'end',
    size: 'size',
    customer: 'customer',
  },
  sims: { status: 'status', iccid: 'iccid', imsi: 'imsi', msisdn: 'msisdn', customer: 'customer' },
  numbers: { number: 'number', block: 'numberBlock', customer: 'customer' },
} as const;

/** Status values the overview acts on (the registry's status tones name them). */
export const STATUS = {
  outportPending: 'pending',
  deviceOffline: 'offline',
  blockCoolOff: 'cool-off',
  blockInUse: 'in-use',
} as const;

/** Not a registry column: the demo's porting reference, searched when present (the platform's name is unknown). */
export const PORTING_REFERENCE_FIELD = 'portingId';

/** The collection of a resource's grid (or of one of its tabs). */
export function pathOf(resource: ResourceId, tab?: string): string {
  const definition = getResource(resource);
  if (!definition) throw new Error(`unknown resource ${resource}`);
  if (!tab) return definition.path;
  const found = definition.descriptor.tabs.find((candidate) => candidate.id === tab);
  if (!found) throw new Error(`${resource} has no tab ${tab}`);
  return found.path;
}

/** The collection a lookup of a resource reads (customers, X2VoIP numbers). */
export function lookupPathOf(resource: ResourceId, field: string): string {
  const lookup = getResource(resource)?.descriptor.lookups.find((candidate) => candidate.field === field);
  if (!lookup) throw new Error(`${resource} has no lookup for ${field}`);
  return lookup.path;
}

export const PATHS = {
  numbers: () => pathOf('phone-numbers'),
  blocks: () => pathOf('number-blocks'),
  sims: () => pathOf('sim-cards'),
  forwards: () => pathOf('scheduled-forwards'),
  devices: () => pathOf('tracking-devices'),
  outages: () => pathOf('tracking-devices', 'outage-report'),
  outports: () => pathOf('outports'),
  customers: () => lookupPathOf('phone-numbers', FIELDS.numbers.customer),
  x2voipNumbers: () => lookupPathOf('scheduled-forwards', FIELDS.forwards.x2voipNumber),
} as const;
