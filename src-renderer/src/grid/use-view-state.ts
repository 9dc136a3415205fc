import type { FilterModel, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridTarget, GridViewState, Row } from '../../../src-preload/contract/index.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { useUiStore } from '../state/ui-store.ts';

/** The key of a grid's remembered state: one per profile, resource and tab. */
function gridViewKey(profileId: string, resource: string, tab: string | null | undefined): string {
  return `${profileId}|${resource}|${tab ?? ''}`;
}

const EMPTY: GridViewState = { quickSearch: '', filters: {} };

/** Opened for a tile's rows or a linked row: the operator expects those rows, not what they had filtered before. */
function opensForSomething(target: GridTarget): boolean {
  const { preset, pendingFocus } = useUiStore.getState();
  return !target.tab && (preset?.view === target.resource || pendingFocus?.view === target.resource);
}

function saved(key: string | null, target: GridTarget): GridViewState {
  if (!key || opensForSomething(target)) return EMPTY;
  return useUiStore.getState().settings.gridViews?.[key] ?? EMPTY;
}

/**
 * Quick search and column filters of one grid, kept per profile, resource and tab in the ui settings: they survive
 * a switch to another view and a restart. Returns the search to start with, a restore for when the grid is ready,
 * and a save to call whenever either changes.
 */
export interface ViewState {
  initialQuery: string;
  restoreFilters: (grid: GridApi<Row>) => void;
  save: (query: string) => void;
}

export function useViewState(target: GridTarget, api: React.RefObject<GridApi<Row> | null>): ViewState {
  const profileId = useConnectionStore((state) => state.status.profileId);
  const key = profileId ? gridViewKey(profileId, target.resource, target.tab) : null;
  const [initial] = useState(() => saved(key, target));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<(() => void) | null>(null);

  const restoreFilters = useCallback(
    (grid: GridApi<Row>) => {
      if (Object.keys(initial.filters).length > 0) grid.setFilterModel(initial.filters as FilterModel);
    },
    [initial],
  );

  const save = useCallback(
    (query: string) => {
      const grid = api.current;
      if (!key || !grid || grid.isDestroyed()) return;
      const filters = grid.getFilterModel() as GridViewState['filters'];
      latest.current = () => {
        const all = useUiStore.getState().settings.gridViews ?? {};
        const previous = all[key] ?? EMPTY;
        if (previous.quickSearch === query && JSON.stringify(previous.filters) === JSON.stringify(filters)) return;
        const others = Object.fromEntries(Object.entries(all).filter(([other]) => other !== key));
        const empty = query === '' && Object.keys(filters).length === 0;
        void useUiStore
          .getState()
          .updateSettings({ gridViews: empty ? others : { ...others, [key]: { quickSearch: query, filters } } });
      };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        latest.current?.();
        latest.current = null;
      }, 500);
    },
    [api, key],
  );

  // A view switch unmounts the grid: what was typed last is saved, not lost with the timer.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      latest.current?.();
    },
    [],
  );

  return { initialQuery: initial.quickSearch, restoreFilters, save };
}
