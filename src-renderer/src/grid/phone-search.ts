/**
 * Quick search that finds phone numbers however they are typed and however the platform stores them (0201234567,
 * +31201234567, 31201234567); people type +31 20 123 4567, 0031…, 31… or 020-1234567. Both sides are read by the
 * rule main runs too (src-preload/contract/shared/phone-number.ts).
 */
import { phoneSearchForm } from '../../../src-preload/contract/shared/phone-number.ts';

/** The national form of a typed number (or its start), the digits of a foreign one, other text unchanged. */
export const normalizeQuickSearch: (query: string) => string = phoneSearchForm;

/**
 * A search word that is the start of a number: national (06…, 020…), international without the plus (316…) or
 * with it (a foreign +44…; a Dutch +31… has become national already). It matches values that start with it only:
 * "06" finds the mobile numbers, not every number with "06" somewhere inside.
 */
export function isNumberPrefix(term: string): boolean {
  return /^(?:0[0-9]*|31[0-9]*|\+[0-9]+)$/.test(term);
}

/** The forms a phone value is found by: the stored text, its national form, and 31… and +31… for Dutch numbers. */
export function phoneStarts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(phoneStarts);
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || text === '') return [];
  const national = phoneSearchForm(text);
  if (!/^0[0-9]+$/.test(national)) return [text];
  const international = `31${national.slice(1)}`;
  return [text, national, international, `+${international}`];
}

/** What the quick filter matches for a phone value: the stored text plus its international forms. */
export function phoneQuickFilterText(value: unknown): string {
  return phoneStarts(value).join(' ');
}
