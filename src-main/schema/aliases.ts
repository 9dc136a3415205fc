/**
 * Plausible other names for our logical fields and status values. Casing and separators never matter (they are
 * compared normalised), so only other wordings are listed: English synonyms, Dutch portal words, API habits.
 * A match is only taken when the platform's type fits (see bind.ts).
 */
export const FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  status: ['state', 'statusCode', 'toestand'],
  number: ['phoneNumber', 'nummer', 'telefoonnummer', 'e164'],
  costCenter: ['costCentre', 'kostenplaats', 'costCenterCode'],
  description: ['omschrijving', 'remark', 'note'],
  areaCode: ['area', 'netnummer', 'areaCodeRef'],
  numberBlock: ['block', 'nummerblok'],
  orderLabel: ['orderName', 'serviceLabel', 'serviceName'],
  createdAt: ['created', 'creationDate', 'dateCreated', 'createdOn'],
  updatedAt: ['updated', 'modifiedAt', 'lastModified', 'dateModified', 'updatedOn'],
  start: ['firstNumber', 'startNumber', 'blockStart', 'numberStart', 'first', 'from'],
  end: ['lastNumber', 'endNumber', 'blockEnd', 'numberEnd', 'last', 'to'],
  size: ['blockSize', 'numberCount', 'count'],
  numberPool: ['pool', 'nummerpool'],
  coolOffUntil: ['coolOffEnd', 'coolOffEndDate', 'coolOffEndsAt', 'coolOffTill', 'quarantineUntil', 'quarantineEnd'],
  iccid: ['icc', 'iccId', 'iccNumber'],
  msisdn: ['mobileNumber', 'phoneNumber', 'mobiel'],
  isEsim: ['esim', 'eSim', 'isESim', 'embedded'],
  activatedAt: ['activationDate', 'activated', 'activatedOn', 'activeSince'],
  unitCode: ['unit', 'unitId', 'unitcode'],
  lastSeen: ['lastSeenAt', 'lastContact', 'lastContactAt', 'lastReport', 'lastReportAt'],
  simcard: ['simCard', 'sim'],
  requestedDate: ['portingDate', 'wishDate', 'requestedAt', 'portDate', 'overstapdatum'],
  receivingProvider: ['recipient', 'receivingOperator', 'recipientProvider', 'newProvider', 'recipientOperator'],
  numbers: ['phoneNumbers', 'nummers'],
  handledAt: ['processedAt', 'handledOn', 'closedAt'],
  denyReason: ['reason', 'denialReason', 'rejectReason', 'rejectionReason'],
  dateStart: ['startDate', 'startsAt', 'startAt', 'validFrom', 'beginAt', 'activeFrom'],
  dateEnd: ['endDate', 'endsAt', 'endAt', 'validUntil', 'activeUntil'],
  forwardTo: ['forwardNumber', 'destination', 'target'],
  routeType: ['type', 'kind'],
  isActive: ['active', 'enabled'],
  isBarred: ['barred', 'blocked'],
  callType: ['type', 'category'],
  since: ['outageSince', 'startedAt', 'from'],
  durationSeconds: ['duration', 'seconds', 'outageSeconds'],
};

/** Other spellings of our status values (beyond casing and separators). */
export const VALUE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  available: ['free', 'unused', 'vrij', 'beschikbaar'],
  'in-use': ['used', 'assigned', 'inGebruik', 'allocated'],
  'cool-off': ['coolingOff', 'quarantine', 'quarantaine', 'cooldown'],
  pending: ['open', 'new', 'requested', 'awaiting', 'waiting'],
  accepted: ['approved', 'granted'],
  denied: ['rejected', 'refused', 'declined'],
  active: ['enabled'],
  inactive: ['disabled'],
  online: ['connected', 'up'],
  offline: ['disconnected', 'down'],
};

/** Casing and separators removed: costCenter, cost_center and COST-CENTER all read "costcenter". */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Our name first, then its aliases. */
export function candidateNames(logical: string): readonly string[] {
  return [logical, ...(FIELD_ALIASES[logical] ?? [])];
}

export function candidateValues(logical: string): readonly string[] {
  return [logical, ...(VALUE_ALIASES[logical] ?? [])];
}
