import type { FilterChangedEvent, GridApi } from 'ag-grid-community';
import { useEffect, useRef, useState } from 'react';
import type { ColumnDescriptor, GridTarget, ResourceDescriptor, Row } from '../../../src-preload/contract/index.ts';
import { setActiveGrid } from './active-grid.ts';
import { selectedAndShownIris } from './grid-rows.ts';
import { backToLastCell, tabOutOfCells, tabOutOfHeaders } from './use-grid-keyboard.ts';
import { useContentSizing } from './use-content-sizing.ts';
import type { ViewState } from './use-view-state.ts';

/**
 * What a grid keeps and shows for the operator beyond its rows: the quick search and filters saved per view, a
 * counter that changes with every change of the column filters (for the chips), first-open column sizing, Tab
 * out of the grid, and the grid's place as the palette's target for actions on the selection.
 */
export function useGridUx(options: {
  target: GridTarget;
  descriptor: ResourceDescriptor;
  columns: readonly ColumnDescriptor[];
  api: React.RefObject<GridApi<Row> | null>;
  view: ViewState;
  query: string;
}) {
  const { target, descriptor, api, view, query } = options;
  const [filterVersion, setFilterVersion] = useState(0);
  const filterModel = useRef<string | null>(null);
  const { save } = view;
  useEffect(() => save(query), [save, query, filterVersion]);
  useEffect(
    () => (target.tab ? undefined : setActiveGrid({ descriptor, selected: () => selectedAndShownIris(api.current) })),
    [api, descriptor, target.tab],
  );
  useContentSizing(target, api, options.columns);
  const columnFiltered = filterVersion >= 0 && (api.current?.isColumnFilterPresent() ?? false);
  return {
    filterVersion,
    columnFiltered,
    gridProps: {
      tabToNextCell: tabOutOfCells,
      tabToNextHeader: tabOutOfHeaders,
      focusGridInnerElement: backToLastCell,
      // Quick search and a preset filter through the grid too; a keystroke changes no column filter, and a new
      // version would re-render the whole grid after its pass.
      onFilterChanged: (event: FilterChangedEvent<Row>) => {
        const model = JSON.stringify(event.api.getFilterModel());
        if (model === filterModel.current) return;
        filterModel.current = model;
        setFilterVersion((version) => version + 1);
      },
    },
  };
}
