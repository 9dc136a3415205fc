import { describe, expect, it } from 'vitest';
import type { ColumnDescriptor } from '../../../src-preload/contract/index.ts';
import { message } from '../../../src-preload/contract/messages.ts';
import { normalizeQuickSearch, phoneQuickFilterText } from '../../../src-renderer/src/grid/phone-search.ts';
import {
  createQuickSearchIndex,
  rowSearchText,
  searchTerms,
} from '../../../src-renderer/src/grid/quick-search-index.ts';
import { toTsv } from '../../../src-renderer/src/grid/tsv.ts';

const columns: ColumnDescriptor[] = [
  { field: 'number', label: message('columns.number'), type: 'phone', visible: true },
  { field: 'costCenter', label: message('columns.costCenter'), type: 'text', visible: true },
  { field: 'areaCode', label: message('columns.area'), type: 'iri', visible: true },
];
const row = { '@id': '/phonenumbers/1', number: '0201234567', costCenter: 'Sales NL', areaCode: '/areacodes/20' };

describe('quick search for phone numbers', () => {
  it.each([
    ['+31 20 123 4567', '0201234567'],
    ['+31201234567', '0201234567'],
    ['0031 20 1234567', '0201234567'],
    ['31201234567', '0201234567'],
    ['020-123 45 67', '0201234567'],
    ['+31 20 12', '02012'],
  ])('turns %s into %s', (typed, national) => {
    expect(normalizeQuickSearch(typed)).toBe(national);
  });

  it('leaves words and short numbers alone', () => {
    expect(normalizeQuickSearch('Sales')).toBe('Sales');
    expect(normalizeQuickSearch('12')).toBe('12');
    expect(normalizeQuickSearch('x2v-701')).toBe('x2v-701');
  });

  it('indexes a stored number in its national and international forms', () => {
    expect(phoneQuickFilterText('0201234567')).toBe('0201234567 0201234567 31201234567 +31201234567');
    expect(phoneQuickFilterText(['0201234567', '0107654321'])).toContain('31107654321');
  });
});

describe('the quick search index', () => {
  it('matches every word of the query against all columns, looked-up names and raw IRIs included', () => {
    const text = rowSearchText(row, columns, new Set(['number']), { areaCode: { '/areacodes/20': 'Amsterdam' } });
    const index = createQuickSearchIndex(() => text);
    expect(index.matches(row, searchTerms('+31 20 123'))).toBe(true);
    expect(index.matches(row, searchTerms('sales amsterdam'))).toBe(true);
    expect(index.matches(row, searchTerms('/areacodes/20'))).toBe(true);
    expect(index.matches(row, searchTerms('sales rotterdam'))).toBe(false);
    index.dispose();
  });

  it('builds each row text once, and again for a new row object', () => {
    let built = 0;
    const index = createQuickSearchIndex(() => {
      built += 1;
      return 'x';
    });
    index.matches(row, ['x']);
    index.matches(row, ['x']);
    expect(built).toBe(1);
    index.matches({ ...row }, ['x']);
    expect(built).toBe(2);
    index.dispose();
  });
});

describe('copy as TSV', () => {
  it('writes a header and one line per row, flattening tabs and newlines', () => {
    expect(
      toTsv(
        ['A', 'B'],
        [
          ['1', 'two\twords'],
          ['multi\nline', ''],
        ],
      ),
    ).toBe('A\tB\n1\ttwo words\nmulti line\t');
  });
});

describe('copy as TSV, runs of tabs and line breaks', () => {
  it('turns a run of tabs and line breaks into one space', () => {
    expect(toTsv(['h'], [['a\r\n\tb']])).toBe('h\na b');
  });
});
