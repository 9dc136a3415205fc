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
/** How long first-open sizing waits for the grid's first rendered rows, in ticks of 100 ms. */
const MAX_WAIT_TICKS = 100;

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
 * once the first rows are there, so that no ICCID, IMEI or date is cut off. Widths the operator sets win later.
 */
export function useContentSizing(
  target: GridTarget,
  api: React.RefObject<GridApi<Row> | null>,
  columns: readonly ColumnDescriptor[],
  hasRows: boolean,
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
    if (!hasRows || done.current) return;
    let ticks = 0;
    const timer = setInterval(() => {
      const grid = api.current;
      if (firstOpen.current === null || !grid || grid.isDestroyed()) return;
      // the rows are in the store before AG Grid has built its row model on a busy renderer: measured then, every
      // column would get its header's width; a remembered filter may hide all rows, so wait a few seconds at most
      const ready = grid.getDisplayedRowCount() > 0 && document.querySelector('.grid-host .ag-cell') !== null;
      if (!ready && (ticks += 1) < MAX_WAIT_TICKS) return;
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
    }, 100);
    return () => clearInterval(timer);
  }, [api, columns, hasRows]);
}
