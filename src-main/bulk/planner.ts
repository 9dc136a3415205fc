import { z } from 'zod';
import {
  BULK_ACTION_PARAMS,
  bulkJobSpecSchema,
  type BulkActionId,
  type BulkActionParams,
  type BulkJobSpec,
} from '../../src-preload/contract/bulk.ts';
import { getResource, type ResourceDefinition } from '../resources/index.ts';
import { planCsvImport } from './actions/csv-import.ts';
import { planEditField } from './actions/field-edits.ts';
import { planCreateForwards, planDeleteForwards } from './actions/forwards.ts';
import { planEndCoolOff, planSplit } from './actions/number-blocks.ts';
import { planAcceptOutports } from './actions/outports.ts';
import { planReplaceInDescription, planSetField } from './actions/phone-number-fields.ts';
import { BulkError, refuse } from './errors.ts';
import { message } from '../../src-preload/contract/messages.ts';
import type { ActionPlan, PlanContext, Row } from './types.ts';
import { assumedBindingAt, writeSchemaOf, type BindingSource, type WriteSchema } from './write-schema.ts';

/** What every planner gets: the resource bound to the platform's schema, the rows, the typed parameters. */
export interface PlanInput<A extends BulkActionId> {
  resource: ResourceDefinition;
  schema: WriteSchema;
  bindingOf: BindingSource;
  targets: readonly string[];
  params: BulkActionParams<A>;
  readRows: (path: string) => Promise<Row[]>;
  /** Epoch ms the plan is made at (a cool-off end "ahead" is after this). */
  now: number;
}

type ActionPlanner<A extends BulkActionId> = (input: PlanInput<A>) => Promise<ActionPlan>;

/** One planner per action of the contract; the registry decides which resource offers which. */
const PLANNERS: { [A in BulkActionId]: ActionPlanner<A> } = {
  'set-cost-center': (i) => planSetField(i, 'costCenter', i.params.value),
  'set-description': (i) => planSetField(i, 'description', i.params.value),
  'clear-cost-center': (i) => planSetField(i, 'costCenter', null),
  'clear-description': (i) => planSetField(i, 'description', null),
  'replace-in-description': planReplaceInDescription,
  'import-csv': (i) => planCsvImport(i.resource, i.targets, i.params, i.readRows, i.schema),
  'end-cool-off': planEndCoolOff,
  split: planSplit,
  'create-forward': planCreateForwards,
  'delete-forward': planDeleteForwards,
  'accept-outport': planAcceptOutports,
  'edit-cell': (i) => planEditField(i, true),
  'bulk-edit': (i) => planEditField(i, false),
};

/** Edits are offered wherever the platform lets us write a field, whether or not the registry lists them. */
const EDITS: ReadonlySet<string> = new Set(['edit-cell', 'bulk-edit']);

const envelope = z.object({ resource: z.string(), action: z.string() });

const isAction = (action: string): action is BulkActionId => Object.hasOwn(BULK_ACTION_PARAMS, action);

function dispatch<A extends BulkActionId>(
  spec: BulkJobSpec & { action: A },
  input: Omit<PlanInput<A>, 'params' | 'targets'>,
) {
  const planner: ActionPlanner<A> = PLANNERS[spec.action];
  // the union was parsed by action, so these are A's parameters; TypeScript cannot follow that correlation
  return planner({ ...input, targets: spec.targets, params: spec.params as BulkActionParams<A> });
}

function invalid(error: z.ZodError): never {
  const detail = error.issues
    .map((issue) => `${issue.path.filter((p) => p !== 'params').join('.') || 'job'}: ${issue.message}`)
    .join('; ');
  throw refuse('BULK_INVALID_PARAMS', message('bulk.invalidSettings', { detail }));
}

/**
 * Resolves resource and action, checks the parameters against the contract, then lets the action's planner diff
 * the rows against the platform's schema. Sends nothing.
 */
export async function planAction(
  ctx: PlanContext,
): Promise<{ resource: ResourceDefinition; spec: BulkJobSpec; plan: ActionPlan }> {
  const head = envelope.safeParse(ctx.spec);
  if (!head.success) invalid(head.error);
  const resource = getResource(head.data.resource);
  if (!resource)
    throw refuse('BULK_UNKNOWN_RESOURCE', message('bulk.unknownResource', { resource: head.data.resource }));
  const bindingOf = ctx.binding ?? assumedBindingAt;
  const schema = writeSchemaOf(resource, bindingOf(resource.path));
  const action = head.data.action;
  const offered =
    resource.descriptor.actions.some((a) => a.id === action) || (EDITS.has(action) && schema.writables.length > 0);
  if (!offered || !isAction(action))
    throw new BulkError(
      'BULK_UNKNOWN_ACTION',
      message('bulk.unknownAction', { action, resource: resource.descriptor.label }),
    );
  const parsed = bulkJobSpecSchema.safeParse(ctx.spec);
  if (!parsed.success) invalid(parsed.error);
  const spec: BulkJobSpec = parsed.data;
  if (spec.targets.length === 0 && spec.action !== 'import-csv')
    throw refuse('BULK_NOTHING_TO_DO', message('bulk.selectRow'));
  const plan = await dispatch(spec, {
    resource,
    schema,
    bindingOf,
    readRows: ctx.readRows,
    now: ctx.now ?? Date.now(),
  });
  return { resource, spec, plan };
}
