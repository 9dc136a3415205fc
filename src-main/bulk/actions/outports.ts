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
    title: { en: 'Accept outports', nl: 'Outports accepteren' },
    confirmation: {
      en: `Accept ${n} ${n === 1 ? 'outport' : 'outports'}? The numbers will leave for the receiving provider.`,
      nl: `${n} ${n === 1 ? 'outport' : 'outports'} accepteren? De nummers gaan naar de ontvangende aanbieder.`,
    },
    ops,
    notes: [
      {
        en: 'Denying is not offered: the platform documentation says outports can be denied but shows no endpoint for it. Deny in the portal.',
        nl: 'Weigeren wordt niet aangeboden: volgens de documentatie kan het, maar er staat geen endpoint voor. Weiger via het portaal.',
      },
    ],
    undo: {
      available: false,
      note: {
        en: 'No undo: an accepted outport cannot be taken back through the API.',
        nl: 'Niet terug te draaien: een geaccepteerde outport kan via de API niet worden teruggenomen.',
      },
    },
  };
}
