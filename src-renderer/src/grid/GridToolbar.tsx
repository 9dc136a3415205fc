import type { GridApi } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { GridProgress, GridTarget, ResourceDescriptor, Row } from '../../../src-preload/contract/index.ts';
import { ActionsMenu } from '../bulk/ActionsMenu.tsx';
import { selectedButHidden } from '../bulk/hidden-selection.ts';
import { noc } from '../noc.ts';
import { CreateForwardButton } from '../relations/CreateForwardButton.tsx';
import { writesDisabledText } from '../shell/problem-text.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { ColumnsMenu } from './ColumnsMenu.tsx';
import { selectedAndShown, selectedAndShownIris } from './grid-rows.ts';
import { useCounts, type GridCountsSource } from './use-grid-counts.ts';
import { selectOnlyFiltered } from './use-grid-keyboard.ts';

interface Props {
  api: React.RefObject<GridApi<Row> | null>;
  target: GridTarget;
  descriptor: ResourceDescriptor;
  label: string;
  searchInput: React.RefObject<HTMLInputElement | null>;
  query: string;
  onQuery: (query: string) => void;
  /** Whether a search, column filter or preset narrows the rows, so the count says "n of total". */
  filtered: boolean;
  counts: GridCountsSource;
  progress: GridProgress | null;
  columnsVersion: number;
  onColumnsChange: () => void;
  onCopy: () => void;
  onExport: () => void;
}

/** Quick search, row count, selection, copy and export, actions, columns and refresh of one grid. */
export function GridToolbar({
  api,
  target,
  descriptor,
  label,
  searchInput,
  query,
  onQuery,
  filtered,
  counts: countsSource,
  progress,
  columnsVersion,
  onColumnsChange,
  onCopy,
  onExport,
}: Props): React.JSX.Element {
  const { t } = useTranslation();
  const counts = useCounts(countsSource);
  const status = useConnectionStore((state) => state.status);
  const connected = status.state === 'connected';
  const writesDisabled = writesDisabledText(t, status);
  return (
    <div className="grid-toolbar" role="toolbar" aria-label={label}>
      <input
        ref={searchInput}
        type="search"
        className="quick-search"
        aria-label={t('grid.search')}
        placeholder={t('grid.searchPlaceholder')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
      />
      <span className="grid-count" aria-label={t('grid.rowCount')}>
        {filtered
          ? t('grid.rowsFiltered', { shown: counts.shown, count: counts.total })
          : t('grid.rows', { count: counts.shown })}
        {counts.selected > 0 ? ` · ${t('grid.selected', { count: counts.selected })}` : ''}
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
      <button type="button" className="button" disabled={counts.selected === 0} onClick={onCopy}>
        {t('grid.copy')}
      </button>
      {counts.selected === 0 ? <span className="disabled-reason">{t('gridux.selectFirst')}</span> : null}
      <button type="button" className="button" onClick={onExport}>
        {t('grid.exportCsv')}
      </button>
      {!target.tab ? (
        <ActionsMenu
          descriptor={descriptor}
          selected={() => selectedAndShownIris(api.current)}
          hiddenSelected={() => selectedButHidden(api.current)}
          disabledReason={writesDisabled}
        />
      ) : null}
      {descriptor.id === 'phone-numbers' && descriptor.phoneFields[0] ? (
        <CreateForwardButton
          phoneField={descriptor.phoneFields[0]}
          selectedRows={() => selectedAndShown(api.current)}
          disabledReason={
            counts.selected === 0 ? t('relations.selectFirst') : writesDisabled ? t('relations.needsConnection') : null
          }
          disabledDetail={writesDisabled}
        />
      ) : null}
      <ColumnsMenu api={api} version={columnsVersion} onChange={onColumnsChange} />
      {progress ? (
        <button type="button" className="button" onClick={() => void noc.invoke('grid:cancel-refresh', target)}>
          {t('grid.cancelRefresh')}
        </button>
      ) : (
        <button
          type="button"
          className="button"
          disabled={!connected}
          onClick={() => void noc.invoke('grid:refresh', target)}
        >
          {t('grid.refresh')}
        </button>
      )}
      {!progress && !connected ? <span className="disabled-reason">{t('gridux.refreshOffline')}</span> : null}
    </div>
  );
}
