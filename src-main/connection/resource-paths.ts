import { listResourceDescriptors } from '../resources/index.ts';

/** The collection behind each of the seven views, from the registry, to count what the platform holds. */
export const RESOURCE_COLLECTIONS: Readonly<Record<string, string>> = Object.fromEntries(
  listResourceDescriptors().map((descriptor) => [descriptor.id, descriptor.path]),
);
