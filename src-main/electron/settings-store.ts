import Store from 'electron-store';
import type { KeyValueStore } from '../settings/key-value-store.ts';

/** Non-secret settings in the user's app-data folder. Secrets never go here: they live in the OS keychain. */
export function createElectronSettingsStore(): KeyValueStore {
  // 0600: the file names the platforms and API users; conf applies the mode to an existing file on every write
  const store = new Store<Record<string, unknown>>({
    name: 'settings',
    clearInvalidConfig: true,
    configFileMode: 0o600,
  });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
  };
}
