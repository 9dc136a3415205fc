import { create } from 'zustand';
import type { AppInfo, LanguagePreference, ThemePreference, UiSettings } from '../../../src-preload/contract/index.ts';
import { i18n, resolveLanguage } from '../i18n/index.ts';
import { describeError, noc } from '../noc.ts';
import type { RowPreset } from '../../../src-preload/contract/shared/deadlines.ts';
import type { Localized } from '../../../src-preload/contract/index.ts';
import type { ResourceViewId } from '../views/resource-views.ts';

/** The overview first, then one view per resource; the history of bulk jobs last. */
export type ViewId = ResourceViewId | 'overview' | 'history';

/** A filter a link opened a grid with (an overview tile): shown as a chip above the grid until cleared. */
export interface GridPreset {
  view: ResourceViewId;
  preset: RowPreset;
  label: Localized;
}

/** The one dialog open over the shell, if any: opened by buttons, shortcuts and the command palette alike. */
export type DialogId = 'about' | 'profiles' | 'jobs' | 'schema' | 'settings' | 'shortcuts' | 'palette';

interface UiState {
  view: ViewId;
  dialog: DialogId | null;
  openDialog(dialog: DialogId): void;
  closeDialog(): void;
  preset: GridPreset | null;
  /** A row to bring into view and select once its grid has loaded (a link followed from a detail panel). */
  pendingFocus: { view: ResourceViewId; iri: string } | null;
  settings: UiSettings;
  appInfo: AppInfo | null;
  notice: string | null;
  /** Asks the grid on screen to take the keyboard focus (the skip link, the command palette). */
  gridFocusRequest: number;
  focusGrid(): void;
  /** Asks the header's one search to take the focus, with a text to search for. */
  searchRequest: { query: string; nonce: number } | null;
  searchEverywhere(query: string): void;
  selectView(view: ViewId, focusIri?: string): void;
  /** Opens a grid showing only the rows of a preset filter. */
  openPreset(preset: GridPreset): void;
  clearPreset(): void;
  takeFocus(view: ResourceViewId): string | null;
  loadSettings(): Promise<void>;
  updateSettings(patch: Partial<UiSettings>): Promise<void>;
  applySettings(settings: UiSettings): void;
  loadAppInfo(): Promise<void>;
  dismissNotice(): void;
}

const DEFAULT_SETTINGS: UiSettings = { theme: 'system', language: 'system', concurrency: 6 };

function applyLanguage(preference: LanguagePreference): void {
  const language = resolveLanguage(preference);
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export const useUiStore = create<UiState>()((set, get) => ({
  view: 'overview',
  dialog: null,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  preset: null,
  pendingFocus: null,
  settings: DEFAULT_SETTINGS,
  appInfo: null,
  notice: null,
  gridFocusRequest: 0,
  focusGrid: () => set((state) => ({ gridFocusRequest: state.gridFocusRequest + 1 })),
  searchRequest: null,
  searchEverywhere: (query) =>
    set((state) => ({ searchRequest: { query, nonce: (state.searchRequest?.nonce ?? 0) + 1 } })),
  selectView: (view, focusIri) =>
    set({
      view,
      preset: null,
      pendingFocus: focusIri && view !== 'overview' && view !== 'history' ? { view, iri: focusIri } : null,
    }),
  openPreset: (preset) => set({ view: preset.view, preset, pendingFocus: null }),
  clearPreset: () => set({ preset: null }),
  takeFocus(view) {
    const pending = get().pendingFocus;
    if (!pending || pending.view !== view) return null;
    set({ pendingFocus: null });
    return pending.iri;
  },
  applySettings(settings) {
    applyLanguage(settings.language);
    set({ settings });
  },
  dismissNotice: () => set({ notice: null }),
  async loadSettings() {
    try {
      get().applySettings(await noc.invoke('settings:get', {}));
    } catch (failure) {
      set({ notice: describeError(failure) });
    }
  },
  async updateSettings(patch) {
    get().applySettings({ ...get().settings, ...patch });
    try {
      get().applySettings(await noc.invoke('settings:update', patch));
    } catch (failure) {
      set({ notice: describeError(failure) });
    }
  },
  async loadAppInfo() {
    try {
      set({ appInfo: await noc.invoke('app:info', {}) });
    } catch (failure) {
      set({ notice: describeError(failure) });
    }
  },
}));

export type { ThemePreference };
