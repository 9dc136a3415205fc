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

export { RESOURCE_IDS, isResourceId };
export type { EditResult, EditRow, EditValidator, QueryDefaults, ResourceDefinition, ResourceId } from './types.ts';
export { describeType, type BindingOf } from './bind-descriptor.ts';
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

/** What the renderer receives over IPC, in navigation order. */
export function listResourceDescriptors(): ResourceDescriptor[] {
  return RESOURCE_IDS.map((id) => structuredClone(REGISTRY[id].descriptor));
}

/** The descriptors bound to the current profile's platform schema: the platform's field names and values. */
export function listBoundDescriptors(bindingOf: BindingOf): ResourceDescriptor[] {
  return RESOURCE_IDS.map((id) => bindDescriptor(REGISTRY[id], bindingOf));
}

export function boundDescriptor(id: string, bindingOf: BindingOf): ResourceDescriptor | null {
  return isResourceId(id) ? bindDescriptor(REGISTRY[id], bindingOf) : null;
}

/** The registry entry of a view id, or undefined for an id the console does not know. */
export function getResource(id: string): ResourceDefinition | undefined {
  return isResourceId(id) ? REGISTRY[id] : undefined;
}

/** Checks one value typed for a writable field of a resource; an unknown resource is refused like an unknown field. */
export function validateEdit(resourceId: string, field: string, value: unknown, row?: EditRow): EditResult {
  const resource = getResource(resourceId);
  if (!resource) {
    return {
      ok: false,
      message: { en: `Unknown resource "${resourceId}".`, nl: `Onbekende resource "${resourceId}".` },
    };
  }
  return resource.validateEdit(field, value, row);
}
