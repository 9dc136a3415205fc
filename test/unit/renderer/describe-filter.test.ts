import { describe, expect, it } from 'vitest';
import { describeFilter } from '../../../src-renderer/src/grid/describe-filter.ts';

const same = (value: string): string => value;
const say = (model: Record<string, unknown>, label = same): string => describeFilter(model, label, 'or', 'and');

describe('a filter chip says what the filter keeps', () => {
  it('text and number conditions in a few signs', () => {
    expect(say({ filterType: 'text', type: 'contains', filter: 'IT' })).toBe('“IT”');
    expect(say({ filterType: 'text', type: 'startsWith', filter: '020' })).toBe('020…');
    expect(say({ filterType: 'number', type: 'greaterThan', filter: 5 })).toBe('> 5');
    expect(say({ filterType: 'number', type: 'inRange', filter: 1, filterTo: 9 })).toBe('1 – 9');
    expect(say({ filterType: 'text', type: 'blank' })).toBe('∅');
  });

  it('dates without a midnight time, combined conditions joined by their operator', () => {
    expect(say({ filterType: 'date', type: 'equals', dateFrom: '2026-11-27 00:00:00' })).toBe('= 2026-11-27');
    expect(
      say({
        filterType: 'text',
        operator: 'OR',
        conditions: [
          { filterType: 'text', type: 'equals', filter: 'IT' },
          { filterType: 'text', type: 'equals', filter: 'Sales' },
        ],
      }),
    ).toBe('= IT or = Sales');
  });

  it('a value list by its labels, the first two named and the rest counted', () => {
    const labels = (value: string): string => ({ '/areas/1': 'Amsterdam', '': '(empty)' })[value] ?? value;
    expect(say({ filterType: 'values', values: ['/areas/1', ''] }, labels)).toBe('Amsterdam, (empty)');
    expect(say({ filterType: 'values', values: ['a', 'b', 'c', 'd'] })).toBe('a, b +2');
  });
});
