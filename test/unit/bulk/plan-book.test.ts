import { describe, expect, it } from 'vitest';
import { message } from '../../../src-preload/contract/messages.ts';
import { createPlanBook, unknownPlan, type PlanMeta } from '../../../src-main/bulk/plans.ts';
import type { ActionPlan } from '../../../src-main/bulk/types.ts';
import { op } from '../../support/bulk-ops.ts';

const META: PlanMeta = {
  resource: 'phone-numbers',
  action: 'set-field',
  kind: 'action',
  parentJobId: null,
  params: {},
};

/** A plan of two sendable operations and one skipped. */
function actionPlan(): ActionPlan {
  const planned = [op(0, 'pending'), op(1, 'pending'), op(2, 'pending')].map(
    ({
      index: _i,
      state: _s,
      outcome: _o,
      createdIri: _c,
      sentAt: _t,
      updatedAt: _u,
      attempts: _a,
      retry: _r,
      ...rest
    }) => rest,
  );
  planned[2] = { ...planned[2]!, skip: { kind: 'unchanged', reason: message('bulk.skip.unchanged') } };
  return {
    title: message('bulk.test.title'),
    confirmation: message('bulk.test.confirm'),
    ops: planned,
    undo: { available: true, note: null },
  };
}

const signedOut = () => {
  throw new Error('signed out');
};

describe('the plan book', () => {
  it('signed out, the preview still counts what would be sent and makes no budget claim (no budget, no warning)', () => {
    const book = createPlanBook({ profileId: 'p', now: () => 5_000, client: signedOut });
    const plan = book.register(actionPlan(), META);
    expect(plan.estimate).toEqual({
      requests: 2,
      durationMs: 0,
      finishesAt: 5_000,
      concurrency: 1,
      exhaustsHourlyBudget: false,
      exhaustsDailyBudget: false,
      hourRemainingAfter: null,
      budget: null,
      warning: null,
    });
    expect([plan.operations.length, plan.skipped.length]).toEqual([2, 1]);
  });

  it('keeps the last 32 previews: an older one is forgotten, a discarded or taken one is gone', () => {
    const book = createPlanBook({ profileId: 'p', now: () => 5_000, client: signedOut });
    const ids = Array.from({ length: 33 }, () => book.register(actionPlan(), META).jobId);
    expect(book.peek(ids[0]!)).toBeUndefined();
    expect(ids.slice(1).every((id) => book.peek(id) !== undefined)).toBe(true);
    book.discard(ids[1]!);
    expect(book.peek(ids[1]!)).toBeUndefined();
    expect(book.take(ids[2]!)?.job.id).toBe(ids[2]);
    expect(book.peek(ids[2]!)).toBeUndefined();
  });

  it('an unknown preview is refused in the operator’s words', () => {
    expect(unknownPlan()).toMatchObject({ code: 'BULK_UNKNOWN_JOB', localized: { code: 'bulk.unknownPlan' } });
  });
});
