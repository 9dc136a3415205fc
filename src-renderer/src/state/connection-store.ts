import { create } from 'zustand';
import type {
  BudgetSnapshot,
  ConnectionStatus,
  KeychainStatus,
  ProfileCreateInput,
  ConnectionProblem,
  ProfileList,
  ProfileSummary,
  ProfileTestInput,
  ProfileTestResult,
  ProfileUpdateInput,
  ResourceCounts,
  UiText,
} from '../../../src-preload/contract/index.ts';
import { describeError, isNocError, noc } from '../noc.ts';

/** A switch that did not happen: the working connection stayed, and this says why. */
export interface SwitchFailure {
  profileId: string;
  profileName: string;
  /** The profile still connected. */
  currentName: string | null;
  problem: ConnectionProblem | null;
  /** Why, in main's words (a catalog message), for a problem the renderer has no sentence of its own for. */
  reason: UiText | null;
  message: string;
}

function switchFailureOf(failure: unknown, currentName: string | null): SwitchFailure | null {
  if (!isNocError(failure) || failure.code !== 'SWITCH_FAILED') return null;
  const details = (failure.details ?? {}) as {
    profileId?: string;
    profileName?: string;
    problem?: ConnectionProblem;
    reason?: UiText;
  };
  return {
    profileId: details.profileId ?? '',
    profileName: details.profileName ?? '',
    currentName,
    problem: details.problem ?? null,
    reason: details.reason ?? null,
    message: failure.message,
  };
}

const NO_CONNECTION: ConnectionStatus = {
  profileId: null,
  profileName: null,
  isDemo: false,
  state: 'no-profile',
  apiUser: null,
  message: null,
  problem: null,
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
  /** The profile signing in beside the working connection (a switch under way). */
  switching: string | null;
  switchFailure: SwitchFailure | null;
  /** Subscribes to main's events and loads the current state; returns the unsubscribe. */
  init(): () => void;
  refreshCounts(): Promise<void>;
  /** Connects or switches; a failed switch leaves the working connection and lands in `switchFailure`. */
  connect(profileId: string): Promise<ConnectionStatus>;
  dismissSwitchFailure(): void;
  testProfile(input: ProfileTestInput): Promise<ProfileTestResult>;
  restoreDemo(): Promise<ProfileSummary>;
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
    switching: null,
    switchFailure: null,
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
      set({ switching: profileId, switchFailure: null });
      try {
        const status = await noc.invoke('connection:connect', { profileId });
        applyStatus(status);
        return status;
      } catch (failure) {
        const switchFailure = switchFailureOf(failure, get().status.profileName);
        if (!switchFailure) throw failure;
        set({ switchFailure });
        return get().status;
      } finally {
        if (get().switching === profileId) set({ switching: null });
      }
    },
    dismissSwitchFailure: () => set({ switchFailure: null }),
    testProfile: (input) => noc.invoke('connection:test', input),
    restoreDemo: () => noc.invoke('profiles:restore-demo', {}),
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
