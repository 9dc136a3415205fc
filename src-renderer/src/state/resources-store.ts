import { create } from 'zustand';
import type { ResourceDescriptor } from '../../../src-preload/contract/index.ts';
import { describeError, noc } from '../noc.ts';

interface ResourcesState {
  descriptors: ResourceDescriptor[];
  error: string | null;
  load(): Promise<void>;
}

/** The resource registry, learned once from main: every grid is built from it. */
export const useResourcesStore = create<ResourcesState>()((set) => ({
  descriptors: [],
  error: null,
  async load() {
    try {
      set({ descriptors: await noc.invoke('resources:list', {}), error: null });
    } catch (failure) {
      set({ error: describeError(failure) });
    }
  },
}));

export function descriptorFor(path: string): ResourceDescriptor | undefined {
  return useResourcesStore.getState().descriptors.find((descriptor) => descriptor.path === path);
}
