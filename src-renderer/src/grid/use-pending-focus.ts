import type { GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Row } from '../../../src-preload/contract/index.ts';
import { useUiStore } from '../state/ui-store.ts';
import type { ResourceViewId } from '../views/resource-views.ts';
import { liveGrid } from './grid-rows.ts';

/**
 * The row shown in the detail panel. A row opened from a link elsewhere (pending focus in the ui store) is
 * selected, scrolled to and shown as soon as it is in the grid: `focusPending` runs whenever rows arrive.
 */
export function useFocusedRow(
  api: React.RefObject<GridApi<Row> | null>,
  view: string,
): { focused: Row | null; setFocused: (row: Row | null) => void; focusPending: () => void } {
  const [focused, setFocused] = useState<Row | null>(null);
  const later = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (later.current) clearTimeout(later.current);
    },
    [],
  );
  const focusPending = useCallback(() => {
    const grid = liveGrid(api.current);
    const pending = useUiStore.getState().pendingFocus;
    if (!grid || !pending || pending.view !== view) return;
    const node = grid.getRowNode(pending.iri);
    // not in the grid yet (still loading, or in rows still streaming in): keep it for the next rows
    if (!node) return;
    useUiStore.getState().takeFocus(view as ResourceViewId);
    grid.ensureNodeVisible(node, 'middle');
    node.setSelected(true, true);
    setFocused(node.data ?? null);
    // Once the rows are laid out (the first paint of a grid opened for this row): scroll to it again.
    if (later.current) clearTimeout(later.current);
    later.current = setTimeout(() => !grid.isDestroyed() && grid.ensureNodeVisible(node, 'middle'), 100);
  }, [api, view]);
  // A row asked for in the grid already on screen (no new rows come): focus it now.
  useEffect(
    () =>
      useUiStore.subscribe((state, previous) => {
        if (state.pendingFocus && state.pendingFocus !== previous.pendingFocus) focusPending();
      }),
    [focusPending],
  );
  return { focused, setFocused, focusPending };
}
