import { message } from '../../../src-preload/contract/messages.ts';
import type { PlanInput } from '../planner.ts';
import { valueOf, type ActionPlan, type PlannedOp } from '../types.ts';
import { op, planEachRow, skipped } from './shared.ts';
import { pendingDecision } from './status-rules.ts';

/** The id accept-outport takes: the last path segment of the IRI. */
export const idOfIri = (iri: string): number => Number(/\/([0-9]+)$/.exec(iri)?.[1] ?? NaN);

/**
 * accept-outport: POST /outports/accept-outport {"id"} per pending outport. There is no deny: the docs say
 * denying is supported but show no endpoint, and guessing one against a porting process is not an option.
 */
export async function planAcceptOutports(input: PlanInput<'accept-outport'>): Promise<ActionPlan> {
  const { resource, schema, targets, readRows } = input;
  const status = schema.name('status');
  const ops = await planEachRow(
    'accept-outport',
    resource.path,
    targets,
    readRows,
    'POST',
    (row, target, label): PlannedOp => {
      const decision = pendingDecision(schema, row);
      if (!decision.include)
        return skipped('accept-outport', resource.path, target, label, 'not-applicable', decision.reason, [], 'POST');
      const planned = op(
        'accept-outport',
        resource.path,
        target,
        label,
        [{ field: status, old: valueOf(row[status]), new: schema.value('status', 'accepted') }],
        { method: 'POST', path: '/outports/accept-outport', body: { id: idOfIri(target) } },
      );
      return { ...planned, rule: decision.rule };
    },
    schema,
  );
  const n = ops.filter((o) => o.skip === null).length;
  return {
    title: message('bulk.outports.title'),
    confirmation: message('bulk.outports.confirm', { count: n }),
    ops,
    notes: [message('bulk.outports.noDeny')],
    undo: { available: false, note: message('bulk.outports.noUndo') },
  };
}
