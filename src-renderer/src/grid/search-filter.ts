import type { IRowNode } from 'ag-grid-community';
import type { Row } from '../../../src-preload/contract/index.ts';
import { narrows, type QuickSearchIndex } from './quick-search-index.ts';

/** What the filter reads of a grid row: its data, and whether the grid displays it now. */
export type FilterNode = Pick<IRowNode<Row>, 'data' | 'displayed'>;

/** Quick search (and a tile's preset) as AG Grid's external filter. */
export interface SearchFilter {
  isPresent(): boolean;
  passes(node: FilterNode): boolean;
  /** New search terms, and the grid's filter run for them (`refilter`: AG Grid's onFilterChanged, at once as a rule). */
  search(terms: readonly string[], refilter: () => void): void;
  /** A second condition rows must meet (a tile's preset), or null. */
  setExtra(extra: ((row: Row) => boolean) | null): void;
  /**
   * The grid is ready for `refilter`: a search or preset set before it was (on mount, a tile's preset or the search
   * kept for the view) is run now. AG Grid reads isPresent when it is built, which is before the hook's effects set
   * them, and after that only when asked to filter again, which needs the grid's api that gridReady brings.
   */
  gridReady(refilter: () => void): void;
}

/**
 * While the grid filters for a keystroke that narrows the last search, a row it does not display failed the last
 * search or a filter still in force (AG Grid's `displayed` is the verdict of every filter: this grid has no paging,
 * pinned rows or loading rows, and its column filters do not read the clock), so it is rejected after one field
 * read, without a lookup of its search text: on a keystroke over 100,000 rows that lookup was most of the filter's
 * time. Only inside that one pass (rows the grid adds later are judged by passes of their own), only when the grid
 * ran its filter for the last search at once (AG Grid puts a pass off while, say, a filter component is being
 * created: then `displayed` is an older verdict), and only without an extra condition (a preset reads the clock: a
 * row it rejected may pass now).
 */
export function createSearchFilter(index: QuickSearchIndex): SearchFilter {
  let terms: readonly string[] = [];
  let extra: ((row: Row) => boolean) | null = null;
  // the terms the grid's displayed rows were filtered by, when the grid ran its filter for them at once
  let displayedFor: readonly string[] | null = null;
  let narrowingPass = false;
  // whether the grid asked for any row since the last search began
  let asked = false;
  const isPresent = (): boolean => terms.length > 0 || extra !== null;
  const search = (next: readonly string[], refilter: () => void): void => {
    narrowingPass = extra === null && displayedFor === terms && narrows(terms, next);
    terms = next;
    asked = false;
    try {
      refilter();
      // not after a pass that threw: it may have left some rows' `displayed` as it was
      displayedFor = asked ? next : null;
    } finally {
      narrowingPass = false;
    }
  };
  return {
    isPresent,
    passes(node) {
      asked = true;
      const row = node.data;
      if (row === undefined) return false;
      if (narrowingPass && !node.displayed) return false;
      return (extra === null || extra(row)) && index.matches(row, terms);
    },
    search,
    setExtra(next) {
      extra = next;
      displayedFor = null;
    },
    gridReady(refilter) {
      if (isPresent()) search(terms, refilter);
    },
  };
}
