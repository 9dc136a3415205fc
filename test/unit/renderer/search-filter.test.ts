// Quick search as the grid's external filter, over a stand-in for AG Grid's client-side row model that keeps its
// rules: a filter pass asks the filter for every row, then the rows that pass are displayed and the others are not;
// whether the filter is present is read when the grid is built and again only when it is asked to filter again
// (onFilterChanged), not when new rows are set.
import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src-preload/contract/index.ts';
import { createQuickSearchIndex, searchTerms } from '../../../src-renderer/src/grid/quick-search-index.ts';
import { createSearchFilter, type FilterNode } from '../../../src-renderer/src/grid/search-filter.ts';

function grid(numbers: string[]) {
  const index = createQuickSearchIndex((row) => ({
    text: String(row['number']),
    starts: `\u0002${String(row['number'])}`,
  }));
  let asked = 0;
  const filter = createSearchFilter({
    ...index,
    matches: (row, terms) => {
      asked += 1;
      return index.matches(row, terms);
    },
  });
  const nodes: FilterNode[] = [];
  const add = (number: string): void => {
    nodes.push({ data: { '@id': `/phonenumbers/${number}`, number } as Row, displayed: false });
  };
  numbers.forEach(add);
  let present = filter.isPresent();
  // AG Grid's pass: every row asked (an absent filter lets every row through), the verdicts displayed
  const pass = (): void => {
    const verdicts = nodes.map((node) => !present || filter.passes(node));
    nodes.forEach((node, at) => (node.displayed = verdicts[at]!));
  };
  // onFilterChanged
  const refilter = (): void => {
    present = filter.isPresent();
    pass();
  };
  const shown = (): string[] => nodes.filter((node) => node.displayed).map((node) => String(node.data!['number']));
  const type = (text: string, run: () => void = refilter): void => filter.search(searchTerms(text), run);
  // new rows set (rowData): filtered with what the grid last read of isPresent
  const rowsSet = pass;
  return { asked: () => asked, filter, nodes, add, refilter, rowsSet, shown, type };
}

/** A filter nothing has been asked of: no search typed, no grid pass run. */
function createFresh() {
  return { filter: createSearchFilter(createQuickSearchIndex((row) => String(row['number']))) };
}

const NUMBERS = ['0201110000', '0201120000', '0202220000', '0301110000', '0612345678'];

describe('quick search as the grid filter', () => {
  it('is in force while there is something to search for or a preset, and lets no row without data through', () => {
    const { filter, type, shown, refilter } = grid(NUMBERS);
    expect(filter.isPresent()).toBe(false);
    type('020');
    expect(filter.isPresent()).toBe(true);
    type('');
    expect(filter.isPresent()).toBe(false);
    filter.setExtra((row) => row['number'] !== '0612345678');
    expect(filter.isPresent()).toBe(true);
    // a new filter's first pass, before any keystroke: no row is turned away for not being displayed yet
    refilter();
    expect(shown()).toEqual(NUMBERS.slice(0, 4));
    // a node without data (AG Grid's loading or group rows) is never a match
    expect(filter.passes({ data: undefined, displayed: true })).toBe(false);
  });

  it('a new filter turns no row away before its first search', () => {
    const { filter } = createFresh();
    expect(filter.passes({ data: { '@id': '/phonenumbers/1', number: '0201110000' } as Row, displayed: false })).toBe(
      true,
    );
  });

  it('a keystroke that narrows the search tests only the rows the last one showed', () => {
    const { asked, type, shown, refilter } = grid(NUMBERS);
    refilter();
    type('020');
    expect(shown()).toEqual(['0201110000', '0201120000', '0202220000']);
    const before = asked();
    type('0201');
    expect(shown()).toEqual(['0201110000', '0201120000']);
    // the two rows the last pass rejected were turned away without a lookup of their search text
    expect(asked() - before).toBe(3);
    type('02011');
    expect(shown()).toEqual(['0201110000', '0201120000']);
    type('020111');
    expect(shown()).toEqual(['0201110000']);
  });

  it('a keystroke that widens the search looks at every row again', () => {
    const { type, shown, refilter } = grid(NUMBERS);
    refilter();
    type('0201');
    type('020');
    expect(shown()).toEqual(['0201110000', '0201120000', '0202220000']);
    type('0');
    expect(shown()).toEqual(NUMBERS);
  });

  it('a row the grid added after the last keystroke is judged in its own pass and found by the next', () => {
    const { add, type, shown, refilter } = grid(NUMBERS);
    refilter();
    type('02');
    type('020');
    // a refresh adds a row; the grid filters again for it (a pass of its own, not a keystroke)
    add('0201999999');
    refilter();
    expect(shown()).toContain('0201999999');
    type('0201');
    expect(shown()).toEqual(['0201110000', '0201120000', '0201999999']);
  });

  it('when the grid did not filter for the last keystroke at once, the next one looks at every row', () => {
    const { type, shown, refilter } = grid(NUMBERS);
    refilter();
    type('0201');
    expect(shown()).toEqual(['0201110000', '0201120000']);
    // the grid puts its pass for "020" off: it still displays the rows of "0201"
    type('020', () => undefined);
    // "0202" narrows "020", but the rows displayed are not the verdicts of "020": every row is looked at again
    type('0202');
    expect(shown()).toEqual(['0202220000']);
  });

  it('after a pass that failed half-way, the next keystroke looks at every row', () => {
    const { filter, nodes, type, shown, refilter } = grid(NUMBERS);
    refilter();
    type('0201');
    // the grid asks every row, then fails before it displays the verdicts
    const failing = (): void => {
      nodes.forEach((node) => filter.passes(node));
      throw new Error('a row listener failed');
    };
    expect(() => type('020', failing)).toThrow('a row listener failed');
    type('0202');
    expect(shown()).toEqual(['0202220000']);
  });

  it('a preset cleared without a pass of its own leaves nothing for the next keystroke to build on', () => {
    const { filter, type, shown, refilter } = grid(NUMBERS);
    filter.setExtra((row) => row['number'] !== '0201120000');
    refilter();
    type('02');
    filter.setExtra(null);
    type('020');
    expect(shown()).toEqual(['0201110000', '0201120000', '0202220000']);
  });

  it('with a preset in force every row is asked again: a preset reads the clock, what it rejected may pass now', () => {
    const { filter, type, shown, refilter } = grid(NUMBERS);
    let open = false;
    filter.setExtra((row) => open || row['number'] !== '0201120000');
    refilter();
    type('020');
    expect(shown()).toEqual(['0201110000', '0202220000']);
    open = true;
    type('0201');
    expect(shown()).toEqual(['0201110000', '0201120000']);
  });

  it('a preset and a search set before the grid was ready are in force once it is', () => {
    // the grid is built (no filter present yet), then the hook's effects set the preset and the kept search
    const { filter, type, shown, rowsSet, refilter } = grid(NUMBERS);
    filter.setExtra((row) => row['number'] !== '0201120000');
    type('020', () => undefined);
    rowsSet();
    expect(shown()).toEqual(NUMBERS);
    filter.gridReady(refilter);
    expect(shown()).toEqual(['0201110000', '0202220000']);
  });

  it('the pass at gridReady counts as the last search: the next narrowing keystroke builds on it', () => {
    const { filter, asked, type, shown, rowsSet, refilter } = grid(NUMBERS);
    type('020', () => undefined);
    rowsSet();
    filter.gridReady(refilter);
    expect(shown()).toEqual(['0201110000', '0201120000', '0202220000']);
    const before = asked();
    type('0201');
    expect(shown()).toEqual(['0201110000', '0201120000']);
    expect(asked() - before).toBe(3);
  });

  it('a grid ready with neither a search nor a preset is not asked to filter again', () => {
    const { filter } = grid(NUMBERS);
    let passes = 0;
    filter.gridReady(() => (passes += 1));
    filter.setExtra((row) => row['number'] !== '0201120000');
    filter.setExtra(null);
    filter.gridReady(() => (passes += 1));
    expect(passes).toBe(0);
  });
});
