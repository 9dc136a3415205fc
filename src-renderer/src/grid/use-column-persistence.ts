import type { ColumnState, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnState as SavedColumnState, GridTarget, Row } from '../../../src-preload/contract/index.ts';
import { noc } from '../noc.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { liveGrid } from './grid-rows.ts';
import { openAhead } from './open-ahead-wiring.ts';

/** Column order, widths, visibility and sort are kept per profile and grid in main, and restored when it opens. */
export function useColumnPersistence(
  target: GridTarget,
  api: React.RefObject<GridApi<Row> | null>,
): {
  /** Changes after each save, so the columns menu shows the state it saved. */
  columnsVersion: number;
  saveColumns: () => void;
  restoreColumns: (grid: GridApi<Row>) => void;
} {
  const [columnsVersion, setColumnsVersion] = useState(0);
  // Asked for when the grid mounts, before its rows are: an answer queued behind a 100,000-row snapshot came after
  // the rows were in, and applying it then cost AG Grid a forced layout.
  const saved = useRef<Promise<SavedColumnState | null> | null>(null);
  const profileId = useConnectionStore((state) => state.status.profileId);
  useEffect(() => {
    const ahead = profileId ? openAhead.takeColumns(profileId, target) : null;
    saved.current = ahead ?? noc.invoke('grid:column-state:get', target).catch(() => null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- target is identified by resource and tab
  }, [target.resource, target.tab]);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
    },
    [],
  );

  const saveColumns = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      const grid = liveGrid(api.current);
      if (!grid) return;
      const state = grid.getColumnState().map((column) => ({
        colId: column.colId,
        ...(typeof column.width === 'number' ? { width: column.width } : {}),
        hide: column.hide ?? null,
        pinned: column.pinned === 'left' || column.pinned === 'right' ? column.pinned : null,
        sort: column.sort ?? null,
        sortIndex: column.sortIndex ?? null,
      }));
      void noc.invoke('grid:column-state:set', { ...target, state }).catch(() => undefined);
      setColumnsVersion((version) => version + 1);
    }, 400);
  }, [target, api]);

  const restoreColumns = useCallback(
    (grid: GridApi<Row>) => {
      // the answer asked for at mount serves the first restore only; a grid made again asks afresh
      const early = saved.current;
      saved.current = null;
      void (early ?? noc.invoke('grid:column-state:get', target))
        .then((state: SavedColumnState | null) => {
          if (state && !grid.isDestroyed()) grid.applyColumnState({ state: state as ColumnState[], applyOrder: true });
        })
        .catch(() => undefined);
    },
    [target],
  );

  return { columnsVersion, saveColumns, restoreColumns };
}
