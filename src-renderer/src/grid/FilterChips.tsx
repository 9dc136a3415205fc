import type { GridApi } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../src-preload/contract/index.ts';
import { describeFilter } from './describe-filter.ts';

function labelsOf(model: Record<string, unknown>): (value: string) => string {
  const values = Array.isArray(model['values']) ? model['values'].map(String) : [];
  const labels = Array.isArray(model['labels']) ? model['labels'].map(String) : [];
  return (value) => labels[values.indexOf(value)] ?? value;
}

/**
 * One chip per active column filter (and the quick search), each removable, and "Clear all". Rendered from the
 * grid's filter model; `version` changes whenever a filter does.
 */
export function FilterChips(props: {
  api: React.RefObject<GridApi<Row> | null>;
  version: number;
  query: string;
  onClearQuery: () => void;
  /** A tile's preset filter, cleared with the rest. */
  onClearPreset: (() => void) | null;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const current = props.api.current;
  const grid = current && !current.isDestroyed() ? current : null;
  const model = (grid?.getFilterModel() ?? {}) as Record<string, Record<string, unknown>>;
  const columns = Object.keys(model);
  if (columns.length === 0 && props.query === '' && !props.onClearPreset) return null;
  const header = (colId: string): string => grid?.getColumn(colId)?.getColDef().headerName ?? colId;

  const chip = (key: string, text: string, remove: () => void): React.JSX.Element => (
    <li key={key} className="filter-chip">
      <span>{text}</span>
      <button type="button" className="chip-remove" aria-label={t('filters.remove', { label: text })} onClick={remove}>
        ✕
      </button>
    </li>
  );

  return (
    <ul className="filter-chips" aria-label={t('filters.region')} data-version={props.version}>
      {props.query !== ''
        ? chip('quick-search', t('filters.quickSearch', { query: props.query }), props.onClearQuery)
        : null}
      {columns.map((colId) =>
        chip(
          colId,
          t('filters.chip', {
            column: header(colId),
            value: describeFilter(model[colId]!, labelsOf(model[colId]!), t('filters.or'), t('filters.and')),
          }),
          () => grid?.setColumnFilterModel(colId, null).then(() => grid.onFilterChanged()),
        ),
      )}
      <li>
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            grid?.setFilterModel(null);
            props.onClearQuery();
            props.onClearPreset?.();
          }}
        >
          {t('filters.clearAll')}
        </button>
      </li>
    </ul>
  );
}
