import { create } from 'zustand';
import type { AppInfo, ThemePreference } from '../../../src-preload/contract/index.ts';
import { describeError, noc } from '../noc.ts';
import type { ResourceViewId } from '../views/resource-views.ts';

interface UiState {
  view: ResourceViewId;
  theme: ThemePreference;
  appInfo: AppInfo | null;
  notice: string | null;
  selectView(view: ResourceViewId): void;
  loadSettings(): Promise<void>;
  setTheme(theme: ThemePreference): Promise<void>;
  loadAppInfo(): Promise<void>;
  applyTheme(theme: ThemePreference): void;
  dismissNotice(): void;
}

export const useUiStore = create<UiState>()((set) => ({
  view: 'phone-numbers',
  theme: 'system',
  appInfo: null,
  notice: null,
  selectView: (view) => set({ view }),
  applyTheme: (theme) => set({ theme }),
  dismissNotice: () => set({ notice: null }),
  async loadSettings() {
    try {
      const settings = await noc.invoke('settings:get', {});
      set({ theme: settings.theme });
    } catch (failure) {
      set({ notice: `Settings could not be read: ${describeError(failure)}` });
    }
  },
  async setTheme(theme) {
    set({ theme });
    try {
      await noc.invoke('settings:update', { theme });
    } catch (failure) {
      set({ notice: `The theme could not be saved: ${describeError(failure)}` });
    }
  },
  async loadAppInfo() {
    try {
      set({ appInfo: await noc.invoke('app:info', {}) });
    } catch (failure) {
      set({ notice: `Version information is unavailable: ${describeError(failure)}` });
    }
  },
}));
