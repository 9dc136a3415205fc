/**
 * Quick search that finds phone numbers however they are typed and however the platform stores them (0201234567,
 * +31201234567, 31201234567); people type +31 20 123 4567, 0031…, 31… or 020-1234567. Both sides are read by the
 * rule main runs too (src-preload/contract/shared/phone-number.ts).
 */
import { phoneSearchForm } from '../../../src-preload/contract/shared/phone-number.ts';

/** The national form of a typed number (or its start), the digits of a foreign one, other text unchanged. */
export const normalizeQuickSearch: (query: string) => string = phoneSearchForm;

/** What the quick filter matches for a phone value: the stored text plus its international forms. */
export function phoneQuickFilterText(value: unknown): string {
  if (Array.isArray(value)) return value.map(phoneQuickFilterText).join(' ');
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || text === '') return '';
  const national = phoneSearchForm(text);
  if (!/^0[0-9]+$/.test(national)) return text;
  const international = `31${national.slice(1)}`;
  return `${text} ${national} ${international} +${international}`;
}
