import type { GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState } from 'react';
import type { Row } from '../../../src-preload/contract/index.ts';
import { countRows, liveGrid } from './grid-rows.ts';

export interface GridCounts {
  shown: number;
  total: number;
  selected: number;
}

/** The row count of the toolbar: rows shown (after search and filters), all rows, selected rows. */
export function useGridCounts(api: React.RefObject<GridApi<Row> | null>): {
  counts: GridCounts;
  updateCounts: () => void;
  /** Counts all rows again: called when the data changes, not on every keystroke of a search. */
  recountTotal: () => void;
} {
  const totalRows = useRef(0);
  const [counts, setCounts] = useState<GridCounts>({ shown: 0, total: 0, selected: 0 });
  const updateCounts = useCallback(() => {
    const grid = liveGrid(api.current);
    if (!grid) return;
    setCounts({
      shown: grid.getDisplayedRowCount(),
      total: totalRows.current,
      selected: grid.getSelectedNodes().length,
    });
  }, [api]);
  const recountTotal = useCallback(() => {
    totalRows.current = countRows(api.current);
  }, [api]);
  return { counts, updateCounts, recountTotal };
}
