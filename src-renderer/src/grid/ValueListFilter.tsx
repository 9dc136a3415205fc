import type { IRowNode } from 'ag-grid-community';
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../src-preload/contract/index.ts';
import { locale } from '../i18n/index.ts';

/**
 * The rows whose value is one of `values` (raw values as text; '' is an empty cell). Only the values are kept: their
 * labels are rendered when shown, so they follow the language and the lookups.
 */
export interface ValueListModel {
  filterType: 'values';
  values: string[];
}

/** Most values shown at once; the search box narrows the rest. */
const SHOWN = 200;

export function valueKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

interface Entry {
  key: string;
  label: string;
  count: number;
}

/** Every distinct value of the column over all rows, with how many rows have it, most frequent first. */
function distinctValues(props: CustomFilterProps<Row, unknown, ValueListModel>, blank: string): Entry[] {
  const entries = new Map<string, Entry>();
  props.api.forEachNode((node: IRowNode<Row>) => {
    const key = valueKey(props.getValue(node));
    const entry = entries.get(key);
    if (entry) entry.count += 1;
    else {
      const shown: unknown = props.api.getCellValue({ rowNode: node, colKey: props.column, useFormatter: true });
      const label = key === '' ? blank : valueKey(shown) || key;
      entries.set(key, { key, label, count: 1 });
    }
  });
  return [...entries.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale()));
}

/**
 * A value-list filter (AG Grid Community has none): the column's distinct values with their counts, searchable,
 * ticked on or off. Nothing ticked means no filter.
 */
export function ValueListFilter(props: CustomFilterProps<Row, unknown, ValueListModel>): React.JSX.Element {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { model, onModelChange, getValue } = props;
  const [entries, setEntries] = useState<Entry[]>([]);
  const searchBox = useRef<HTMLInputElement>(null);
  const chosen = useMemo(() => new Set(model?.values ?? []), [model]);
  const number = new Intl.NumberFormat(locale());

  const doesFilterPass = useCallback(
    ({ node }: { node: IRowNode<Row> }) => model === null || chosen.has(valueKey(getValue(node))),
    [chosen, getValue, model],
  );
  // The filter lives as long as its column; the values are counted afresh each time it opens.
  const afterGuiAttached = useCallback(() => {
    setEntries(distinctValues(props, t('filters.blank')));
    setSearch('');
    setTimeout(() => searchBox.current?.focus(), 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- props.api and props.column stay the same for a filter
  }, [t]);
  useGridFilter({ doesFilterPass, afterGuiAttached });

  const needle = search.trim().toLocaleLowerCase(locale());
  const matching = needle
    ? entries.filter((entry) => entry.label.toLocaleLowerCase(locale()).includes(needle))
    : entries;
  const shown = matching.slice(0, SHOWN);
  const column = props.colDef.headerName ?? props.column.getColId();

  const apply = (keys: Set<string>): void => {
    if (keys.size === 0) return onModelChange(null);
    // Values chosen earlier that no row has any more stay chosen.
    onModelChange({ filterType: 'values', values: [...keys] });
  };
  const toggle = (key: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    apply(next);
  };

  return (
    <div className="value-filter">
      <input
        ref={searchBox}
        type="search"
        className="value-filter-search"
        aria-label={t('filters.searchValues')}
        placeholder={t('filters.searchValues')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <div className="value-filter-actions">
        <button
          type="button"
          className="button ghost"
          onClick={() => apply(new Set([...chosen, ...matching.map((entry) => entry.key)]))}
        >
          {t('filters.all')}
        </button>
        <button type="button" className="button ghost" disabled={chosen.size === 0} onClick={() => apply(new Set())}>
          {t('filters.none')}
        </button>
        <span className="hint">{t('filters.values', { count: entries.length })}</span>
      </div>
      <fieldset className="value-filter-list" aria-label={t('filters.listLabel', { column })}>
        {shown.map((entry) => (
          <label key={entry.key} className="value-filter-item">
            <input
              type="checkbox"
              checked={chosen.has(entry.key)}
              onChange={(event) => toggle(entry.key, event.target.checked)}
            />
            <span className="value-filter-label">{entry.label}</span>
            <span className="count">{number.format(entry.count)}</span>
          </label>
        ))}
      </fieldset>
      {matching.length === 0 ? <p className="hint">{t('filters.noMatch')}</p> : null}
      {matching.length > SHOWN ? <p className="hint">{t('filters.more', { count: matching.length - SHOWN })}</p> : null}
    </div>
  );
}
