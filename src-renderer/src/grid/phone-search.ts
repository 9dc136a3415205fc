/**
 * Quick search that finds phone numbers however they are typed. The platform stores Dutch numbers in national
 * form (0201234567); people type +31 20 123 4567, 0031…, 31… or 020-1234567. How a typed number is read is the
 * rule main runs too (src-preload/contract/shared/phone-number.ts).
 */
import { phoneSearchForm } from '../../../src-preload/contract/shared/phone-number.ts';

/** The national form of a typed number (or its start), the digits of a foreign one, other text unchanged. */
export const normalizeQuickSearch: (query: string) => string = phoneSearchForm;

/** What the quick filter matches for a phone value: the stored text plus its international forms. */
export function phoneQuickFilterText(value: unknown): string {
  if (Array.isArray(value)) return value.map(phoneQuickFilterText).join(' ');
  if (typeof value !== 'string' || value === '') return '';
  const national = value.replace(/\D/g, '');
  if (!national.startsWith('0')) return value;
  const international = `31${national.slice(1)}`;
  return `${value} ${national} ${international} +${international}`;
}
