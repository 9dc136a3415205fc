import { create } from 'zustand';
import type { ResourceDescriptor } from '../../../src-preload/contract/index.ts';
import { describeError, noc } from '../noc.ts';

interface ResourcesState {
  descriptors: ResourceDescriptor[];
  error: string | null;
  load(): Promise<void>;
}

/** The resource registry, learned from main (again when the platform schema changes): every grid is built from it. */
export const useResourcesStore = create<ResourcesState>()((set) => ({
  descriptors: [],
  error: null,
  async load() {
    try {
      const next = await noc.invoke('resources:list', {});
      // the same registry again (a schema that did not change) keeps the grids as they are: no rebuilt columns
      const same = JSON.stringify(next) === JSON.stringify(useResourcesStore.getState().descriptors);
      set(same ? { error: null } : { descriptors: next, error: null });
    } catch (failure) {
      set({ error: describeError(failure) });
    }
  },
}));

export function descriptorFor(path: string): ResourceDescriptor | undefined {
  return useResourcesStore.getState().descriptors.find((descriptor) => descriptor.path === path);
}
