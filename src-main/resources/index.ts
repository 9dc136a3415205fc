import { message } from '../../src-preload/contract/messages.ts';
import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { bindDescriptor, type BindingOf } from './bind-descriptor.ts';
import { numberBlocks } from './number-blocks.ts';
import { outports } from './outports.ts';
import { phoneNumbers } from './phone-numbers.ts';
import { scheduledForwards } from './scheduled-forwards.ts';
import { simCards } from './sim-cards.ts';
import { trackingDevices } from './tracking-devices.ts';
import {
  isResourceId,
  RESOURCE_IDS,
  type EditResult,
  type EditRow,
  type ResourceDefinition,
  type ResourceId,
} from './types.ts';
import { x2voipRoutes } from './x2voip-routes.ts';
import type { ResourceBinding } from '../schema/index.ts';
import { assumedBinding, describeWrites, labelsIn } from './writes.ts';

export { RESOURCE_IDS, isResourceId };
export type { EditResult, EditRow, EditValidator, QueryDefaults, ResourceDefinition, ResourceId } from './types.ts';
export { bindPreset, describeType, type BindingOf } from './bind-descriptor.ts';
export { normaliseDutchNumber, phoneSearchVariants, DUTCH_NUMBER_INPUT_PATTERN } from './phone-search.ts';

const REGISTRY: Readonly<Record<ResourceId, ResourceDefinition>> = {
  'phone-numbers': phoneNumbers,
  'number-blocks': numberBlocks,
  'sim-cards': simCards,
  'x2voip-routes': x2voipRoutes,
  'scheduled-forwards': scheduledForwards,
  'tracking-devices': trackingDevices,
  outports,
};

/** The label the registry gives a field name on any resource. */
export const registryLabel = labelsIn(RESOURCE_IDS.map((id) => REGISTRY[id]));

/**
 * What the renderer receives over IPC, in navigation order. Writable fields and edit actions follow the platform's
 * schema when a binding is given (the schema service's), api-model's assumptions otherwise.
 */
export function listResourceDescriptors(bindingOf?: (path: string) => ResourceBinding): ResourceDescriptor[] {
  return RESOURCE_IDS.map((id) => {
    const resource = REGISTRY[id];
    const writes = describeWrites(resource, bindingOf?.(resource.path) ?? assumedBinding(resource), registryLabel);
    return { ...structuredClone(resource.descriptor), ...writes };
  });
}

/** The descriptors bound to the current profile's platform schema: the platform's field names and values. */
export function listBoundDescriptors(bindingOf: BindingOf): ResourceDescriptor[] {
  return RESOURCE_IDS.map((id) => bindWithWrites(REGISTRY[id], bindingOf));
}

export function boundDescriptor(id: string, bindingOf: BindingOf): ResourceDescriptor | null {
  return isResourceId(id) ? bindWithWrites(REGISTRY[id], bindingOf) : null;
}

/** Bound columns and lookups, and the writable fields and edit actions the platform's schema allows. */
function bindWithWrites(definition: ResourceDefinition, bindingOf: BindingOf): ResourceDescriptor {
  return {
    ...bindDescriptor(definition, bindingOf),
    ...describeWrites(definition, bindingOf(definition.path), registryLabel),
  };
}

/** The registry entry of a view id, or undefined for an id the console does not know. */
export function getResource(id: string): ResourceDefinition | undefined {
  return isResourceId(id) ? REGISTRY[id] : undefined;
}

/** The registry entry whose collection is `path` (jobs and journals keep paths, not view ids). */
export function resourceAtPath(path: string): ResourceDefinition | undefined {
  return RESOURCE_IDS.map((id) => REGISTRY[id]).find((resource) => resource.path === path);
}

/** Checks one value typed for a writable field of a resource; an unknown resource is refused like an unknown field. */
export function validateEdit(resourceId: string, field: string, value: unknown, row?: EditRow): EditResult {
  const resource = getResource(resourceId);
  if (!resource) {
    return { ok: false, message: message('resources.unknown', { id: resourceId }) };
  }
  return resource.validateEdit(field, value, row);
}
