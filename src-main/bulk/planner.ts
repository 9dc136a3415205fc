import { getResource, type ResourceDefinition } from '../resources/index.ts';
import { planCsvImport } from './actions/csv-import.ts';
import { planEditField } from './actions/field-edits.ts';
import { planCreateForwards, planDeleteForwards } from './actions/forwards.ts';
import { planEndCoolOff, planSplit } from './actions/number-blocks.ts';
import { planAcceptOutports } from './actions/outports.ts';
import { planReplaceInDescription, planSetField } from './actions/phone-number-fields.ts';
import { refuse } from './errors.ts';
import type { ActionPlan, PlanContext, Row } from './types.ts';

type ActionPlanner = (
  resource: ResourceDefinition,
  targets: readonly string[],
  params: Record<string, unknown>,
  readRows: (path: string) => Promise<Row[]>,
) => Promise<ActionPlan>;

/** Every action the engine can run, by resource and action id; the registry must also list the action. */
const PLANNERS: Readonly<Record<string, ActionPlanner>> = {
  'phone-numbers:set-cost-center': (r, t, p, read) => planSetField(r, 'costCenter', false, t, p, read),
  'phone-numbers:set-description': (r, t, p, read) => planSetField(r, 'description', false, t, p, read),
  'phone-numbers:clear-cost-center': (r, t, p, read) => planSetField(r, 'costCenter', true, t, p, read),
  'phone-numbers:clear-description': (r, t, p, read) => planSetField(r, 'description', true, t, p, read),
  'phone-numbers:replace-in-description': planReplaceInDescription,
  'phone-numbers:import-csv': planCsvImport,
  'number-blocks:end-cool-off': (r, t, _p, read) => planEndCoolOff(r, t, read),
  'number-blocks:split': planSplit,
  'scheduled-forwards:create-forward': planCreateForwards,
  'scheduled-forwards:delete-forward': (r, t, _p, read) => planDeleteForwards(r, t, read),
  'outports:accept-outport': (r, t, _p, read) => planAcceptOutports(r, t, read),
};

const GENERIC: Readonly<Record<string, ActionPlanner>> = {
  'edit-cell': (r, t, p, read) => planEditField(r, t, p, read, true),
  'bulk-edit': (r, t, p, read) => planEditField(r, t, p, read, false),
};

/** Resolves resource and action, then lets the action's planner diff the rows. Sends nothing. */
export async function planAction(ctx: PlanContext): Promise<{ resource: ResourceDefinition; plan: ActionPlan }> {
  const resource = getResource(ctx.resourceId);
  if (!resource)
    throw refuse(
      'BULK_UNKNOWN_RESOURCE',
      `Unknown resource "${ctx.resourceId}".`,
      `Onbekende resource "${ctx.resourceId}".`,
    );
  const offered = resource.descriptor.actions.some((a) => a.id === ctx.action);
  const planner = PLANNERS[`${resource.id}:${ctx.action}`] ?? GENERIC[ctx.action];
  if (!offered || !planner)
    throw refuse(
      'BULK_UNKNOWN_ACTION',
      `"${ctx.action}" is not an action of ${resource.descriptor.label.en.toLowerCase()}.`,
      `"${ctx.action}" is geen actie voor ${resource.descriptor.label.nl.toLowerCase()}.`,
    );
  if (ctx.targets.length === 0 && ctx.action !== 'import-csv')
    throw refuse('BULK_NOTHING_TO_DO', 'Select at least one row.', 'Selecteer minstens één rij.');
  const plan = await planner(resource, ctx.targets, ctx.params, ctx.readRows);
  return { resource, plan };
}
