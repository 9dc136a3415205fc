import { message } from '../../src-preload/contract/messages.ts';
import { randomUUID } from 'node:crypto';
import type { BulkEstimate, BulkJobKind, BulkJobPlan } from '../../src-preload/contract/bulk.ts';
import type { PlatformClient } from '../platform/index.ts';
import { refuse } from './errors.ts';
import { estimateJob } from './estimate.ts';
import type { ActionPlan, JobRecord, Op } from './types.ts';
import { toPlan } from './views.ts';

const MAX_PLANS = 32;

export interface PlanMeta {
  resource: string;
  action: string;
  kind: BulkJobKind;
  parentJobId: string | null;
  params: Record<string, unknown>;
}

/** Previews not started yet: in memory only (the last 32), each with the job record it becomes when started. */
export interface PlanBook {
  register(plan: ActionPlan, meta: PlanMeta): BulkJobPlan;
  /** The planned job and its operations, removed from the book. */
  take(jobId: string): { job: JobRecord; ops: Op[] } | undefined;
  peek(jobId: string): { job: JobRecord; ops: Op[] } | undefined;
  discard(jobId: string): void;
}

export function createPlanBook(deps: { profileId: string; now: () => number; client: () => PlatformClient }): PlanBook {
  const plans = new Map<string, { job: JobRecord; ops: Op[] }>();

  const estimate = (count: number, at: number): BulkEstimate => {
    try {
      return estimateJob(deps.client().governor, count, at);
    } catch {
      // no client (signed out): the preview still shows what would be sent
      return {
        requests: count,
        durationMs: 0,
        finishesAt: at,
        concurrency: 1,
        exhaustsHourlyBudget: false,
        exhaustsDailyBudget: false,
        hourRemainingAfter: null,
        budget: null,
        warning: null,
      };
    }
  };

  return {
    register(plan, meta) {
      const id = randomUUID();
      const created = deps.now();
      const ops: Op[] = plan.ops.map((p, index) => ({
        ...p,
        index,
        state: p.skip === null ? 'pending' : 'skipped',
        outcome: null,
        createdIri: null,
        sentAt: null,
        updatedAt: null,
        attempts: 0,
        retry: null,
      }));
      const job: JobRecord = {
        id,
        profileId: deps.profileId,
        resource: meta.resource,
        action: meta.action,
        kind: meta.kind,
        parentJobId: meta.parentJobId,
        params: meta.params,
        title: plan.title,
        confirmation: plan.confirmation,
        notes: plan.notes ?? [],
        lines: plan.lines ?? [],
        conflicts: plan.conflicts ?? [],
        undo: plan.undo,
        apiUser: null,
        state: 'planned',
        createdAt: created,
        startedAt: null,
        finishedAt: null,
      };
      plans.set(id, { job, ops });
      while (plans.size > MAX_PLANS) plans.delete(plans.keys().next().value!);
      const count = ops.filter((o) => o.state === 'pending').length;
      return toPlan(job, ops, estimate(count, created));
    },
    take(jobId) {
      const planned = plans.get(jobId);
      plans.delete(jobId);
      return planned;
    },
    peek: (jobId) => plans.get(jobId),
    discard(jobId) {
      plans.delete(jobId);
    },
  };
}

export const unknownPlan = (): Error => refuse('BULK_UNKNOWN_JOB', message('bulk.unknownPlan'));
