import { describe, expect, it } from 'vitest';
import { auditRows } from '../../../src-main/bulk/audit.ts';
import { job, op } from '../../support/bulk-ops.ts';

describe('audit rows', () => {
  it('keep only the changes made within since and until, both ends included, in time order', () => {
    const ops = [3_000, 1_000, 2_000, 4_000].map((updatedAt, index) => op(index, 'applied', { updatedAt }));
    const rows = auditRows([{ job: job(), ops }], { since: 2_000, until: 3_000 });
    expect(rows.map((row) => [row.at, row.target])).toEqual([
      [2_000, '/x/2'],
      [3_000, '/x/0'],
    ]);
    expect(auditRows([{ job: job(), ops }], { since: 2_001 }).map((row) => row.at)).toEqual([3_000, 4_000]);
    expect(auditRows([{ job: job(), ops }], { until: 1_999 }).map((row) => row.at)).toEqual([1_000]);
  });

  it('an operation that changes no field (a split, an accept) still gives one row, with an empty field', () => {
    const accept = op(0, 'applied', { kind: 'accept-outport', changes: [], updatedAt: 5_000 });
    expect(auditRows([{ job: job(), ops: [accept] }])).toEqual([
      expect.objectContaining({ at: 5_000, target: '/x/0', field: '', old: null, new: null, outcome: 'applied' }),
    ]);
  });
});
