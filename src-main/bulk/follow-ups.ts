import { message } from '../../src-preload/contract/messages.ts';
import type { PlatformClient } from '../platform/index.ts';
import type { ResourceBinding } from '../schema/index.ts';
import { refuse } from './errors.ts';
import type { Entry } from './job-entry.ts';
import type { PlanMeta } from './plans.ts';
import { planRetry } from './retry.ts';
import type { ActionPlan, Row } from './types.ts';
import { planUndo } from './undo.ts';
import { assumedBindingAt, writtenFieldLabels } from './write-schema.ts';

/** The plan of a job with only the failed operations of a finished one. */
export async function retryPlan(
  entry: Entry,
  readRows: (path: string) => Promise<Row[]>,
  binding?: (path: string) => ResourceBinding,
): Promise<[ActionPlan, PlanMeta]> {
  if (!entry.ops.some((o) => o.state === 'failed')) throw refuse('BULK_NOTHING_TO_DO', message('bulk.retry.noFailed'));
  if (entry.handle) throw refuse('BULK_WRONG_STATE', message('bulk.retry.stillRunning'));
  const plan = await planRetry(entry.job, entry.ops, readRows, binding);
  const { resource, action, params } = entry.job;
  return [plan, { resource, action, kind: 'retry', parentJobId: entry.job.id, params }];
}

/** The plan of the inverse job of a completed or cancelled one (the platform's current values read first). */
export async function undoPlan(
  entry: Entry,
  force: boolean,
  deps: {
    client: () => PlatformClient;
    readRows: (path: string) => Promise<Row[]>;
    onApplied: (path: string, items: Row[]) => Promise<void>;
    binding?: (path: string) => ResourceBinding;
  },
): Promise<[ActionPlan, PlanMeta]> {
  const { job, ops } = entry;
  if (job.state !== 'completed' && job.state !== 'cancelled')
    throw refuse('BULK_WRONG_STATE', message('bulk.undo.notFinished'));
  const plan = await planUndo(
    {
      client: deps.client(),
      readRows: deps.readRows,
      refreshCache: (path, items) => deps.onApplied(path, items).catch(() => undefined),
      fieldLabel: writtenFieldLabels(deps.binding ?? assumedBindingAt),
    },
    job,
    ops,
    force,
  );
  if (!job.undo.available && job.undo.note) plan.notes = [job.undo.note, ...(plan.notes ?? [])];
  return [plan, { resource: job.resource, action: 'undo', kind: 'undo', parentJobId: job.id, params: { force } }];
}
