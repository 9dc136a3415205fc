import type { GridApi } from 'ag-grid-community';
import { useEffect, useRef } from 'react';
import type { ColumnDescriptor, GridTarget, Row } from '../../../src-preload/contract/index.ts';
import { noc } from '../noc.ts';
import { sizedToContent } from './column-defs.ts';

/** Rows measured for a column's width: enough to meet its longest values, cheap on 20,000 rows. */
const SAMPLE = 500;
/** Cell padding on both sides, and the header's sort and filter icons. */
const CELL_PADDING = 28;
const HEADER_ICONS = 56;
/** A list of numbers (an outport's) may be long: the column grows to show a few of them, no more. */
const MAX_WIDTH = 340;

/** The widths that show every sampled value of the columns whole, measured in the grid's own font. */
function contentWidths(grid: GridApi<Row>, colIds: readonly string[]): { colId: string; width: number }[] {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return [];
  const cell = document.querySelector('.grid-host .ag-cell');
  context.font = cell ? getComputedStyle(cell).font : '13px system-ui';
  const measure = (text: string): number => context.measureText(text).width;
  return colIds.map((colId) => {
    const header = grid.getColumn(colId)?.getColDef().headerName ?? colId;
    let width = measure(header) + HEADER_ICONS;
    let seen = 0;
    grid.forEachNode((node) => {
      if (seen++ >= SAMPLE) return;
      const value: unknown = grid.getCellValue({ rowNode: node, colKey: colId, useFormatter: true });
      if (value !== null && value !== undefined) width = Math.max(width, measure(String(value)) + CELL_PADDING);
    });
    return { colId, width: Math.ceil(Math.min(width, MAX_WIDTH)) };
  });
}

/**
 * On a grid's first open (no remembered column state), identifier and date columns are sized to their content
 * once the grid shows rows, so that no ICCID, IMEI or date is cut off. Widths the operator sets win later. The grid
 * is asked, not the hook's caller: a first sync adds its pages to the grid directly, and a busy renderer may not have
 * built the grid's row model yet when the rows are known.
 */
export function useContentSizing(
  target: GridTarget,
  api: React.RefObject<GridApi<Row> | null>,
  columns: readonly ColumnDescriptor[],
): void {
  const firstOpen = useRef<boolean | null>(null);
  const done = useRef(false);

  useEffect(() => {
    let live = true;
    void noc
      .invoke('grid:column-state:get', target)
      .then((state) => {
        if (live) firstOpen.current = state === null;
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- target is identified by resource and tab
  }, [target.resource, target.tab]);

  useEffect(() => {
    if (done.current) return;
    const timer = setInterval(() => {
      const grid = api.current;
      if (firstOpen.current === null || !grid || grid.isDestroyed()) return;
      if (firstOpen.current && !showsRows(grid)) return;
      clearInterval(timer);
      done.current = true;
      if (!firstOpen.current) return;
      const ids = columns.filter(sizedToContent).map((column) => column.field);
      const widths = contentWidths(
        grid,
        ids.filter((id) => grid.getColumn(id)),
      );
      // A fixed width in place of the flex share: the content decides, the other columns share what is left.
      grid.applyColumnState({ state: widths.map(({ colId, width }) => ({ colId, width, flex: null })) });
    }, 150);
    return () => clearInterval(timer);
  }, [api, columns]);
}

/** The grid has built rows and rendered cells to measure against (a remembered filter may hide every row: then wait). */
function showsRows(grid: GridApi<Row>): boolean {
  return grid.getDisplayedRowCount() > 0 && document.querySelector('.grid-host .ag-cell') !== null;
}
