import { create } from 'zustand';
import type { Overview } from '../../../src-preload/contract/index.ts';
import { describeError, noc } from '../noc.ts';

interface OverviewState {
  overview: Overview | null;
  error: string | null;
  loading: boolean;
  load(refresh?: boolean): Promise<void>;
  /** Subscribes to what changes the counts (refreshes, jobs, the connection); returns the unsubscribe. */
  init(): () => void;
}

/** The overview of the profile on screen, also read by the sidebar for its badges. */
export const useOverviewStore = create<OverviewState>()((set, get) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Refreshes end one grid at a time: one reload shortly after the last of them.
  const later = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void get().load(), 400);
  };
  return {
    overview: null,
    error: null,
    loading: false,
    async load(refresh) {
      set({ loading: true });
      try {
        set({ overview: await noc.invoke('overview:get', refresh ? { refresh } : {}), error: null });
      } catch (failure) {
        set({ error: describeError(failure) });
      } finally {
        set({ loading: false });
      }
    },
    init() {
      const offs = [
        noc.on('grid:sync-end', later),
        noc.on('grid:changes', later),
        noc.on('bulk:event', (event) => {
          if (event.type === 'job') later();
        }),
        noc.on('connection:changed', (status) => {
          if (status.profileId !== get().overview?.profileId) set({ overview: null });
          if (status.profileId) later();
        }),
      ];
      return () => offs.forEach((off) => off());
    },
  };
});
