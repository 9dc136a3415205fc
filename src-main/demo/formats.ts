import type { DemoResponse } from './http/types.ts';

/**
 * How the demo writes values in its answers. The default is what our api-model assumes (national numbers, UTC
 * with milliseconds); a real API Platform server may well answer "+31612345678" and "2030-07-01T11:00:00+02:00"
 * (Symfony's RFC 3339 in the server's zone) for what it was sent as "0612345678" and "…T09:00:00.000Z".
 */
export interface DemoFormats {
  phoneNumbers: 'national' | 'international';
  dateTimes: 'utc' | 'offset';
}

export const DEFAULT_FORMATS: Readonly<DemoFormats> = { phoneNumbers: 'national', dateTimes: 'utc' };

/** Fields holding phone numbers (a string, or an array of them). */
const PHONE_FIELDS = new Set(['number', 'forwardTo', 'msisdn', 'numbers']);
const NATIONAL = /^0[1-9][0-9]{8,10}$/;
const UTC_DATETIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?Z$/;
const ZONE = 'Europe/Amsterdam';

const international = (value: unknown): unknown =>
  typeof value === 'string' && NATIONAL.test(value) ? `+31${value.slice(1)}` : value;

/** "2030-07-01T09:00:00.000Z" as "2030-07-01T11:00:00+02:00": the same instant in Amsterdam time. */
export function withOffset(iso: string): string {
  const date = new Date(iso);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const offset = (parts['timeZoneName'] ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}${offset}`;
}

function rewrite(value: unknown, key: string | null, formats: DemoFormats): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, key, formats));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, k, formats)]));
  if (typeof value !== 'string') return value;
  if (formats.phoneNumbers === 'international' && key !== null && PHONE_FIELDS.has(key)) return international(value);
  if (formats.dateTimes === 'offset' && UTC_DATETIME.test(value)) return withOffset(value);
  return value;
}

/** The answer with its values written in the chosen formats; the stored data is unchanged. */
export function presentInFormats(response: DemoResponse, formats: DemoFormats): DemoResponse {
  if (formats.phoneNumbers === 'national' && formats.dateTimes === 'utc') return response;
  if (typeof response.body !== 'object' || response.body === null) return response;
  return { ...response, body: rewrite(response.body, null, formats) };
}
