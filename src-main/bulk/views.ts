import type {
  BulkCounts,
  BulkEstimate,
  BulkJobDetail,
  BulkJobPlan,
  BulkJobSummary,
  BulkOperation,
} from '../../src-preload/contract/bulk.ts';
import type { JobRecord, Op } from './types.ts';

export const FINAL_STATES = new Set(['applied', 'failed', 'skipped', 'cancelled', 'unknown']);

/** Kinds whose applied operations an undo job can put back. */
export const UNDOABLE_KINDS = new Set(['patch', 'create-forward']);

export function countOps(ops: readonly Op[]): BulkCounts {
  const counts: BulkCounts = {
    total: ops.length,
    pending: 0,
    sending: 0,
    applied: 0,
    failed: 0,
    skipped: 0,
    cancelled: 0,
    unknown: 0,
  };
  for (const op of ops) counts[op.state] += 1;
  return counts;
}

export function toOperation(op: Op): BulkOperation {
  return {
    index: op.index,
    target: op.target,
    label: op.label,
    method: op.request.method,
    changes: op.changes.map((c) => ({ ...c })),
    state: op.state,
    skip: op.skip,
    ...(op.rule ? { rule: op.rule } : {}),
    outcome: op.outcome,
    createdIri: op.createdIri,
    updatedAt: op.updatedAt,
    attempts: op.attempts,
    retry: op.retry,
  };
}

export function undoAvailable(job: JobRecord, ops: readonly Op[]): boolean {
  if (!job.undo.available) return false;
  if (job.state !== 'completed' && job.state !== 'cancelled') return false;
  return ops.some((op) => op.state === 'applied' && UNDOABLE_KINDS.has(op.kind));
}

export function toSummary(job: JobRecord, ops: readonly Op[]): BulkJobSummary {
  return {
    jobId: job.id,
    profileId: job.profileId,
    resource: job.resource,
    action: job.action,
    kind: job.kind,
    parentJobId: job.parentJobId,
    title: job.title,
    state: job.state,
    apiUser: job.apiUser,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    counts: countOps(ops),
    undoAvailable: undoAvailable(job, ops),
  };
}

export function toDetail(job: JobRecord, ops: readonly Op[]): BulkJobDetail {
  return { ...toSummary(job, ops), operations: ops.map(toOperation), lines: job.lines, notes: job.notes };
}

export function toPlan(job: JobRecord, ops: readonly Op[], estimate: BulkEstimate): BulkJobPlan {
  return {
    jobId: job.id,
    profileId: job.profileId,
    resource: job.resource,
    action: job.action,
    kind: job.kind,
    parentJobId: job.parentJobId,
    title: job.title,
    confirmation: job.confirmation,
    createdAt: job.createdAt,
    operations: ops.filter((op) => op.skip === null).map(toOperation),
    skipped: ops.filter((op) => op.skip !== null).map(toOperation),
    lines: job.lines,
    conflicts: job.conflicts,
    estimate,
    undo: job.undo,
    notes: job.notes,
  };
}
