import type { GridApi, IRowNode } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  ColumnDescriptor,
  GridTarget,
  LookupTables,
  ResourceDescriptor,
  Row,
} from '../../../src-preload/contract/index.ts';
import { matchesPreset } from '../../../src-preload/contract/shared/deadlines.ts';
import { useUiStore, type GridPreset } from '../state/ui-store.ts';
import { liveGrid } from './grid-rows.ts';
import { createQuickSearchIndex, rowSearchText, searchTerms, type QuickSearchIndex } from './quick-search-index.ts';
import { createSearchFilter } from './search-filter.ts';

/** The per-row search text cache of one grid; warmed with rows as they arrive. */
export function useQuickSearchIndex(): QuickSearchIndex {
  const index = useMemo(() => createQuickSearchIndex(() => ({ text: '', starts: '' })), []);
  useEffect(() => () => index.dispose(), [index]);
  return index;
}

export interface QuickSearch {
  query: string;
  setQuery: (query: string) => void;
  /** A filter an overview tile opened this grid with; it applies on top of quick search until cleared. */
  preset: GridPreset | null;
  isExternalFilterPresent: () => boolean;
  doesExternalFilterPass: (node: IRowNode<Row>) => boolean;
  /** From the grid's gridReady: runs a search or preset that was set before the grid could be asked to filter. */
  onGridReady: (grid: GridApi<Row>) => void;
}

interface Options {
  api: React.RefObject<GridApi<Row> | null>;
  index: QuickSearchIndex;
  target: GridTarget;
  descriptor: ResourceDescriptor;
  columns: readonly ColumnDescriptor[];
  lookups: LookupTables;
  rows: Row[] | null;
  /** Whether the looked-up names are in: texts built before them would be built again. */
  namesKnown: boolean;
  /** After the filter changed: the row count follows. */
  onFiltered: () => void;
  /** The search this grid had when the operator last left it (kept per view). */
  initialQuery?: string;
}

/** Quick search is an external filter over a per-row text index that is built while the user is not typing. */
export function useQuickSearch({
  api,
  index,
  target,
  descriptor,
  columns,
  lookups,
  rows,
  namesKnown,
  onFiltered,
  initialQuery = '',
}: Options): QuickSearch {
  const [query, setQuery] = useState(initialQuery);
  const terms = useMemo(() => searchTerms(query), [query]);
  const filter = useMemo(() => createSearchFilter(index), [index]);
  const preset = useUiStore((state) => (state.preset?.view === descriptor.id && !target.tab ? state.preset : null));
  useEffect(() => {
    filter.setExtra(preset === null ? null : (row) => matchesPreset(row, preset.preset, Date.now()));
    api.current?.onFilterChanged();
    onFiltered();
  }, [preset, filter, onFiltered, api]);
  // A new text per row only when what the text is made of changes (columns, looked-up names); new rows are new
  // objects with no text yet, so a new set of rows needs no reset, only warming.
  useEffect(() => {
    const phoneFields = new Set(descriptor.phoneFields);
    index.reset((row) => rowSearchText(row, columns, target.tab ? new Set() : phoneFields, lookups));
    // New names do not rebuild the columns, so a search in force is run again over the new texts here.
    if (filter.isPresent()) api.current?.onFilterChanged();
  }, [index, filter, columns, descriptor.phoneFields, target.tab, lookups, api]);
  useEffect(() => {
    if (!namesKnown) return;
    const grid = liveGrid(api.current);
    const inGrid: Row[] = [];
    grid?.forEachNode((node) => node.data && inGrid.push(node.data));
    index.warm(inGrid.length > 0 ? inGrid : (rows ?? []));
  }, [index, columns, descriptor.phoneFields, target.tab, lookups, rows, namesKnown, api]);
  useEffect(() => {
    // marks for the bench (test/bench/fixtures/search-keystroke.ts): the filter pass apart from renders and paint
    performance.mark('noc:search-filter-start');
    filter.search(terms, () => api.current?.onFilterChanged());
    performance.mark('noc:search-filter-end');
    onFiltered();
  }, [terms, filter, onFiltered, api]);
  const isExternalFilterPresent = useCallback(() => filter.isPresent(), [filter]);
  const doesExternalFilterPass = useCallback((node: IRowNode<Row>) => filter.passes(node), [filter]);
  const onGridReady = useCallback((grid: GridApi<Row>) => filter.gridReady(() => grid.onFilterChanged()), [filter]);
  return { query, setQuery, preset, isExternalFilterPresent, doesExternalFilterPass, onGridReady };
}

/** Ctrl+F (Cmd+F) puts the cursor in the grid's quick search, with its text selected. */
export function useSearchShortcut(input: React.RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
}
