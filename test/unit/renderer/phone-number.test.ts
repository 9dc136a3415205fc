import { describe, expect, it } from 'vitest';
import type { ColumnDescriptor } from '../../../src-preload/contract/index.ts';
import { message } from '../../../src-preload/contract/messages.ts';
import { normalizeQuickSearch } from '../../../src-renderer/src/grid/phone-search.ts';
import {
  createQuickSearchIndex,
  rowSearchText,
  searchTerms,
} from '../../../src-renderer/src/grid/quick-search-index.ts';
import { PHONE_NUMBER_CASES } from '../../shared/phone-number-cases.ts';

const columns: ColumnDescriptor[] = [
  { field: 'number', label: message('columns.number'), type: 'phone', visible: true },
];

// Main runs the same table in test/unit/shared/phone-number.test.ts.
describe('the renderer reads every typed number of the shared table', () => {
  it.each(PHONE_NUMBER_CASES)('$typed', ({ typed, form, whole }) => {
    expect(normalizeQuickSearch(typed)).toBe(form);
    expect(searchTerms(typed)).toEqual(form.toLowerCase().split(/\s+/).filter(Boolean));
    if (whole === null) return;
    // The quick search finds the stored number, and only that one.
    const terms = searchTerms(typed);
    const finds = (number: string): boolean =>
      createQuickSearchIndex((row) => rowSearchText(row, columns, new Set(), {})).matches({ number }, terms);
    expect(finds(whole)).toBe(true);
    expect(finds('0301234567')).toBe(false);
  });
});
