import type { ColumnDescriptor, LookupTables, Row } from '../../../src-preload/contract/index.ts';
import { readField } from './format.ts';
import { isNumberPrefix, normalizeQuickSearch, phoneStarts } from './phone-search.ts';

/** Separates values in a row's search text; no term can contain it. */
const SEP = '\u0001';
/** Starts each value a number prefix may begin (phone values in all their forms, other texts as they are). */
const START = '\u0002';

/** What quick search matches for one row: `text` for words anywhere, `starts` for number prefixes. */
export interface RowSearchText {
  text: string;
  starts: string;
}

/** Every column's raw text (and the name a lookup shows for it); phone values also in their +31 and 31 forms. */
export function rowSearchText(
  row: Row,
  columns: readonly ColumnDescriptor[],
  phoneFields: ReadonlySet<string>,
  lookups: LookupTables,
): RowSearchText {
  const parts: string[] = [];
  let starts = '';
  for (const column of columns) {
    const value = readField(row, column.field);
    if (value === null || value === undefined) continue;
    if (column.type === 'phone' || phoneFields.has(column.field)) {
      const forms = phoneStarts(value);
      parts.push(forms.join(' '));
      for (const form of forms) starts += START + form;
    } else if (typeof value === 'string') {
      const shown = lookups[column.field]?.[value];
      parts.push(shown === undefined ? value : `${shown}${SEP}${value}`);
      starts += START + value;
    } else if (Array.isArray(value)) parts.push(value.join(' '));
    else if (typeof value !== 'object') parts.push(String(value));
  }
  // number prefixes are digits and '+' only, so the starts need no case folding
  return { text: parts.join(SEP).toLowerCase(), starts };
}

/**
 * The words a query must all contain; a number typed as +31 20 123 becomes one national-form word. A number
 * prefix (+316, 06, 316) matches only values that start with it, not the same digits inside another number.
 */
export function searchTerms(query: string): string[] {
  return normalizeQuickSearch(query).toLowerCase().match(/\S+/g) ?? [];
}

/** Whether every row the old terms rejected is rejected by the new ones too (the user typed on). */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  if (previous.length === 0) return false;
  return previous.every((old) =>
    next.some((term) =>
      isNumberPrefix(old) ? isNumberPrefix(term) && term.startsWith(old) : !isNumberPrefix(term) && term.includes(old),
    ),
  );
}

export interface QuickSearchIndex {
  /**
   * Whether the row has every term. A new terms array (once per keystroke) starts a new pass, tested within the
   * last result when its terms narrow the last ones; the same array again reuses the row's verdict of this pass.
   */
  matches(row: Row, terms: readonly string[]): boolean;
  /** Builds the text of these rows a slice at a time while the user is not typing, so the first keystroke is fast. */
  warm(rows: readonly Row[]): void;
  /** How many row texts have been tested against terms so far: what narrowing saves shows here. */
  tested(): number;
  reset(textOf: (row: Row) => RowSearchText | string): void;
  dispose(): void;
}

interface Entry extends RowSearchText {
  /** The pass that last tested this row, and whether it matched then. */
  pass: number;
  matched: boolean;
}

/** Rows whose text one background step builds at most. */
const SLICE = 5_000;
/**
 * How long one background step may run, idle or not: a longer step is a long task, and a keystroke, scroll or click
 * that comes meanwhile waits for it (an idle period may be 50 ms long; an idle callback that ran late has none).
 */
const STEP_MS = 10;

/** Runs `step` when the renderer is idle (within 2 s even when it never is), or on the next task where idle callbacks do not exist. */
function later(step: (idle?: IdleDeadline) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(step, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(step, 0);
  return () => clearTimeout(id);
}

/**
 * A per-row search text cache, so that a keystroke over 100,000 rows is a scan of ready strings, and a keystroke
 * that extends the query tests only the rows the last one let through (the others are rejected by one field read).
 */
export function createQuickSearchIndex(initialTextOf: (row: Row) => RowSearchText | string): QuickSearchIndex {
  let textOf = initialTextOf;
  // Kept on the row object under a symbol of this index, not enumerable (invisible to Object.entries, JSON and
  // {...row}): a refreshed or edited row is a new object, so its text is built again by itself; a reset takes a
  // new symbol.
  let slot = Symbol('quick-search');
  let queue: Row[] = [];
  // rows of the queue before this one are built; a splice from the front would copy the whole queue each time
  let queued = 0;
  let cancel: (() => void) | null = null;
  let terms: readonly string[] = [];
  // The terms as what each row's text is searched for: worked out once per keystroke, not once per row.
  let needles: { inStarts: boolean; needle: string }[] = [];
  let pass = 1;
  let narrowing = false;
  let testedCount = 0;
  const entryFor = (row: Row): Entry => {
    const holder = row as Record<symbol, Entry | undefined>;
    let entry = holder[slot];
    if (entry === undefined) {
      const built = textOf(row);
      // a plain text: words only, no number starts
      entry = { ...(typeof built === 'string' ? { text: built, starts: '' } : built), pass: 0, matched: false };
      // the defaults: not enumerable (a spread copy of the row does not carry it), not writable, not configurable
      Object.defineProperty(holder, slot, { value: entry });
    }
    return entry;
  };
  const test = (entry: Entry): boolean => {
    testedCount += 1;
    for (let at = 0; at < needles.length; at += 1) {
      const { inStarts, needle } = needles[at]!;
      if (!(inStarts ? entry.starts : entry.text).includes(needle)) return false;
    }
    return true;
  };
  const step = (idle?: IdleDeadline): void => {
    cancel = null;
    // while the renderer has nothing else to do (an opening grid's rows and paint go first): 5,000 rows at most, and
    // never longer than STEP_MS, also when the idle callback's timeout ran out (then it has no idle time at all)
    const end = Math.min(queue.length, queued + SLICE);
    const until = performance.now() + Math.min(STEP_MS, idle && !idle.didTimeout ? idle.timeRemaining() - 1 : STEP_MS);
    // the clock is read after each row: one row at least, so that a renderer that is never idle still makes progress
    while (queued < end) {
      entryFor(queue[queued]!);
      queued += 1;
      if (performance.now() >= until) break;
    }
    if (queued < queue.length) cancel = later(step);
    else {
      queue = [];
      queued = 0;
    }
  };
  return {
    matches(row, next) {
      if (next !== terms) {
        narrowing = narrows(terms, next);
        terms = next;
        needles = next.map((term) =>
          isNumberPrefix(term) ? { inStarts: true, needle: START + term } : { inStarts: false, needle: term },
        );
        pass += 1;
      }
      if (terms.length === 0) return true;
      const entry = entryFor(row);
      if (entry.pass === pass) return entry.matched;
      // rejected by the last pass, whose terms these narrow: still rejected
      const matched = narrowing && entry.pass === pass - 1 && !entry.matched ? false : test(entry);
      entry.pass = pass;
      entry.matched = matched;
      return matched;
    },
    warm(rows) {
      queue = queue.slice(queued).concat(rows);
      queued = 0;
      cancel ??= later(step);
    },
    tested: () => testedCount,
    // rows get fresh entries under the new symbol (pass 0), so no verdict of an earlier pass can be reused
    reset(next) {
      textOf = next;
      slot = Symbol('quick-search');
    },
    dispose() {
      cancel?.();
      cancel = null;
      queue = [];
      queued = 0;
    },
  };
}
