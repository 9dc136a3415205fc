import { spreadsheetSafe } from '../../../src-preload/contract/shared/spreadsheet-safe.ts';

/**
 * Rows as tab-separated text, the way spreadsheets paste it: one line per row, tabs and newlines flattened, and
 * every cell a spreadsheet would evaluate kept as text.
 */
export function toTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const clean = (cell: string): string => spreadsheetSafe(cell.replace(/[\t\r\n]+/g, ' '));
  return [header, ...rows].map((cells) => cells.map(clean).join('\t')).join('\n');
}
