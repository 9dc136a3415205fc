/**
 * The one rule for Dutch phone numbers as people type them, run by main (search variants, edits, CSV import) and by the
 * renderer (quick search, pasted lists), so both read "+31 (0)20 123 4567" the same way.
 *
 * Numbers are stored nationally ("0201234567"); users type them as "+31 20 123 4567", "0031201234567",
 * "31201234567", "020-1234567" or "+31 (0)20 …".
 */

/** What people put between digits: spaces, dashes, dots, slashes and the parentheses of "(0)". */
const SEPARATORS = /[\s\-./()]/g;

/** A bare "31…" is only read as the country code for a whole number (11–13 digits): "3120" may be part of "0313 20…". */
const BARE_COUNTRY_CODE_NUMBER = /^31[1-9][0-9]{8,10}$/;

/** The national form of a compact "+31…", "0031…", "31…" or "0…" string; null for other countries. */
function nationalForm(compact: string): string | null {
  let rest: string;
  if (compact.startsWith('+31')) rest = compact.slice(3);
  else if (compact.startsWith('0031')) rest = compact.slice(4);
  else if (BARE_COUNTRY_CODE_NUMBER.test(compact)) rest = compact.slice(2);
  else if (compact.startsWith('+') || compact.startsWith('00')) return null;
  else return compact;
  // "+31 (0)20 …": the trunk 0 written after the country code
  if (rest.startsWith('0')) rest = rest.slice(1);
  return `0${rest}`;
}

/** The input without separators when it is phone-like ("+" then digits); null for anything else. */
function compactPhoneInput(query: string): string | null {
  const compact = query.trim().replace(SEPARATORS, '');
  return /^\+?[0-9]+$/.test(compact) ? compact : null;
}

/**
 * The strings a quick search should look for when the user typed `query`: for phone-like input the national form
 * ("0201234567", or its start for partial input: "+31 20 12" gives "02012") and the digits as typed; anything else
 * (letters, unit codes, names) comes back unchanged. An empty query gives no variants.
 */
export function phoneSearchVariants(query: string): string[] {
  if (query.trim() === '') return [];
  const compact = compactPhoneInput(query);
  if (compact === null) return [query];
  const variants = [nationalForm(compact), compact.replace('+', '')];
  return [...new Set(variants.filter((v): v is string => v !== null && v !== ''))];
}

/**
 * The one string a quick search looks for: the first of phoneSearchVariants (the national form of a Dutch number,
 * the digits of a foreign one), or the query unchanged when it is not phone-like.
 */
export function phoneSearchForm(query: string): string {
  return phoneSearchVariants(query)[0] ?? query;
}

/** Nine digits after the trunk 0, with separators between them. */
const NINE_DIGITS = '[1-9](?:[\\s./-]*[0-9]){8}';

/** "(020) 123 45 67", "(0513) 12 34 56", "(06) 1234 5678": the area code in parentheses, the way letterheads write it. */
const AREA_IN_PARENTHESES = [1, 2, 3]
  .map((area) => `\\(\\s*0[1-9][0-9]{${area - 1}}\\s*\\)(?:[\\s./-]*[0-9]){${9 - area}}`)
  .join('|');

/**
 * A whole Dutch number as the user may type it, as a regular expression (for live checks in a form): "0…", or
 * "+31", "0031" (optionally followed by "(0)" or "0") or "31", then nine digits, with spaces, dots, slashes or
 * dashes anywhere between them; or the area code in parentheses.
 */
export const DUTCH_NUMBER_INPUT_PATTERN =
  '^\\s*(?:(?:(?:\\+|00)31[\\s./-]*(?:\\(0\\)[\\s./-]*|0[\\s./-]*)?|31[\\s./-]*|0)' +
  NINE_DIGITS +
  `|${AREA_IN_PARENTHESES})\\s*$`;

const DUTCH_NUMBER_INPUT = new RegExp(DUTCH_NUMBER_INPUT_PATTERN);

/**
 * A whole Dutch number typed as DUTCH_NUMBER_INPUT_PATTERN allows, in the form the platform stores ("0612345678");
 * null when it is not one. Only ten-digit national numbers (0 + 9 digits) qualify, as the platform's forwarding
 * rule demands.
 */
export function normaliseDutchNumber(input: string): string | null {
  if (!DUTCH_NUMBER_INPUT.test(input)) return null;
  return nationalForm(input.trim().replace(SEPARATORS, ''));
}
