/**
 * Quick search that finds phone numbers however they are typed. The platform stores Dutch numbers in national
 * form (0201234567); people type +31 20 123 4567, 0031…, 31… or 020-1234567.
 */
const PHONE_LIKE = /^\+?[\d\s().-]+$/;

export function normalizeQuickSearch(query: string): string {
  const trimmed = query.trim();
  if (!PHONE_LIKE.test(trimmed)) return query;
  let digits = trimmed.replace(/\D/g, '');
  if (digits.length < 3) return query;
  if (trimmed.startsWith('+31')) digits = `0${digits.slice(2)}`;
  else if (digits.startsWith('0031')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('31') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  return digits;
}

/** What the quick filter matches for a phone value: the stored text plus its international forms. */
export function phoneQuickFilterText(value: unknown): string {
  if (Array.isArray(value)) return value.map(phoneQuickFilterText).join(' ');
  if (typeof value !== 'string' || value === '') return '';
  const national = value.replace(/\D/g, '');
  if (!national.startsWith('0')) return value;
  const international = `31${national.slice(1)}`;
  return `${value} ${national} ${international} +${international}`;
}
