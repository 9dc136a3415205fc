import type { ColumnDescriptor, LookupTables, Row } from '../../../src-preload/contract/index.ts';
import { readField } from './format.ts';
import { normalizeQuickSearch, phoneQuickFilterText } from './phone-search.ts';

/** What quick search matches for one row: every column's raw text, numbers also in their +31 and 31 forms. */
export function rowSearchText(
  row: Row,
  columns: readonly ColumnDescriptor[],
  phoneFields: ReadonlySet<string>,
  lookups: LookupTables,
): string {
  const parts: string[] = [];
  for (const column of columns) {
    const value = readField(row, column.field);
    if (value === null || value === undefined) continue;
    if (column.type === 'phone' || phoneFields.has(column.field)) parts.push(phoneQuickFilterText(value));
    else if (typeof value === 'string') {
      const shown = lookups[column.field]?.[value];
      parts.push(shown === undefined ? value : `${shown}\u0001${value}`);
    } else if (Array.isArray(value)) parts.push(value.join(' '));
    else if (typeof value !== 'object') parts.push(String(value));
  }
  return parts.join('\u0001').toLowerCase();
}

/** The words a query must all contain; a number typed as +31 20 123 becomes one national-form word. */
export function searchTerms(query: string): string[] {
  const normalized = normalizeQuickSearch(query);
  return normalized
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');
}

export interface QuickSearchIndex {
  matches(row: Row, terms: readonly string[]): boolean;
  /** Builds the text of these rows a slice at a time while the user is not typing, so the first keystroke is fast. */
  warm(rows: readonly Row[]): void;
  reset(textOf: (row: Row) => string): void;
  dispose(): void;
}

/** A per-row search text cache, so that a keystroke over 100,000 rows is a scan of ready strings. */
export function createQuickSearchIndex(initialTextOf: (row: Row) => string): QuickSearchIndex {
  let textOf = initialTextOf;
  // Kept on the row object under a symbol of this index (invisible to Object.entries and JSON): a refreshed or
  // edited row is a new object, so its text is built again by itself; a reset takes a new symbol.
  let slot = Symbol('quick-search-text');
  let queue: Row[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const textFor = (row: Row): string => {
    const holder = row as Record<symbol, string | undefined>;
    let text = holder[slot];
    if (text === undefined) {
      text = textOf(row);
      // Not enumerable, so a copy of the row ({...row}) does not carry a text that may no longer fit it.
      Object.defineProperty(holder, slot, { value: text, enumerable: false, configurable: true });
    }
    return text;
  };
  const step = (): void => {
    timer = null;
    const slice = queue.splice(0, 5_000);
    for (const row of slice) textFor(row);
    if (queue.length > 0) timer = setTimeout(step, 0);
  };
  return {
    matches: (row, terms) => {
      const text = textFor(row);
      for (const term of terms) if (!text.includes(term)) return false;
      return true;
    },
    warm(rows) {
      queue = queue.concat(rows);
      timer ??= setTimeout(step, 0);
    },
    reset(next) {
      textOf = next;
      slot = Symbol('quick-search-text');
    },
    dispose() {
      if (timer) clearTimeout(timer);
      queue = [];
    },
  };
}
