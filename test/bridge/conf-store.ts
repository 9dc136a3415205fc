import Conf from 'conf';
import type { KeyValueStore } from '../../src-main/settings/key-value-store.ts';

/** The bridge's stand-in for electron-store: the same library underneath (conf), in a folder of our choosing. */
export function createConfStore(folder: string): KeyValueStore {
  const store = new Conf<Record<string, unknown>>({
    cwd: folder,
    configName: 'settings',
    projectName: 'noc-console',
    clearInvalidConfig: true,
    configFileMode: 0o600,
  });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
  };
}
