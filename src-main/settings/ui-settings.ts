import { uiSettingsSchema, type UiSettings } from '../../src-preload/contract/channels.ts';
import type { KeyValueStore } from './key-value-store.ts';

const KEY = 'ui';
const DEFAULTS: UiSettings = { theme: 'system', language: 'system', concurrency: 6 };

export interface UiSettingsService {
  get(): UiSettings;
  update(patch: Partial<UiSettings>): UiSettings;
}

/** User-interface preferences. A stored value that no longer fits the schema falls back to the defaults. */
export function createUiSettings(store: KeyValueStore, onChange: (settings: UiSettings) => void): UiSettingsService {
  const read = (): UiSettings => {
    const parsed = uiSettingsSchema.safeParse({ ...DEFAULTS, ...(asRecord(store.get(KEY)) ?? {}) });
    return parsed.success ? parsed.data : DEFAULTS;
  };
  return {
    get: read,
    update(patch) {
      const next = uiSettingsSchema.parse({ ...read(), ...patch });
      store.set(KEY, next);
      onChange(next);
      return next;
    },
  };
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
