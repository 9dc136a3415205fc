import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDescriptor, GridTarget, ResourceDescriptor, Row } from '../../../src-preload/contract/index.ts';
import { BulkPanel } from '../bulk/BulkPanel.tsx';
import { RowRelations } from '../relations/RowRelations.tsx';
import { useUiStore } from '../state/ui-store.ts';
import { DetailPanel } from './DetailPanel.tsx';
import { exportCsv } from './export-csv.ts';
import { defaultColDef, getRowId, gridTheme, rowSelection } from './grid-setup.ts';
import { GridStatus } from './GridStatus.tsx';
import { gridLocaleText } from './format.ts';
import { GridToolbar } from './GridToolbar.tsx';
import { liveGrid } from './grid-rows.ts';
import { useCellEdit } from './use-cell-edit.ts';
import { useColumnPersistence } from './use-column-persistence.ts';
import { useCopySelection } from './use-copy-selection.ts';
import { useGridColumns } from './use-grid-columns.ts';
import { useGridCounts } from './use-grid-counts.ts';
import { useGridData } from './use-grid-data.ts';
import { useFocusedRow } from './use-pending-focus.ts';
import { useQuickSearch, useQuickSearchIndex, useSearchShortcut } from './use-quick-search.ts';
import { useRowStates } from './use-row-states.ts';
import { CollapsibleDetails } from './CollapsibleDetails.tsx';
import { FilterChips } from './FilterChips.tsx';
import { useGridKeyboard } from './use-grid-keyboard.ts';
import { useGridUx } from './use-grid-ux.ts';
import { useViewState } from './use-view-state.ts';

interface Props {
  target: GridTarget;
  descriptor: ResourceDescriptor;
  columns: readonly ColumnDescriptor[];
  label: string;
  theme: 'light' | 'dark';
}

/**
 * One resource's grid. Each concern lives in its own hook: rows and their streaming (use-grid-data), quick search
 * (use-quick-search), column definitions and their persistence, counts, row states of bulk jobs, the focused row,
 * copy and inline edits. This component only wires them to AG Grid, the toolbar and the side panel.
 */
export function ResourceGrid({ target, descriptor, columns, label, theme }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  // A header with visible text: screen readers name the column, axe's empty-table-header is satisfied.
  const language = i18n.language;
  const localeText = useMemo(() => gridLocaleText(language), [language]);
  const selectionColumnDef = useMemo(() => ({ headerName: '✓', headerTooltip: t('grid.selectionColumn') }), [t]);
  const api = useRef<GridApi<Row> | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // before useGridData: its effect asks for the saved columns ahead of the rows
  const { columnsVersion, saveColumns, restoreColumns } = useColumnPersistence(target, api);
  const { counts, updateCounts, recountTotal } = useGridCounts(api);
  const index = useQuickSearchIndex();
  // Rows added before the names are in wait: the search hook builds every row's text once they come.
  const namesKnown = useRef(false);
  const data = useGridData(target, api, (rows) => {
    if (namesKnown.current) index.warm(rows);
    recountTotal();
  });
  useEffect(() => {
    namesKnown.current = data.namesKnown;
  }, [data.namesKnown]);
  const columnDefs = useGridColumns(target, descriptor, columns, data.lookups);
  const { focused, setFocused, focusPending } = useFocusedRow(api, descriptor.id);

  // Names looked up after the rows were painted (or for columns rebound to the platform's names) replace the IRIs.
  useEffect(() => {
    liveGrid(api.current)?.refreshCells({ force: true });
  }, [data.lookups, columnDefs]);

  const view = useViewState(target, api);
  const search = useQuickSearch({
    api,
    index,
    target,
    descriptor,
    columns,
    lookups: data.lookups,
    rows: data.rows,
    namesKnown: data.namesKnown,
    onFiltered: updateCounts,
    initialQuery: view.initialQuery,
  });
  const searchGridReady = search.onGridReady;
  const ux = useGridUx({ target, descriptor, columns, api, view, query: search.query });
  useSearchShortcut(searchInput);
  const copySelection = useCopySelection(api, columns, data.lookups, setNotice);
  const { getRowClass, bulkOpen } = useRowStates(api, target, descriptor);
  const onCellEditRequest = useCellEdit(descriptor.id);
  const keyboard = useGridKeyboard(api, copySelection, (value) => setNotice(t('gridux.copiedCell', { value })));

  const onGridReady = useCallback(
    (event: GridReadyEvent<Row>) => {
      api.current = event.api;
      restoreColumns(event.api);
      view.restoreFilters(event.api);
      searchGridReady(event.api);
      updateCounts();
      // The first rows of a small collection (the number blocks) can be in before the grid is ready: their
      // rowDataUpdated came while there was no api yet to focus with.
      focusPending();
    },
    [restoreColumns, updateCounts, focusPending, view, searchGridReady],
  );

  return (
    <div className="grid-layout">
      <div className="grid-main">
        <GridToolbar
          api={api}
          target={target}
          descriptor={descriptor}
          label={label}
          searchInput={searchInput}
          query={search.query}
          onQuery={search.setQuery}
          filtered={search.query !== '' || search.preset !== null || ux.columnFiltered}
          counts={counts}
          progress={data.progress}
          columnsVersion={columnsVersion}
          onColumnsChange={saveColumns}
          onCopy={copySelection}
          onExport={() => exportCsv(api.current, target, columns, data.lookups)}
        />
        <GridStatus data={data} preset={search.preset} notice={notice} />
        <FilterChips
          api={api}
          version={ux.filterVersion}
          query={search.query}
          onClearQuery={() => search.setQuery('')}
          onClearPreset={search.preset ? () => useUiStore.getState().clearPreset() : null}
        />
        <div className="grid-host" onKeyDown={keyboard.onKeyDown}>
          <AgGridReact<Row>
            theme={gridTheme(theme)}
            rowData={data.rows ?? undefined}
            loading={data.rows === null}
            columnDefs={columnDefs}
            getRowId={getRowId}
            rowSelection={rowSelection}
            selectionColumnDef={selectionColumnDef}
            localeText={localeText}
            defaultColDef={defaultColDef}
            animateRows={false}
            maintainColumnOrder
            isExternalFilterPresent={search.isExternalFilterPresent}
            doesExternalFilterPass={search.doesExternalFilterPass}
            suppressCellFocus={false}
            enableCellTextSelection={false}
            onGridReady={onGridReady}
            getRowClass={getRowClass}
            readOnlyEdit
            onCellEditRequest={onCellEditRequest}
            onModelUpdated={updateCounts}
            onRowDataUpdated={() => {
              performance.mark('noc:grid-rows-set');
              recountTotal();
              updateCounts();
              focusPending();
            }}
            onSelectionChanged={updateCounts}
            {...ux.gridProps}
            onCellFocused={(event) => {
              if (event.rowIndex !== null && event.rowIndex !== undefined)
                setFocused(event.api.getDisplayedRowAtIndex(event.rowIndex)?.data ?? null);
            }}
            onRowClicked={(event) => setFocused(event.data ?? null)}
            onColumnMoved={saveColumns}
            onColumnResized={(event) => {
              if (event.finished) saveColumns();
            }}
            onColumnVisible={saveColumns}
            onSortChanged={saveColumns}
            overlayNoRowsTemplate={`<span>${t('grid.empty')}</span>`}
          />
        </div>
      </div>
      {bulkOpen ? (
        <BulkPanel descriptor={descriptor} lookups={data.lookups} />
      ) : (
        <CollapsibleDetails>
          <DetailPanel
            key={String(focused?.['@id'] ?? 'none')}
            row={focused}
            columns={columns}
            lookups={data.lookups}
            onClose={() => setFocused(null)}
            extra={target.tab ? null : <RowRelations descriptor={descriptor} row={focused} />}
          />
        </CollapsibleDetails>
      )}
    </div>
  );
}
