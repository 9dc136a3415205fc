import {
  AllCommunityModule,
  colorSchemeDark,
  colorSchemeLight,
  ModuleRegistry,
  themeQuartz,
  type ColDef,
  type ColumnState,
  type CellEditRequestEvent,
  type GetRowIdParams,
  type RowClassParams,
  type GridApi,
  type GridReadyEvent,
  type IRowNode,
  type RowSelectionOptions,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ColumnDescriptor,
  ColumnState as SavedColumnState,
  GridTarget,
  ResourceDescriptor,
  Row,
} from '../../../src-preload/contract/index.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import type { ResourceViewId } from '../views/resource-views.ts';
import { buildColumnDefs } from './column-defs.ts';
import { ActionsMenu } from '../bulk/ActionsMenu.tsx';
import { BulkPanel } from '../bulk/BulkPanel.tsx';
import { describeError, noc } from '../noc.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { ColumnsMenu } from './ColumnsMenu.tsx';
import { csvExportCell } from './csv-cell.ts';
import { DetailPanel } from './DetailPanel.tsx';
import { formatTime, formatValue, localized } from './format.ts';
import { locale } from '../i18n/index.ts';
import { createQuickSearchIndex, rowSearchText, searchTerms } from './quick-search-index.ts';
import { toTsv } from './tsv.ts';
import { useGridData } from './use-grid-data.ts';
import { matchesPreset } from '../../../src-preload/contract/shared/deadlines.ts';
import { isEndedRow, withDerivedColumns } from '../overview/derived-columns.tsx';
import { PresetChip } from '../overview/PresetChip.tsx';
import { CreateForwardButton } from '../relations/CreateForwardButton.tsx';
import { RowRelations } from '../relations/RowRelations.tsx';
import { useBlockUsage, withUsageColumns } from '../relations/block-usage.ts';
import { ListingNotice } from './ListingNotice.tsx';
import { CollapsibleDetails } from './CollapsibleDetails.tsx';
import { refuseEdit } from './edit-refusals.ts';
import { FilterChips } from './FilterChips.tsx';
import { selectOnlyFiltered, useGridKeyboard } from './use-grid-keyboard.ts';
import { useGridUx } from './use-grid-ux.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

// Dense rows: NOC staff scan hundreds of them.
const baseTheme = themeQuartz.withParams({
  spacing: 5,
  fontSize: 13,
  headerFontSize: 13,
  rowHeight: 30,
  headerHeight: 34,
});
const lightTheme = baseTheme.withPart(colorSchemeLight);
const darkTheme = baseTheme.withPart(colorSchemeDark);
// No header checkbox: it recomputes the selection state over every row on each keystroke; "Select all filtered" does its job.
const rowSelection: RowSelectionOptions = {
  mode: 'multiRow',
  enableClickSelection: true,
  checkboxes: true,
  headerCheckbox: false,
};
// Module constants: a new object on every render would make AG Grid re-apply the columns and undo user changes.
const defaultColDef: ColDef<Row> = { flex: 1, minWidth: 120 };
const getRowId = (params: GetRowIdParams<Row>): string => String(params.data['@id']);

/** The selected rows the user can see: a selection hidden by the current search or filters is not acted on. */
function selectedAndShown(grid: GridApi<Row> | null): string[] {
  if (!grid || grid.isDestroyed()) return [];
  const iris: string[] = [];
  grid.forEachNodeAfterFilter((node) => {
    if (node.isSelected() && node.data) iris.push(String(node.data['@id']));
  });
  return iris;
}

function countRows(grid: GridApi<Row> | null): number {
  if (!grid || grid.isDestroyed()) return 0;
  let total = 0;
  grid.forEachNode(() => {
    total += 1;
  });
  return total;
}

interface Props {
  target: GridTarget;
  descriptor: ResourceDescriptor;
  columns: readonly ColumnDescriptor[];
  label: string;
  theme: 'light' | 'dark';
}

export function ResourceGrid({ target, descriptor, columns, label, theme }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const api = useRef<GridApi<Row> | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const index = useMemo(() => createQuickSearchIndex(() => ''), []);
  // The total only changes with the data, so it is counted then, not on every keystroke of a search.
  const totalRows = useRef(0);
  const data = useGridData(target, api, (rows) => {
    index.warm(rows);
    totalRows.current = countRows(api.current);
  });
  const status = useConnectionStore((state) => state.status);
  const ux = useGridUx({
    target,
    descriptor,
    columns,
    api,
    hasRows: (data.rows?.length ?? 0) > 0,
    selected: useCallback(() => selectedAndShown(api.current), []),
  });
  const { query, setQuery } = ux;
  const [counts, setCounts] = useState({ shown: 0, total: 0, selected: 0 });
  const number = new Intl.NumberFormat(locale());
  const [focused, setFocused] = useState<Row | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [columnsVersion, setColumnsVersion] = useState(0);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const connected = useConnectionStore((state) => state.status.state === 'connected');
  const showUsage = descriptor.id === 'number-blocks' && !target.tab;
  const usage = useBlockUsage(showUsage);
  const columnDefs = useMemo(
    () =>
      withUsageColumns(
        withDerivedColumns(
          buildColumnDefs(columns, target.tab ? null : descriptor, data.lookups, connected && !target.tab),
          target.tab ? [] : descriptor.derived,
        ),
        usage,
        showUsage,
        descriptor.columns.find((column) => (column.logical ?? column.field) === 'size')?.field,
      ),
    // i18n.language: headers are translated
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns, descriptor, target.tab, data.lookups, i18n.language, connected, usage, showUsage],
  );

  const updateCounts = useCallback(() => {
    const grid = api.current;
    if (!grid || grid.isDestroyed()) return;
    setCounts({
      shown: grid.getDisplayedRowCount(),
      total: totalRows.current,
      selected: grid.getSelectedNodes().length,
    });
  }, []);

  const saveColumns = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      const grid = api.current;
      if (!grid || grid.isDestroyed()) return;
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
  }, [target]);

  const onGridReady = useCallback(
    (event: GridReadyEvent<Row>) => {
      api.current = event.api;
      ux.restoreFilters(event.api);
      void noc
        .invoke('grid:column-state:get', target)
        .then((state: SavedColumnState | null) => {
          if (state && !event.api.isDestroyed())
            event.api.applyColumnState({ state: state as ColumnState[], applyOrder: true });
        })
        .catch(() => undefined);
      updateCounts();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restoreFilters is fixed for the grid's life
    [target, updateCounts],
  );

  useEffect(() => {
    const grid = api.current;
    if (!grid || grid.isDestroyed() || data.rows === null) return;
    const pending = useUiStore.getState().pendingFocus;
    if (!pending || pending.view !== descriptor.id) return;
    const node = grid.getRowNode(pending.iri);
    // not in the grid yet (still loading, or in rows still streaming in): keep it for the next rows
    if (!node) return;
    useUiStore.getState().takeFocus(descriptor.id as ResourceViewId);
    grid.ensureNodeVisible(node, 'middle');
    node.setSelected(true, true);
    setFocused(node.data ?? null);
    // Once the rows are laid out (the first paint of a grid opened for this row): scroll to it again.
    const later = setTimeout(() => !grid.isDestroyed() && grid.ensureNodeVisible(node, 'middle'), 100);
    return () => clearTimeout(later);
  }, [data.rows, descriptor.id]);

  // Names looked up after the rows were painted (or for columns rebound to the platform's names) replace the IRIs.
  useEffect(() => {
    const grid = api.current;
    if (grid && !grid.isDestroyed()) grid.refreshCells({ force: true });
  }, [data.lookups, columnDefs]);

  // Quick search is an external filter over a per-row text index that is built while the user is not typing.
  const terms = useMemo(() => searchTerms(query), [query]);
  const termsRef = useRef<string[]>([]);
  // A filter an overview tile opened this grid with; it applies on top of quick search until cleared.
  const preset = useUiStore((state) => (state.preset?.view === descriptor.id && !target.tab ? state.preset : null));
  const presetRef = useRef(preset);
  useEffect(() => {
    presetRef.current = preset;
    api.current?.onFilterChanged();
    updateCounts();
  }, [preset, updateCounts]);
  useEffect(() => {
    const phoneFields = new Set(descriptor.phoneFields);
    index.reset((row) => rowSearchText(row, columns, target.tab ? new Set() : phoneFields, data.lookups));
    const grid = api.current;
    const rows: Row[] = [];
    if (grid && !grid.isDestroyed()) grid.forEachNode((node) => node.data && rows.push(node.data));
    index.warm(rows.length > 0 ? rows : (data.rows ?? []));
  }, [index, columns, descriptor.phoneFields, target.tab, data.lookups, data.rows]);
  useEffect(() => () => index.dispose(), [index]);
  useEffect(() => {
    termsRef.current = terms;
    api.current?.onFilterChanged();
    updateCounts();
  }, [terms, updateCounts]);
  const isExternalFilterPresent = useCallback(() => termsRef.current.length > 0 || presetRef.current !== null, []);
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<Row>) =>
      node.data !== undefined &&
      (presetRef.current === null || matchesPreset(node.data, presetRef.current.preset, Date.now())) &&
      index.matches(node.data, termsRef.current),
    [index],
  );

  const copySelection = useCallback(() => {
    const grid = api.current;
    if (!grid) return;
    const rows =
      grid.getSelectedNodes().length > 0
        ? grid.getSelectedNodes()
        : grid.getFocusedCell()
          ? [grid.getDisplayedRowAtIndex(grid.getFocusedCell()!.rowIndex)].filter((node) => node !== undefined)
          : [];
    if (rows.length === 0) return;
    const visible = grid.getAllDisplayedColumns().filter((column) => column.getColId() !== 'ag-Grid-SelectionColumn');
    const header = visible.map((column) => column.getColDef().headerName ?? column.getColId());
    const byField = new Map(columns.map((column) => [column.field, column]));
    const body = rows.map((node) =>
      visible.map((column) =>
        formatValue(
          grid.getCellValue({ rowNode: node, colKey: column }),
          byField.get(column.getColId())?.type ?? 'text',
          data.lookups[column.getColId()],
        ),
      ),
    );
    const text = toTsv(header, body);
    const onCopy = (event: ClipboardEvent): void => {
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy, { once: true });
    document.execCommand('copy');
    document.removeEventListener('copy', onCopy);
    setNotice(t('grid.copied', { n: rows.length }));
  }, [columns, data.lookups, t]);

  const keyboard = useGridKeyboard(api, copySelection, (value) => setNotice(t('gridux.copiedCell', { value })));

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        search.current?.focus();
        search.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Rows of bulk jobs are coloured by the state of their operation: pending, applied (green), failed (red).
  const rowStates = useBulkStore((state) => state.rowStates[descriptor.id]);
  const rowStatesRef = useRef(rowStates);
  useEffect(() => {
    rowStatesRef.current = rowStates;
    const grid = api.current;
    if (grid && !grid.isDestroyed() && !target.tab) grid.redrawRows();
  }, [rowStates, target.tab]);
  const getRowClass = useCallback(
    (params: RowClassParams<Row>) => {
      const state = params.data ? rowStatesRef.current?.[String(params.data['@id'])] : undefined;
      const ended = !target.tab && isEndedRow(descriptor.derived, params.data) ? 'row-ended' : '';
      return [state ? `row-${state}` : '', ended].filter((name) => name !== '').join(' ') || undefined;
    },
    [descriptor.derived, target.tab],
  );
  const bulkStep = useBulkStore((state) => state.step);
  const bulkOpen =
    bulkStep !== null && !target.tab && (bulkStep.kind !== 'params' || bulkStep.resource === descriptor.id);
  // Once a job runs, the selection has done its work: clearing it lets the rows show their job state plainly.
  const runningJob = bulkStep?.kind === 'job' ? bulkStep.jobId : null;
  useEffect(() => {
    if (runningJob) api.current?.deselectAll();
  }, [runningJob]);

  /** An inline edit is a job of one, through the same engine (validated, journalled, audited). */
  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<Row>) => {
      const iri = event.data ? String(event.data['@id']) : null;
      const field = event.colDef.colId ?? event.colDef.field;
      if (!iri || !field) return;
      void (async () => {
        try {
          const plan = await noc.invoke('bulk:plan', {
            resource: descriptor.id,
            action: 'edit-cell',
            targets: [iri],
            params: { field, value: event.newValue ?? null },
          });
          if (plan.operations.length === 0) {
            const reason = plan.skipped[0]?.skip?.reason;
            if (reason && api.current) refuseEdit(api.current, iri, field, event.newValue, localized(reason));
            await noc.invoke('bulk:discard', { jobId: plan.jobId });
            return;
          }
          await useBulkStore.getState().apply(plan);
          useBulkStore.getState().open(null);
        } catch (failure) {
          if (api.current) refuseEdit(api.current, iri, field, event.newValue, describeError(failure));
        }
      })();
    },
    [descriptor.id],
  );

  const exportCsv = (): void => {
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    api.current?.exportDataAsCsv({
      fileName: `${descriptor.id}${target.tab ? `-${target.tab}` : ''}-${stamp}.csv`,
      columnSeparator: ';',
      processCellCallback: (params) =>
        csvExportCell(
          params.value,
          columns.find((column) => column.field === params.column.getColId())?.type ?? 'text',
          data.lookups[params.column.getColId()],
        ),
    });
  };

  const offline = status.state === 'offline';
  const progress = data.progress;

  return (
    <div className="grid-layout">
      <div className="grid-main">
        <div className="grid-toolbar" role="toolbar" aria-label={label}>
          <input
            ref={search}
            type="search"
            className="quick-search"
            aria-label={t('grid.search')}
            placeholder={t('grid.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <span className="grid-count" aria-label={t('grid.rowCount')}>
            {query || preset || ux.columnFiltered
              ? t('grid.rowsFiltered', { shown: number.format(counts.shown), n: number.format(counts.total) })
              : t('grid.rows', { n: number.format(counts.shown) })}
            {counts.selected > 0 ? ` · ${t('grid.selected', { n: number.format(counts.selected) })}` : ''}
          </span>
          <div className="toolbar-spacer" />
          <button type="button" className="button" onClick={() => selectOnlyFiltered(api.current)}>
            {t('grid.selectAllFiltered')}
          </button>
          <button
            type="button"
            className="button"
            disabled={counts.selected === 0}
            onClick={() => api.current?.deselectAll()}
          >
            {t('grid.clearSelection')}
          </button>
          <button type="button" className="button" disabled={counts.selected === 0} onClick={copySelection}>
            {t('grid.copy')}
          </button>
          {counts.selected === 0 ? <span className="disabled-reason">{t('gridux.selectFirst')}</span> : null}
          <button type="button" className="button" onClick={exportCsv}>
            {t('grid.exportCsv')}
          </button>
          {!target.tab ? (
            <ActionsMenu
              descriptor={descriptor}
              selected={() => selectedAndShown(api.current)}
              disabledReason={connected ? null : t('grid.writesDisabled', { reason: status.message ?? '' })}
            />
          ) : null}
          {descriptor.id === 'phone-numbers' && descriptor.phoneFields[0] ? (
            <CreateForwardButton
              phoneField={descriptor.phoneFields[0]}
              selectedRows={() => {
                const grid = api.current;
                const rows: Row[] = [];
                grid?.forEachNodeAfterFilter((node) => node.isSelected() && node.data && rows.push(node.data));
                return rows;
              }}
              disabledReason={
                counts.selected === 0
                  ? t('relations.selectFirst')
                  : connected
                    ? null
                    : t('grid.writesDisabled', { reason: status.message ?? '' })
              }
            />
          ) : null}
          <ColumnsMenu api={api} version={columnsVersion} onChange={saveColumns} />
          {progress ? (
            <button type="button" className="button" onClick={() => void noc.invoke('grid:cancel-refresh', target)}>
              {t('grid.cancelRefresh')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              disabled={status.state !== 'connected'}
              onClick={() => void noc.invoke('grid:refresh', target)}
            >
              {t('grid.refresh')}
            </button>
          )}
          {!progress && status.state !== 'connected' ? (
            <span className="disabled-reason">{t('gridux.refreshOffline')}</span>
          ) : null}
        </div>
        <div className="grid-status">
          {preset ? <PresetChip label={localized(preset.label)} /> : null}
          {offline ? <span className="badge offline">{t('grid.offline')}</span> : null}
          <span className="as-of" data-fetched-at={data.fetchedAt ?? undefined}>
            {data.fetchedAt ? t('grid.asOf', { time: formatTime(data.fetchedAt) }) : t('grid.notYetLoaded')}
          </span>
          {status.isDemo ? <span className="hint">· {t('grid.demo')}</span> : null}
          {data.fetchedAt && !data.complete ? <span className="hint">· {t('grid.incomplete')}</span> : null}
          {data.loading ? (
            <span className="progress">
              <progress aria-label={t('grid.loadingRows')} value={data.loading.loaded} max={data.loading.total} />
              {t('grid.loadingCached', {
                loaded: number.format(data.loading.loaded),
                total: number.format(data.loading.total),
              })}
            </span>
          ) : null}
          {progress ? (
            <span className="progress">
              <progress aria-label={t('grid.refresh')} value={progress.items} max={progress.total ?? undefined} />
              {progress.total !== null
                ? t('grid.refreshing', { items: progress.items, total: progress.total })
                : t('grid.refreshingUnknown', { items: progress.items })}
            </span>
          ) : null}
          {offline ? <span className="hint">{t('grid.writesDisabled', { reason: status.message ?? '' })}</span> : null}
          {data.syncMessage ? (
            <span className="form-error inline-error">{t('grid.refreshFailed', { message: data.syncMessage })}</span>
          ) : null}
          {data.syncGap ? <ListingNotice paused={data.syncGap.paused} gap={data.syncGap.gap} /> : null}
          {data.openError ? <span className="form-error inline-error">{data.openError}</span> : null}
          {notice ? (
            <span className="hint" role="status">
              {notice}
            </span>
          ) : null}
        </div>
        <FilterChips
          api={api}
          version={ux.filterVersion}
          query={query}
          onClearQuery={() => setQuery('')}
          onClearPreset={preset ? () => useUiStore.getState().clearPreset() : null}
        />
        <div className="grid-host" onKeyDown={keyboard.onKeyDown}>
          <AgGridReact<Row>
            theme={theme === 'dark' ? darkTheme : lightTheme}
            rowData={data.rows ?? undefined}
            loading={data.rows === null}
            columnDefs={columnDefs}
            getRowId={getRowId}
            rowSelection={rowSelection}
            defaultColDef={defaultColDef}
            animateRows={false}
            maintainColumnOrder
            isExternalFilterPresent={isExternalFilterPresent}
            doesExternalFilterPass={doesExternalFilterPass}

            suppressCellFocus={false}
            enableCellTextSelection={false}
            onGridReady={onGridReady}
            getRowClass={getRowClass}
            readOnlyEdit
            onCellEditRequest={onCellEditRequest}
            onModelUpdated={updateCounts}
            onRowDataUpdated={(event) => {
              totalRows.current = countRows(event.api);
              updateCounts();
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
