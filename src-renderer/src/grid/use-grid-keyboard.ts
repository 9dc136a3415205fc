import type {
  FocusGridInnerElementParams,
  GridApi,
  TabToNextCellParams,
  TabToNextHeaderParams,
} from 'ag-grid-community';
import { useEffect } from 'react';
import type { Row } from '../../../src-preload/contract/index.ts';
import { useUiStore } from '../state/ui-store.ts';
import { copyText } from './clipboard.ts';

const SELECTION_COLUMN = 'ag-Grid-SelectionColumn';

/** Tab and Shift+Tab leave the grid for the next or previous control; the arrow keys move inside it. */
export const tabOutOfCells = (_params: TabToNextCellParams<Row>): false => false;
export const tabOutOfHeaders = (_params: TabToNextHeaderParams<Row>): false => false;

/** Tabbing back into the grid returns to the cell the operator left, not to the first or the very last row. */
export function backToLastCell(params: FocusGridInnerElementParams<Row>): boolean {
  const cell = params.api.getFocusedCell();
  if (!cell || cell.rowIndex >= params.api.getDisplayedRowCount()) return false;
  params.api.ensureIndexVisible(cell.rowIndex);
  params.api.setFocusedCell(cell.rowIndex, cell.column, cell.rowPinned);
  return true;
}

/** The focused cell's text as the grid shows it, or null when no cell (or the checkbox column) has the focus. */
function focusedCellText(grid: GridApi<Row>): string | null {
  const cell = grid.getFocusedCell();
  if (!cell || cell.column.getColId() === SELECTION_COLUMN) return null;
  const node = grid.getDisplayedRowAtIndex(cell.rowIndex);
  if (!node) return null;
  const value: unknown = grid.getCellValue({ rowNode: node, colKey: cell.column, useFormatter: true });
  return value === null || value === undefined ? '' : String(value);
}

/** Rows are copied when the operator selected rows other than the one they are on; otherwise the one cell. */
function copiesOneCell(grid: GridApi<Row>): boolean {
  const selected = grid.getSelectedNodes();
  if (selected.length === 0) return true;
  if (selected.length > 1) return false;
  const cell = grid.getFocusedCell();
  return cell !== null && selected[0]!.rowIndex === cell.rowIndex;
}

/**
 * The grid's keyboard beyond AG Grid's own: Ctrl+C copies the focused cell's value (or the selected rows with a
 * header when several are selected), and the skip link or the palette can put the focus on the first cell.
 */
export function useGridKeyboard(
  api: React.RefObject<GridApi<Row> | null>,
  copyRows: () => void,
  onCopiedCell: (text: string) => void,
): { onKeyDown: (event: React.KeyboardEvent) => void } {
  const focusRequest = useUiStore((state) => state.gridFocusRequest);
  useEffect(() => {
    const grid = api.current;
    if (focusRequest === 0 || !grid || grid.isDestroyed()) return;
    const first = grid.getAllDisplayedColumns().find((column) => column.getColId() !== SELECTION_COLUMN);
    if (!first || grid.getDisplayedRowCount() === 0) return;
    const current = grid.getFocusedCell();
    const rowIndex = current ? Math.min(current.rowIndex, grid.getDisplayedRowCount() - 1) : 0;
    grid.ensureIndexVisible(rowIndex);
    grid.setFocusedCell(rowIndex, current?.column ?? first);
  }, [api, focusRequest]);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const grid = api.current;
    if (!grid || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'c') return;
    // The editor's own text and the filter popups copy as any input does.
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    event.preventDefault();
    const text = copiesOneCell(grid) ? focusedCellText(grid) : null;
    if (text === null) {
      copyRows();
      return;
    }
    copyText(text);
    onCopiedCell(text);
  };
  return { onKeyDown };
}

/** "Select all filtered": exactly the rows the filters and search show, whatever was selected before. */
export function selectOnlyFiltered(grid: GridApi<Row> | null): void {
  if (!grid || grid.isDestroyed()) return;
  grid.deselectAll();
  grid.selectAll('filtered');
}
