import type { Message } from '../../src-preload/contract/messages.ts';
import type { ActionDescriptor, ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { assumedSchema, bindResource, type ResourceBinding } from '../schema/index.ts';
import { BULK_EDIT, EDIT_CELL } from './actions.ts';
import type { ResourceDefinition } from './types.ts';
import { schemaWritables, type LabelLookup } from './writable.ts';

/** Actions that create an item of the resource they belong to (their form asks for its fields). */
const CREATES: ReadonlySet<string> = new Set(['create-forward']);

/** A registry resource bound to api-model's assumptions: every field under our own name. */
export function assumedBinding(resource: ResourceDefinition): ResourceBinding {
  return bindResource(resource.model, assumedSchema(resource.model));
}

/** The label any of these resources gives a field name (a SIM card's cost center reads like a phone number's). */
export function labelsIn(resources: readonly ResourceDefinition[]): LabelLookup {
  return (name) => {
    for (const { descriptor } of resources) {
      const found: Message | undefined =
        descriptor.writable.find((w) => w.field === name)?.label ??
        descriptor.columns.find((c) => c.field === name)?.label;
      if (found) return found;
    }
    return undefined;
  };
}

/**
 * What a resource lets the user write, following the platform's schema: its writable fields (platform names) and
 * the edit actions, offered exactly where there is a field to edit.
 */
export function describeWrites(
  resource: ResourceDefinition,
  binding: ResourceBinding,
  known: LabelLookup,
): Pick<ResourceDescriptor, 'writable' | 'actions'> {
  const writable = schemaWritables(resource, binding, known).map((w) => w.descriptor);
  const creatable = schemaWritables(resource, binding, known, 'create').map((w) => w.descriptor);
  const own = resource.descriptor.actions
    .filter((a) => a.id !== EDIT_CELL.id && a.id !== BULK_EDIT.id)
    .map((a) =>
      a.method === 'POST' && CREATES.has(a.id) ? { ...structuredClone(a), fields: creatable } : structuredClone(a),
    );
  const edits: ActionDescriptor[] = writable.length > 0 ? [BULK_EDIT, EDIT_CELL] : [];
  return { writable, actions: [...own, ...edits.map((a) => structuredClone(a))] };
}
