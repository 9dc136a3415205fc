import type { ColumnDescriptor, LookupTables, UiText } from '../../../src-preload/contract/index.ts';
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

/**
 * The text a cell shows, also used for copy: dates in the user's locale, lookups resolved, objects as JSON. With
 * `kind` (what the IRI points to, e.g. the column's label) an IRI no lookup names reads "X2VoIP account 701";
 * without it (copy, CSV export) it stays the IRI, which identifies the item for whoever reads the file.
 */
export function formatValue(
  value: unknown,
  type: ColumnDescriptor['type'] | 'unknown',
  lookup?: Record<string, string>,
  kind?: string,
): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.map((item) => formatValue(item, type, lookup, kind)).join(', ');
  }
  if (type === 'iri' && typeof value === 'string') {
    const name = lookup?.[value];
    if (name !== undefined) return name;
    return kind !== undefined && looksLikeIri(value) ? iriLabel(value, kind) : value;
  }
  if ((type === 'date' || type === 'datetime') && typeof value === 'string') {
    return formatMoment(value, type === 'datetime' ? 'datetime' : 'date');
  }
  if (type === 'duration' && typeof value === 'number') return formatDuration(value);
  // a status column's lookup names the platform's spellings by the console's status names
  if (type === 'status' && typeof value === 'string') return statusText(lookup?.[value] ?? value);
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

/** An IRI as the kind of thing it points to and its id: ('/order-details-x2voips/701', 'X2VoIP account') → "X2VoIP account 701". */
export function iriLabel(iri: string, kind: string): string {
  return `${kind} ${iri.slice(iri.lastIndexOf('/') + 1)}`.trim();
}

/** The name some lookup table knows for an IRI (tables are per field; an IRI names one item whatever the field). */
export function nameFromLookups(iri: string, lookups: Readonly<Record<string, Record<string, string>>>): string | null {
  for (const table of Object.values(lookups)) {
    const name = table[iri];
    if (name !== undefined) return name;
  }
  return null;
}

/** A field the registry does not name, as words: "simCard" → "Sim card", "unit_code" → "Unit code". */
export function fieldName(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words === 'id' ? 'ID' : words.charAt(0).toUpperCase() + words.slice(1);
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

/** What a column's values are named by: a status column by its status names, another by its lookup table. */
export function columnLookup(column: ColumnDescriptor, lookups: LookupTables): Record<string, string> | undefined {
  return column.type === 'status' ? column.statusNames : lookups[column.field];
}
