import type { ColumnDescriptor, UiText } from '../../../src-preload/contract/index.ts';
import { formatDuration, formatMoment, i18n, locale, renderText } from '../i18n/index.ts';

/** Operator text from main (a message, or a text in both languages) in the UI's language. */
export function localized(text: UiText): string {
  return renderText(text);
}

/** Reads a dotted path ("visitLocation.city") from a row. */
export function readField(row: Record<string, unknown> | undefined, field: string): unknown {
  if (!row) return undefined;
  if (Object.hasOwn(row, field)) return row[field];
  return field
    .split('.')
    .reduce<unknown>(
      (value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined),
      row,
    );
}

/** The text a cell shows, also used for copy: dates in the user's locale, lookups resolved, objects as JSON. */
export function formatValue(
  value: unknown,
  type: ColumnDescriptor['type'] | 'unknown',
  lookup?: Record<string, string>,
): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.map((item) => formatValue(item, type, lookup)).join(', ');
  }
  if (type === 'iri' && typeof value === 'string') return lookup?.[value] ?? value;
  if ((type === 'date' || type === 'datetime') && typeof value === 'string') {
    return formatMoment(value, type === 'datetime' ? 'datetime' : 'date');
  }
  if (type === 'duration' && typeof value === 'number') return formatDuration(value);
  if (type === 'status' && typeof value === 'string') return statusText(value);
  if (type === 'boolean' && typeof value === 'boolean') return i18n.t(value ? 'common.yes' : 'common.no');
  if (type === 'number' && typeof value === 'number') return numberFormat().format(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(): Intl.NumberFormat {
  let format = numberFormats.get(i18n.language);
  if (!format) {
    format = new Intl.NumberFormat(locale());
    numberFormats.set(i18n.language, format);
  }
  return format;
}

/** A moment in Europe/Amsterdam, in the UI's language. */
export function formatTime(epochMs: number): string {
  return formatMoment(epochMs);
}

const IRI_SHAPE = /^\/[a-z0-9][\w-]*(\/[\w-]+)+$/i;

export function looksLikeIri(value: unknown): value is string {
  return typeof value === 'string' && IRI_SHAPE.test(value);
}

/** A status value in the UI's language when the catalog knows it; the platform's own spelling otherwise. */
export function statusText(value: string): string {
  const key = `statusValue.${value}`;
  return i18n.exists(key) ? i18n.t(key) : value;
}

/** AG Grid's own texts (row selection, loading, filters) from the catalog, so the Dutch grid speaks Dutch. */
export function gridLocaleText(language: string): Record<string, string> {
  return i18n.t('agGrid', { returnObjects: true, lng: language }) as Record<string, string>;
}

/** A hit's detail as main joined it ("0612345678 · active"): each part that is a known status value translated. */
export function hitDetail(detail: string): string {
  return detail
    .split(' · ')
    .map((part) => statusText(part))
    .join(' · ');
}
