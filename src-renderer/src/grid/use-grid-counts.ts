import type { GridApi } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Row } from '../../../src-preload/contract/index.ts';
import { countRows, liveGrid } from './grid-rows.ts';

export interface GridCounts {
  shown: number;
  total: number;
  selected: number;
}

/** The counts of one grid, kept outside React state so that a new count re-renders only what shows it. */
export interface GridCountsSource {
  read(): GridCounts;
  subscribe(onChange: () => void): () => void;
}

function createCountsStore(): GridCountsSource & { set(next: GridCounts): void } {
  let current: GridCounts = { shown: 0, total: 0, selected: 0 };
  const listeners = new Set<() => void>();
  return {
    read: () => current,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    set(next) {
      if (next.shown === current.shown && next.total === current.total && next.selected === current.selected) return;
      current = next;
      listeners.forEach((listener) => listener());
    },
  };
}

/**
 * The row count of the toolbar: rows shown (after search and filters), all rows, selected rows. A keystroke of quick
 * search changes the count; as state of the grid's component it re-rendered the whole grid (AG Grid's props
 * included) after every filter pass.
 */
export function useGridCounts(api: React.RefObject<GridApi<Row> | null>): {
  counts: GridCountsSource;
  updateCounts: () => void;
  /** Counts all rows again: called when the data changes, not on every keystroke of a search. */
  recountTotal: () => void;
} {
  const totalRows = useRef(0);
  const counts = useMemo(() => createCountsStore(), []);
  const updateCounts = useCallback(() => {
    const grid = liveGrid(api.current);
    if (!grid) return;
    counts.set({
      shown: grid.getDisplayedRowCount(),
      total: totalRows.current,
      selected: grid.getSelectedNodes().length,
    });
  }, [api, counts]);
  const recountTotal = useCallback(() => {
    totalRows.current = countRows(api.current);
  }, [api]);
  return { counts, updateCounts, recountTotal };
}

/** The counts as the component that shows them sees them: it re-renders when they change. */
export function useCounts(source: GridCountsSource): GridCounts {
  return useSyncExternalStore(source.subscribe, source.read);
}
