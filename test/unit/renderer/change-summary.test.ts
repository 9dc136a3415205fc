import { describe, expect, it } from 'vitest';
import type { BulkOperation, BulkValue } from '../../../src-preload/contract/index.ts';
import { summarizeChanges } from '../../../src-renderer/src/bulk/change-summary.ts';

let index = 0;
const op = (...changes: [string, BulkValue, BulkValue][]): BulkOperation => ({
  index: index++,
  target: `/phonenumbers/${index}`,
  label: `06${index}`,
  method: 'PATCH',
  changes: changes.map(([field, old, next]) => ({ field, old, new: next })),
  state: 'pending',
  skip: null,
  outcome: null,
  createdIri: null,
  updatedAt: null,
  attempts: 0,
  retry: null,
});
const times = (n: number, make: () => BulkOperation): BulkOperation[] => Array.from({ length: n }, make);

describe('the preview summary by old → new value', () => {
  it('groups one field set to one value by old value, most first; empty and null are one "empty"', () => {
    const ops = [
      ...times(100, () => op(['costCenter', '', 'Logistiek-NL'])),
      ...times(18, () => op(['costCenter', null, 'Logistiek-NL'])),
      ...times(40, () => op(['costCenter', 'IT', 'Logistiek-NL'])),
      ...times(22, () => op(['costCenter', 'Sales', 'Logistiek-NL'])),
    ];
    expect(summarizeChanges(ops)).toEqual({
      groups: [
        {
          field: 'costCenter',
          to: 'Logistiek-NL',
          total: 180,
          from: [
            { value: null, count: 118 },
            { value: 'IT', count: 40 },
            { value: 'Sales', count: 22 },
          ],
          others: { rows: 0, values: 0 },
        },
      ],
      moreGroups: 0,
    });
  });

  it('counts the old values beyond the first few as others, and the groups beyond the first few', () => {
    const ops = [
      ...['A', 'B', 'C', 'D', 'E', 'F'].flatMap((old, i) => times(10 - i, () => op(['costCenter', old, 'X']))),
      ...['1', '2', '3', '4', '5', '6'].map((to) => op(['description', 'old', to])),
      op(['costCenter', 'A', null]),
    ];
    const { groups, moreGroups } = summarizeChanges(ops, 3, 4);
    expect(groups.map((g) => [g.field, g.to, g.total])).toEqual([
      ['costCenter', 'X', 45],
      ['costCenter', null, 1],
      ['description', '1', 1],
    ]);
    expect(groups[0]!.from.map((f) => f.value)).toEqual(['A', 'B', 'C', 'D']);
    expect(groups[0]!.others).toEqual({ rows: 6 + 5, values: 2 });
    expect(moreGroups).toBe(5);
  });

  it('has nothing to say of operations without field changes', () => {
    expect(summarizeChanges([op(), op()])).toEqual({ groups: [], moreGroups: 0 });
  });
});
