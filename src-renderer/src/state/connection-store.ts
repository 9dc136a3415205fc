import { create } from 'zustand';
import type {
  BudgetSnapshot,
  ConnectionStatus,
  KeychainStatus,
  ProfileCreateInput,
  ProfileList,
  ProfileSummary,
  ProfileUpdateInput,
  ResourceCounts,
} from '../../../src-preload/contract/index.ts';
import { describeError, noc } from '../noc.ts';

const NO_CONNECTION: ConnectionStatus = {
  profileId: null,
  profileName: null,
  isDemo: false,
  state: 'no-profile',
  apiUser: null,
  message: null,
  hold: null,
};

interface ConnectionState {
  profiles: ProfileSummary[];
  activeProfileId: string | null;
  status: ConnectionStatus;
  budget: BudgetSnapshot | null;
  counts: ResourceCounts | null;
  keychain: KeychainStatus | null;
  lastSync: number | null;
  /** Subscribes to main's events and loads the current state; returns the unsubscribe. */
  init(): () => void;
  refreshCounts(): Promise<void>;
  connect(profileId: string): Promise<ConnectionStatus>;
  disconnect(): Promise<void>;
  createProfile(input: ProfileCreateInput): Promise<ProfileSummary>;
  updateProfile(input: ProfileUpdateInput): Promise<ProfileSummary>;
  deleteProfile(id: string): Promise<void>;
}

export const useConnectionStore = create<ConnectionState>()((set, get) => {
  const applyList = (list: ProfileList): void =>
    set({ profiles: list.profiles, activeProfileId: list.activeProfileId });
  const applyStatus = (status: ConnectionStatus): void => {
    const previous = get().status;
    set({ status, ...(status.profileId !== previous.profileId ? { counts: null, budget: null } : {}) });
    if (status.state === 'connected' && (previous.state !== 'connected' || previous.profileId !== status.profileId)) {
      void get().refreshCounts();
    }
  };
  return {
    profiles: [],
    activeProfileId: null,
    status: NO_CONNECTION,
    budget: null,
    counts: null,
    keychain: null,
    lastSync: null,
    init() {
      const offs = [
        noc.on('profiles:changed', applyList),
        noc.on('connection:changed', applyStatus),
        noc.on('budget:changed', (budget) => set({ budget })),
      ];
      void (async () => {
        const [list, status, budget, keychain] = await Promise.all([
          noc.invoke('profiles:list', {}),
          noc.invoke('connection:status', {}),
          noc.invoke('connection:budget', {}),
          noc.invoke('keychain:status', {}),
        ]);
        applyList(list);
        set({ budget, keychain });
        applyStatus(status);
      })().catch((failure: unknown) => set({ status: { ...NO_CONNECTION, message: describeError(failure) } }));
      return () => offs.forEach((off) => off());
    },
    async refreshCounts() {
      try {
        const counts = await noc.invoke('platform:counts', {});
        set({ counts, lastSync: Date.now() });
      } catch {
        set({ counts: null });
      }
    },
    async connect(profileId) {
      const status = await noc.invoke('connection:connect', { profileId });
      applyStatus(status);
      return status;
    },
    async disconnect() {
      applyStatus(await noc.invoke('connection:disconnect', {}));
    },
    createProfile: (input) => noc.invoke('profiles:create', input),
    updateProfile: (input) => noc.invoke('profiles:update', input),
    async deleteProfile(id) {
      await noc.invoke('profiles:delete', { id });
    },
  };
});
