import { message } from '../../src-preload/contract/messages.ts';
import type { ResourceBinding } from '../schema/index.ts';
import { op, rowsByIri, skipped, UNCHANGED, NOT_CACHED } from './actions/shared.ts';
import { sameValue } from './compare.ts';
import { fieldTypesAt } from './field-types.ts';
import { planAction } from './planner.ts';
import { valueOf, type ActionPlan, type JobRecord, type Op, type PlannedOp, type Row } from './types.ts';

/**
 * A new plan for the failed operations only. Field edits keep their intended new values and take the old ones
 * from the cache as it is now; other actions are planned again for the failed rows with the same parameters.
 */
export async function planRetry(
  job: JobRecord,
  ops: readonly Op[],
  readRows: (path: string) => Promise<Row[]>,
  binding?: (path: string) => ResourceBinding,
): Promise<ActionPlan> {
  const failed = ops.filter((o) => o.state === 'failed');
  const title = message('bulk.retry.title', { title: job.title });
  if (failed.every((o) => o.kind === 'patch')) {
    const planned: PlannedOp[] = [];
    const cacheByPath = new Map<string, Map<string, Row>>();
    for (const o of failed) {
      let rows = cacheByPath.get(o.resourcePath);
      if (!rows) {
        rows = rowsByIri(await readRows(o.resourcePath));
        cacheByPath.set(o.resourcePath, rows);
      }
      const row = rows.get(o.target);
      if (!row) {
        planned.push(skipped('patch', o.resourcePath, o.target, o.label, 'missing', NOT_CACHED));
        continue;
      }
      const changes = o.changes
        .filter((c) => !sameValue(fieldTypesAt(o.resourcePath)(c.field), row[c.field], c.new))
        .map((c) => ({ field: c.field, old: valueOf(row[c.field]), new: c.new }));
      if (changes.length === 0)
        planned.push(skipped('patch', o.resourcePath, o.target, o.label, 'unchanged', UNCHANGED));
      else
        planned.push(
          op('patch', o.resourcePath, o.target, o.label, changes, {
            method: 'PATCH',
            path: o.target,
            body: Object.fromEntries(changes.map((c) => [c.field, c.new])),
          }),
        );
    }
    const n = planned.filter((p) => p.skip === null).length;
    return {
      title,
      confirmation: message('bulk.retry.confirm', { count: n }),
      ops: planned,
      undo: job.undo,
    };
  }
  const { plan } = await planAction({
    spec: {
      resource: job.resource,
      action: job.action,
      // a create's target is already the number it is for (planCreateForwards)
      targets: failed.map((o) => o.target),
      params: job.params,
    },
    readRows,
    ...(binding ? { binding } : {}),
  });
  return { ...plan, title };
}
