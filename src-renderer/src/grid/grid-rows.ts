import type { GridApi } from 'ag-grid-community';
import type { Row } from '../../../src-preload/contract/index.ts';

/** The grid, unless it is gone (unmounted) or not there yet. */
export function liveGrid(grid: GridApi<Row> | null): GridApi<Row> | null {
  return grid && !grid.isDestroyed() ? grid : null;
}

/** The selected rows the user can see: a selection hidden by the current search or filters is not acted on. */
export function selectedAndShown(grid: GridApi<Row> | null): Row[] {
  const rows: Row[] = [];
  liveGrid(grid)?.forEachNodeAfterFilter((node) => {
    if (node.isSelected() && node.data) rows.push(node.data);
  });
  return rows;
}

export const selectedAndShownIris = (grid: GridApi<Row> | null): string[] =>
  selectedAndShown(grid).map((row) => String(row['@id']));

export function countRows(grid: GridApi<Row> | null): number {
  let total = 0;
  liveGrid(grid)?.forEachNode(() => {
    total += 1;
  });
  return total;
}
