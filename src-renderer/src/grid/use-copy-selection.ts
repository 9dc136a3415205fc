import type { GridApi } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { ColumnDescriptor, LookupTables, Row } from '../../../src-preload/contract/index.ts';
import { columnLookup, formatValue } from './format.ts';
import { toTsv } from './tsv.ts';

/** Copies the selected rows (or the focused row) as tab-separated text with the grid's visible columns. */
export function useCopySelection(
  api: React.RefObject<GridApi<Row> | null>,
  columns: readonly ColumnDescriptor[],
  lookups: LookupTables,
  onNotice: (notice: string) => void,
): () => void {
  const { t } = useTranslation();
  return () => {
    const grid = api.current;
    if (!grid) return;
    const focusedCell = grid.getFocusedCell();
    const rows =
      grid.getSelectedNodes().length > 0
        ? grid.getSelectedNodes()
        : focusedCell
          ? [grid.getDisplayedRowAtIndex(focusedCell.rowIndex)].filter((node) => node !== undefined)
          : [];
    if (rows.length === 0) return;
    const visible = grid.getAllDisplayedColumns().filter((column) => column.getColId() !== 'ag-Grid-SelectionColumn');
    const header = visible.map((column) => column.getColDef().headerName ?? column.getColId());
    const byField = new Map(columns.map((column) => [column.field, column]));
    const body = rows.map((node) =>
      visible.map((column) =>
        formatValue(
          grid.getCellValue({ rowNode: node, colKey: column }),
          byField.get(column.getColId())?.type ?? 'text',
          byField.has(column.getColId()) ? columnLookup(byField.get(column.getColId())!, lookups) : undefined,
        ),
      ),
    );
    const text = toTsv(header, body);
    const onCopy = (event: ClipboardEvent): void => {
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy, { once: true });
    document.execCommand('copy');
    document.removeEventListener('copy', onCopy);
    onNotice(t('grid.copied', { count: rows.length }));
  };
}
