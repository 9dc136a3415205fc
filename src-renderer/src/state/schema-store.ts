import { create } from 'zustand';
import type { SchemaStatus } from '../../../src-preload/contract/index.ts';
import { noc } from '../noc.ts';
import { useResourcesStore } from './resources-store.ts';

interface SchemaState {
  status: SchemaStatus | null;
  /** Subscribes to schema changes (which also rebind the registry's descriptors); returns the unsubscribe. */
  init(): () => void;
}

/** What the platform says about itself for the profile on screen: documented, assumed, or from the last connection. */
export const useSchemaStore = create<SchemaState>()((set) => ({
  status: null,
  init() {
    void noc
      .invoke('schema:status', {})
      .then((status) => set({ status }))
      .catch(() => undefined);
    return noc.on('schema:changed', (status) => {
      set({ status });
      void useResourcesStore.getState().load();
    });
  },
}));
