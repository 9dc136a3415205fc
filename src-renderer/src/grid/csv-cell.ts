import type { ColumnDescriptor } from '../../../src-preload/contract/resources.ts';
import { NOC_TIME_ZONE } from '../../../src-preload/contract/shared/deadlines.ts';
import { spreadsheetSafe } from '../../../src-preload/contract/shared/spreadsheet-safe.ts';
import { formatValue } from './format.ts';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: NOC_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** ISO 8601 in Europe/Amsterdam with its offset ("2022-03-12T21:45:00+01:00"), or the date alone. */
export function isoMoment(value: string, type: 'date' | 'datetime'): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const part = Object.fromEntries(parts.formatToParts(time).map((p) => [p.type, p.value]));
  const date = `${part['year']}-${part['month']}-${part['day']}`;
  if (type === 'date') return date;
  const offset = (part['timeZoneName'] ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${date}T${part['hour']}:${part['minute']}:${part['second']}${offset}`;
}

/**
 * One cell of the grid's CSV export: as the grid shows it, except dates (ISO 8601, which every spreadsheet and script
 * reads the same way), and kept as text by the spreadsheet that opens it.
 */
export function csvExportCell(
  value: unknown,
  type: ColumnDescriptor['type'] | 'unknown',
  lookup?: Record<string, string>,
): string {
  if ((type === 'date' || type === 'datetime') && typeof value === 'string')
    return spreadsheetSafe(isoMoment(value, type));
  // a status as the platform spells it: filters and scripts downstream match on that, in any UI language
  if (type === 'status' && typeof value === 'string') return spreadsheetSafe(value);
  return spreadsheetSafe(formatValue(value, type, lookup));
}
