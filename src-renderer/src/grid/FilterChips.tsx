import type { GridApi } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../src-preload/contract/index.ts';
import { describeFilter } from './describe-filter.ts';
import { valueKey } from './ValueListFilter.tsx';

/**
 * How the grid shows each value a value-list filter keeps, now (in the current language, with the current lookups):
 * read from the first row that has it. A value no row has any more shows as it is.
 */
function labelsOf(
  grid: GridApi<Row> | null,
  colId: string,
  model: Record<string, unknown>,
  blank: string,
): (value: string) => string {
  const wanted = new Set(Array.isArray(model['values']) ? model['values'].map(String) : []);
  wanted.delete('');
  const labels = new Map<string, string>();
  if (grid && wanted.size > 0) {
    grid.forEachNode((node) => {
      if (labels.size === wanted.size) return;
      const key = valueKey(grid.getCellValue({ rowNode: node, colKey: colId }));
      if (!wanted.has(key) || labels.has(key)) return;
      const shown: unknown = grid.getCellValue({ rowNode: node, colKey: colId, useFormatter: true });
      labels.set(key, valueKey(shown) || key);
    });
  }
  return (value) => (value === '' ? blank : (labels.get(value) ?? value));
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
            value: describeFilter(
              model[colId]!,
              labelsOf(grid, colId, model[colId]!, t('filters.blank')),
              t('filters.or'),
              t('filters.and'),
            ),
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
