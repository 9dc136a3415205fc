/**
 * Values compared by what they mean, not how they are written: the platform may answer a phone number as
 * "+31612345678" that we sent as "0612345678", a time as "2030-07-01T11:00:00+02:00" that we sent as
 * "2030-07-01T09:00:00.000Z", or a relation as an IRI where we hold an id. Pure: no I/O, no registry.
 */

import { phoneSearchForm } from '../../src-preload/contract/shared/phone-number.ts';

/** How a field's values are compared. `unknown`: no type known, so only null, undefined and '' coincide. */
export type ValueType = 'text' | 'enum' | 'phone' | 'datetime' | 'date' | 'iri' | 'number' | 'boolean' | 'unknown';

/** A value reduced to the form two spellings of the same meaning share; null is "no value". */
export type Comparable = string | number | boolean | null;

/**
 * The significant digits of a Dutch number, without country code or trunk 0: "0612345678", "+31 6 1234 5678",
 * "0031612345678", "31612345678" and the integers 31612345678 and 612345678 all give "612345678" (the shared
 * phone-number rule reads the notation; an integer cannot carry the leading 0). Text that is not a number (an
 * extension, a name) is kept as written, so it only equals itself.
 */
export function phoneKey(value: string | number): string {
  const form = phoneSearchForm(String(value));
  return /^0[1-9][0-9]+$/.test(form) ? form.slice(1) : form.trim();
}

const ZONE = /(?:Z|[+-][0-9]{2}:?[0-9]{2})$/i;

/** Epoch milliseconds of an ISO 8601 date-time; one without a zone is read as UTC, as the platform stores them. */
export function instantOf(value: string): number | null {
  const text = value.trim();
  const withZone = /T[0-9]/.test(text) && !ZONE.test(text) ? `${text}Z` : text;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? null : ms;
}

/** "/outports/12", "https://host/outports/12", {"@id": "/outports/12"}, 12 and "12" as a path or a bare id. */
function iriKey(value: unknown): Comparable {
  if (typeof value === 'number') return Number.isFinite(value) ? `#${value}` : null;
  if (typeof value === 'object' && value !== null && '@id' in value) return iriKey(value['@id']);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) return `#${Number(text)}`;
  try {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? new URL(text).pathname.replace(/\/+$/, '') : text;
  } catch {
    return text;
  }
}

const lastSegment = (key: string): string | null => /\/([0-9]+)$/.exec(key)?.[1] ?? null;

function sameIri(a: unknown, b: unknown): boolean {
  const left = iriKey(a);
  const right = iriKey(b);
  if (left === null || right === null) return left === right;
  if (left === right) return true;
  // an id matches an IRI that ends in it: the collection is the field's, so only the id can differ
  const [id, path] = typeof left === 'string' && left.startsWith('#') ? [left, right] : [right, left];
  return typeof id === 'string' && id.startsWith('#') && typeof path === 'string' && lastSegment(path) === id.slice(1);
}

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '';

/** The value in the form that decides equality for its type; null for "no value" (null, undefined, ''). */
export function comparable(type: ValueType, value: unknown): Comparable {
  if (isEmpty(value)) return null;
  switch (type) {
    case 'phone':
      return typeof value === 'string' || typeof value === 'number' ? phoneKey(value) : looseKey(value);
    case 'datetime':
      return typeof value === 'string' ? (instantOf(value) ?? value) : looseKey(value);
    case 'date':
      return typeof value === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}/.test(value)
        ? value.slice(0, 10)
        : looseKey(value);
    case 'iri':
      return iriKey(value);
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
      return Number.isFinite(n) ? n : looseKey(value);
    }
    case 'boolean':
      if (value === true || value === 'true' || value === 1 || value === '1') return true;
      if (value === false || value === 'false' || value === 0 || value === '0') return false;
      return looseKey(value);
    case 'text':
    case 'enum':
    case 'unknown':
      return looseKey(value);
  }
}

function looseKey(value: unknown): Comparable {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value) ?? null;
}

/** Whether two values of one field mean the same, e.g. the value we sent and the one the platform read back. */
export function sameValue(type: ValueType, a: unknown, b: unknown): boolean {
  if (type === 'iri') return sameIri(isEmpty(a) ? null : a, isEmpty(b) ? null : b);
  if (type === 'phone' && Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, i) => sameValue('phone', value, b[i]));
  return comparable(type, a) === comparable(type, b);
}
