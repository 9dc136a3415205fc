import type { GridApi } from 'ag-grid-community';
import type { Row } from '../../../src-preload/contract/index.ts';

/** Selected rows the grid's current search or filters hide: a job leaves them out, and the panel says so. */
export function selectedButHidden(grid: GridApi<Row> | null): number {
  if (!grid || grid.isDestroyed()) return 0;
  let shown = 0;
  grid.forEachNodeAfterFilter((node) => {
    if (node.isSelected()) shown += 1;
  });
  return Math.max(0, grid.getSelectedNodes().length - shown);
}
