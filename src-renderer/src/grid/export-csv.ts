import type { GridApi } from 'ag-grid-community';
import type { ColumnDescriptor, GridTarget, LookupTables, Row } from '../../../src-preload/contract/index.ts';
import { csvExportCell } from './csv-cell.ts';

/** Saves the rows shown, with the visible columns, as a semicolon-separated file named after the grid and time. */
export function exportCsv(
  grid: GridApi<Row> | null,
  target: GridTarget,
  columns: readonly ColumnDescriptor[],
  lookups: LookupTables,
): void {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  grid?.exportDataAsCsv({
    fileName: `${target.resource}${target.tab ? `-${target.tab}` : ''}-${stamp}.csv`,
    columnSeparator: ';',
    processCellCallback: (params) =>
      csvExportCell(
        params.value,
        columns.find((column) => column.field === params.column.getColId())?.type ?? 'text',
        lookups[params.column.getColId()],
      ),
  });
}
