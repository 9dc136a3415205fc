import type { ResourceDescriptor } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';

/** Operator words for what the journal records by id: a resource, an action, a field. */
export function historyWords(descriptors: readonly ResourceDescriptor[]): {
  resource(id: string): string;
  action(resource: string, action: string): string;
  field(resource: string, field: string): string;
} {
  const byId = new Map(descriptors.map((descriptor) => [descriptor.id, descriptor]));
  return {
    resource: (id) => {
      const descriptor = byId.get(id);
      return descriptor ? localized(descriptor.label) : id;
    },
    action: (resource, action) => {
      const found = byId.get(resource)?.actions.find((candidate) => candidate.id === action);
      return found ? localized(found.label) : action;
    },
    field: (resource, field) => {
      const descriptor = byId.get(resource);
      const known =
        descriptor?.writable.find((entry) => entry.field === field || entry.logical === field) ??
        descriptor?.columns.find((entry) => entry.field === field || entry.logical === field);
      return known ? localized(known.label) : field;
    },
  };
}
