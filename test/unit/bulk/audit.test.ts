import { describe, expect, it } from 'vitest';
import type { BulkOutcome } from '../../../src-preload/contract/bulk.ts';
import { message } from '../../../src-preload/contract/messages.ts';
import { auditRows } from '../../../src-main/bulk/audit.ts';
import { CONFIRMED_NOTE, NOT_APPLIED_NOTE } from '../../../src-main/bulk/perform.ts';
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

describe('the message of an audit row', () => {
  const outcome = (said: Partial<BulkOutcome>): BulkOutcome => ({
    status: null,
    message: null,
    platformMessage: null,
    violations: [],
    note: null,
    reconciled: false,
    ...said,
  });

  it('of a skipped operation is its reason in log form', () => {
    const skipped = op(0, 'skipped', { skip: { kind: 'unchanged', reason: message('bulk.skip.unchanged') } });
    expect(auditRows([{ job: job(), ops: [skipped] }])[0]).toMatchObject({
      message: 'bulk.skip.unchanged',
      text: message('bulk.skip.unchanged'),
    });
  });

  it("of a refused operation is our explanation and the platform's own text, joined by a dash", () => {
    const refused = op(0, 'failed', {
      outcome: outcome({
        status: 422,
        message: 'The platform refused the change (HTTP 422).',
        platformMessage: 'costCenter: This value is too long.',
      }),
    });
    expect(auditRows([{ job: job(), ops: [refused] }])[0]?.message).toBe(
      'The platform refused the change (HTTP 422). — costCenter: This value is too long.',
    );
  });

  it('leaves out what an outcome does not say: an explanation with a note, or a note alone', () => {
    const retried = op(0, 'pending', {
      outcome: outcome({ status: 500, message: 'No confirmation arrived (HTTP 500).', note: NOT_APPLIED_NOTE }),
    });
    const confirmed = op(1, 'applied', { outcome: outcome({ note: CONFIRMED_NOTE, reconciled: true }) });
    expect(auditRows([{ job: job(), ops: [retried, confirmed] }]).map((row) => row.message)).toEqual([
      `No confirmation arrived (HTTP 500). — ${NOT_APPLIED_NOTE}`,
      CONFIRMED_NOTE,
    ]);
  });

  it('is none for an operation nothing was said about: not sent yet, or applied without remark', () => {
    const unsent = op(0, 'pending');
    const applied = op(1, 'applied', { outcome: outcome({ status: 200 }) });
    expect(auditRows([{ job: job(), ops: [unsent, applied] }]).map((row) => row.message)).toEqual([null, null]);
  });
});
