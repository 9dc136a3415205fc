import type { GridApi } from 'ag-grid-community';
import { useEffect, useState } from 'react';
import type { ColumnDescriptor, GridTarget, ResourceDescriptor, Row } from '../../../src-preload/contract/index.ts';
import { setActiveGrid } from './active-grid.ts';
import { backToLastCell, tabOutOfCells, tabOutOfHeaders } from './use-grid-keyboard.ts';
import { useContentSizing } from './use-content-sizing.ts';
import { useViewState } from './use-view-state.ts';

/**
 * What a grid keeps and shows for the operator beyond its rows: the quick search and filters remembered per view,
 * a counter that changes with every filter (for the chips), first-open column sizing, Tab out of the grid, and
 * the grid's place as the palette's target for actions on the selection.
 */
export function useGridUx(options: {
  target: GridTarget;
  descriptor: ResourceDescriptor;
  columns: readonly ColumnDescriptor[];
  api: React.RefObject<GridApi<Row> | null>;
  hasRows: boolean;
  selected: () => string[];
}) {
  const { target, descriptor, api, selected } = options;
  const view = useViewState(target, api);
  const [query, setQuery] = useState(view.initialQuery);
  const [filterVersion, setFilterVersion] = useState(0);
  const { save } = view;
  useEffect(() => save(query), [save, query, filterVersion]);
  useEffect(
    () => (target.tab ? undefined : setActiveGrid({ descriptor, selected })),
    [descriptor, selected, target.tab],
  );
  useContentSizing(target, api, options.columns, options.hasRows);
  const columnFiltered = filterVersion >= 0 && (api.current?.isColumnFilterPresent() ?? false);
  return {
    query,
    setQuery,
    filterVersion,
    columnFiltered,
    restoreFilters: view.restoreFilters,
    gridProps: {
      tabToNextCell: tabOutOfCells,
      tabToNextHeader: tabOutOfHeaders,
      focusGridInnerElement: backToLastCell,
      onFilterChanged: () => setFilterVersion((version) => version + 1),
    },
  };
}
