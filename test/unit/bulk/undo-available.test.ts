import { describe, expect, it } from 'vitest';
import { undoAvailable } from '../../../src-main/bulk/views.ts';
import { job, op } from '../../support/bulk-ops.ts';

describe('whether a job offers Undo', () => {
  it('only a finished job that allows undo and changed at least one field or made a forward', () => {
    const finished = job({ state: 'completed' });
    const applied = op(0, 'applied');
    expect(undoAvailable(finished, [applied])).toBe(true);
    expect(undoAvailable(job({ state: 'cancelled' }), [applied])).toBe(true);
    expect(undoAvailable(finished, [op(0, 'applied', { kind: 'create-forward' })])).toBe(true);
    // one applied change among failed ones is enough
    expect(undoAvailable(finished, [op(0, 'failed'), applied, op(2, 'pending')])).toBe(true);

    expect(undoAvailable(job({ state: 'completed', undo: { available: false, note: null } }), [applied])).toBe(false);
    for (const state of ['planned', 'running', 'paused', 'reconciling', 'interrupted'] as const)
      expect(undoAvailable(job({ state }), [applied]), state).toBe(false);
    expect(undoAvailable(finished, [op(0, 'failed'), op(1, 'skipped')])).toBe(false);
    expect(
      undoAvailable(finished, [op(0, 'applied', { kind: 'split' }), op(1, 'applied', { kind: 'delete-forward' })]),
    ).toBe(false);
    expect(undoAvailable(finished, [])).toBe(false);
  });
});
