import type { BulkOutcome } from '../../src-preload/contract/bulk.ts';
import type { PlatformClient } from '../platform/index.ts';
import { sendOp } from './execute.ts';
import type { Journal } from './journal.ts';
import { reconcileOps } from './reconcile.ts';
import type { Op, Row } from './types.ts';

export interface PerformDeps {
  journal: Journal;
  client: () => PlatformClient;
  now: () => number;
  /** Forwards already attributed to an operation (see reconcile). */
  claimed: Set<string>;
  /** Puts what the platform returned into the cache; its failures never change an operation's outcome. */
  applyToCache: (resourcePath: string, items: Row[], removed: string[]) => Promise<void>;
  changed: (jobId: string, op: Op) => void;
}

export const CONFIRMED_NOTE = 'confirmed by re-reading (the answer was lost)';
export const NOT_APPLIED_NOTE = 'not applied (confirmed by re-reading); safe to retry';

const cleanOutcome = (status: number | null, note: string | null, reconciled: boolean): BulkOutcome => ({
  status,
  message: null,
  platformMessage: null,
  violations: [],
  note,
  reconciled,
});

/** Marks the op applied with what the platform holds; the cache is updated after the journal. */
export function settleApplied(
  op: Op,
  result: { items: Row[]; createdIri: string | null },
  outcome: BulkOutcome,
  claimed: Set<string>,
): void {
  op.state = 'applied';
  op.outcome = outcome;
  if (result.createdIri) {
    op.createdIri = result.createdIri;
    claimed.add(result.createdIri);
  }
}

/**
 * One operation from "sending" to its final state: the journal has "sending" on disk before the request leaves; a
 * lost or doubtful answer is journalled as "unknown" and settled by re-reading the platform before it is reported.
 * Should the process die before an outcome's commit, the op is still "sending" there and reconciling settles it.
 */
export function createPerformer(deps: PerformDeps): (jobId: string, op: Op) => Promise<void> {
  const { journal, now, claimed } = deps;
  return async (jobId, op) => {
    const client = deps.client();
    op.state = 'sending';
    op.sentAt = now();
    op.updatedAt = op.sentAt;
    await journal.markSending(jobId, op);
    deps.changed(jobId, op);

    const result = await sendOp(client, op);
    let cacheItems: Row[] = [];
    let removed: string[] = [];
    if (result.type === 'applied') {
      settleApplied(op, result, cleanOutcome(result.status, null, false), claimed);
      cacheItems = result.items;
      removed = result.removed;
    } else if (result.type === 'failed') {
      op.state = 'failed';
      op.outcome = result.outcome;
    } else {
      op.state = 'unknown';
      op.outcome = result.outcome;
      op.updatedAt = now();
      journal.recordOps(jobId, [op]);
      deps.changed(jobId, op);
      const verdict = (await reconcileOps(client, [op], claimed)).get(op.index);
      if (verdict?.type === 'applied') {
        settleApplied(op, verdict, cleanOutcome(null, CONFIRMED_NOTE, true), claimed);
        cacheItems = verdict.items;
        removed = verdict.removed;
      } else if (verdict?.type === 'not-applied') {
        op.state = 'failed';
        op.outcome = { ...result.outcome, note: NOT_APPLIED_NOTE, reconciled: true };
      } else {
        op.outcome = {
          ...result.outcome,
          note: `could not be confirmed by re-reading (${verdict?.type === 'unsettled' ? verdict.message : 'no answer'}); check the platform before retrying`,
        };
      }
    }
    op.updatedAt = now();
    // committed with the next write (this worker's next "sending" mark, or the next turn of the loop)
    journal.queueOutcome(jobId, op);
    deps.changed(jobId, op);
    if (cacheItems.length > 0 || removed.length > 0) await deps.applyToCache(op.resourcePath, cacheItems, removed);
  };
}
