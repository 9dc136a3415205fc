import type { ColumnDescriptor } from '../../../src-preload/contract/resources.ts';
import { spreadsheetSafe } from '../../../src-preload/contract/shared/spreadsheet-safe.ts';
import { formatValue } from './format.ts';

/** One cell of the grid's CSV export: shown as in the grid, and kept as text by the spreadsheet that opens it. */
export function csvExportCell(
  value: unknown,
  type: ColumnDescriptor['type'] | 'unknown',
  lookup?: Record<string, string>,
): string {
  return spreadsheetSafe(formatValue(value, type, lookup));
}
