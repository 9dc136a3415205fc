import type { GridApi } from 'ag-grid-community';
import { useEffect, useRef } from 'react';
import type { ColumnDescriptor, GridTarget, Row } from '../../../src-preload/contract/index.ts';
import { noc } from '../noc.ts';
import { sizedToContent } from './column-defs.ts';

/**
 * On a grid's first open (no remembered column state), identifier and date columns are sized to their content
 * once the first rows are painted, so that no ICCID, IMEI or date is cut off. Widths the operator set win later.
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
    const timer = setInterval(() => {
      const grid = api.current;
      if (firstOpen.current === null || !grid || grid.isDestroyed()) return;
      clearInterval(timer);
      done.current = true;
      if (!firstOpen.current) return;
      const ids = columns.filter(sizedToContent).map((column) => column.field);
      const shown = ids.filter((id) => grid.getColumn(id)?.isVisible());
      // A fixed width in place of the flex share: the content decides, the other columns share what is left.
      grid.applyColumnState({ state: shown.map((colId) => ({ colId, flex: null })) });
      grid.autoSizeColumns(shown, false);
    }, 100);
    return () => clearInterval(timer);
  }, [api, columns, hasRows]);
}
