import { message, type Message } from '../../src-preload/contract/messages.ts';
import type { BulkOutcome } from '../../src-preload/contract/bulk.ts';
import { isPlatformError, type PlatformClient } from '../platform/index.ts';
import { sendOp, type SendResult } from './execute.ts';
import type { Journal } from './journal.ts';
import { reconcileOps, type Verdict } from './reconcile.ts';
import { failureKind, repeatable, retryDelay, type RetryBudget, type RetryPolicy } from './retry-policy.ts';
import type { Requeue } from './runner.ts';
import type { Op, Row } from './types.ts';

export interface PerformDeps {
  journal: Journal;
  client: () => PlatformClient;
  now: () => number;
  random: () => number;
  policy: RetryPolicy;
  budget: RetryBudget;
  /** Forwards already attributed to an operation (see reconcile). */
  claimed: Set<string>;
  /** Puts what the platform returned into the cache; its failures never change an operation's outcome. */
  applyToCache: (resourcePath: string, items: Row[], removed: string[]) => Promise<void>;
  changed: (jobId: string, op: Op) => void;
}

export const CONFIRMED_NOTE = 'confirmed by re-reading (the answer was lost)';
export const NOT_APPLIED_NOTE = 'not applied (confirmed by re-reading); safe to retry';

const cleanOutcome = (
  status: number | null,
  note: string | null,
  noteText: Message | null,
  reconciled: boolean,
): BulkOutcome => ({
  status,
  message: null,
  platformMessage: null,
  violations: [],
  note,
  noteText,
  reconciled,
});

export const unsettledNote = (verdict: Verdict | undefined): string =>
  `could not be confirmed by re-reading (${verdict?.type === 'unsettled' ? verdict.message : 'no answer'}); check the platform before retrying`;

export const CONFIRMED_TEXT = message('bulk.outcome.confirmed');
export const NOT_APPLIED_TEXT = message('bulk.outcome.notApplied');

export const unsettledNoteText = (verdict: Verdict | undefined): Message =>
  message('bulk.outcome.unsettled', {
    reason: verdict?.type === 'unsettled' ? verdict.text : message('bulk.recheck.noAnswer'),
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
  op.retry = null;
  if (result.createdIri) {
    op.createdIri = result.createdIri;
    claimed.add(result.createdIri);
  }
}

/**
 * One send of one operation, from "sending" to its outcome: the journal has "sending" on disk before the request
 * leaves. A transient failure puts the operation back into the job's queue (after backoff, a few attempts at
 * most, within the retry budget) when sending it again is safe: at once for PATCH and DELETE, only after a read
 * proves it did not land for POST and side-effect GETs. A rate-limit refusal always goes back, without using an
 * attempt. A lost or doubtful answer is journalled as "unknown" and settled by re-reading before it is reported.
 */
export function createPerformer(deps: PerformDeps): (jobId: string, op: Op) => Promise<Requeue | undefined> {
  const { journal, now, claimed, policy, budget } = deps;

  const record = (jobId: string, op: Op): void => {
    op.updatedAt = now();
    // committed with the next write (this worker's next "sending" mark, or the next turn of the loop)
    journal.queueOutcome(jobId, op);
    deps.changed(jobId, op);
  };

  const requeue = (
    jobId: string,
    op: Op,
    outcome: BulkOutcome,
    reason: 'transient' | 'rate-limited',
    error: unknown,
  ): Requeue => {
    const wait =
      reason === 'rate-limited'
        ? Math.max(policy.baseMs, failureRetryAfter(error) ?? 0)
        : retryDelay(policy, op.attempts, deps.random);
    const notBefore = now() + wait;
    op.state = 'pending';
    op.outcome = outcome;
    op.retry = { attempt: op.attempts + 1, of: policy.maxAttempts, at: notBefore, reason };
    record(jobId, op);
    return { notBefore };
  };

  const mayRetry = (op: Op): boolean => op.attempts < policy.maxAttempts && budget.take();

  /**
   * Re-reads the platform for an operation in doubt. When the read itself is held back by the rate limit, the
   * operation waits in the queue (still in doubt, never sent again) and is read once the hold is over.
   */
  const settle = async (
    jobId: string,
    op: Op,
    client: PlatformClient,
    last: BulkOutcome,
    transient: boolean,
  ): Promise<Requeue | undefined> => {
    const verdict = (await reconcileOps(client, [op], claimed)).get(op.index);
    if (verdict?.type === 'applied') {
      budget.succeeded();
      settleApplied(op, verdict, cleanOutcome(null, CONFIRMED_NOTE, CONFIRMED_TEXT, true), claimed);
      record(jobId, op);
      await cacheResult(deps, op, verdict.items, verdict.removed);
      return undefined;
    }
    if (verdict?.type === 'not-applied') {
      const outcome = { ...last, note: NOT_APPLIED_NOTE, noteText: NOT_APPLIED_TEXT, reconciled: true };
      if (transient && mayRetry(op)) return requeue(jobId, op, outcome, 'transient', null);
      op.state = 'failed';
      op.outcome = outcome;
      op.retry = null;
      record(jobId, op);
      return undefined;
    }
    op.outcome = { ...last, note: unsettledNote(verdict), noteText: unsettledNoteText(verdict) };
    const hold = client.governor.snapshot().pausedUntil;
    if (hold !== null) {
      op.retry = { attempt: Math.max(1, op.attempts), of: policy.maxAttempts, at: hold, reason: 'recheck' };
      record(jobId, op);
      return { notBefore: hold };
    }
    op.retry = null;
    record(jobId, op);
    return undefined;
  };

  return async (jobId, op) => {
    const client = deps.client();
    // back from a rate-limit hold that kept it from being re-read: read, do not send
    if (op.state === 'unknown')
      return settle(jobId, op, client, op.outcome ?? cleanOutcome(null, null, null, false), true);
    op.state = 'sending';
    op.retry = null;
    op.attempts += 1;
    op.sentAt = now();
    op.updatedAt = op.sentAt;
    await journal.markSending(jobId, op);
    deps.changed(jobId, op);

    const result: SendResult = await sendOp(client, op);
    if (result.type === 'applied') {
      budget.succeeded();
      settleApplied(op, result, cleanOutcome(result.status, null, null, false), claimed);
      record(jobId, op);
      await cacheResult(deps, op, result.items, result.removed);
      return;
    }
    const kind = failureKind(result.error);
    if (kind === 'rate-limited') {
      op.attempts -= 1;
      return requeue(jobId, op, result.outcome, 'rate-limited', result.error);
    }
    // proven not sent (a POST that never left) or repeatable as it is
    const resendable = kind === 'transient' && (repeatable(op) || result.type === 'failed');
    if (resendable && mayRetry(op)) return requeue(jobId, op, result.outcome, 'transient', result.error);
    if (result.type === 'failed') {
      op.state = 'failed';
      op.outcome = result.outcome;
      record(jobId, op);
      return;
    }

    op.state = 'unknown';
    op.outcome = result.outcome;
    op.updatedAt = now();
    journal.recordOps(jobId, [op]);
    deps.changed(jobId, op);
    return settle(jobId, op, client, result.outcome, kind === 'transient');
  };
}
const failureRetryAfter = (error: unknown): number | undefined =>
  isPlatformError(error) ? error.retryAfterMs : undefined;

async function cacheResult(deps: PerformDeps, op: Op, items: Row[], removed: string[]): Promise<void> {
  if (items.length > 0 || removed.length > 0) await deps.applyToCache(op.resourcePath, items, removed);
}
