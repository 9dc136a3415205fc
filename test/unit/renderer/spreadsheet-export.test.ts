import { describe, expect, it } from 'vitest';
import { formulaTriggerOf } from '../../../src-preload/contract/shared/spreadsheet-safe.ts';
import { csvExportCell } from '../../../src-renderer/src/grid/csv-cell.ts';
import { toTsv } from '../../../src-renderer/src/grid/tsv.ts';

const DANGEROUS = [
  '=1+1',
  '+1+HYPERLINK("http://evil.example","x")',
  "-1+1+cmd|' /C calc'!A0",
  '@SUM(A1:A2)',
  '\t=cmd',
  '\r=cmd',
  ' =cmd',
  '\uFF1D1+1',
  '\uFF0Bcmd',
  '\uFF0D1',
  '\uFF20SUM(1)',
  '\u3000=cmd',
];

function opensAsText(cell: string): boolean {
  return cell.startsWith("'") || formulaTriggerOf(cell) === null;
}

describe('renderer exports open as text in a spreadsheet', () => {
  it('Copy rows (TSV)', () => {
    const tsv = toTsv(
      ['Number', 'Cost center'],
      DANGEROUS.map((value) => [value, value]),
    );
    const cells = tsv
      .split('\n')
      .slice(1)
      .flatMap((line) => line.split('\t'));
    expect(cells.length).toBe(DANGEROUS.length * 2);
    for (const cell of cells) expect(opensAsText(cell), JSON.stringify(cell)).toBe(true);
    expect(toTsv(['n'], [['+31201234567'], ['-12.5']])).toBe('n\n+31201234567\n-12.5');
  });

  it('the grid CSV export', () => {
    for (const value of DANGEROUS) expect(opensAsText(csvExportCell(value, 'text')), JSON.stringify(value)).toBe(true);
    expect(csvExportCell('+31201234567', 'text')).toBe('+31201234567');
    expect(csvExportCell(-12.5, 'number')).not.toMatch(/^'/);
  });
});
