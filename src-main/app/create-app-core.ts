import type { AppInfo } from '../../src-preload/contract/channels.ts';
import { createAppHandlers } from '../handlers/app-handlers.ts';
import { createSettingsHandlers } from '../handlers/settings-handlers.ts';
import { createEventHub, type EventHub } from '../ipc/event-hub.ts';
import { createIpcRouter, type HandlerSet, type IpcRouter } from '../ipc/router.ts';
import type { KeyValueStore } from '../settings/key-value-store.ts';
import { createUiSettings } from '../settings/ui-settings.ts';

/** Everything main does, with its outside world injected: the Electron app and the bridge host both build this. */
export interface AppCoreDeps {
  appInfo: () => AppInfo;
  settingsStore: KeyValueStore;
  openExternal: (url: string) => Promise<void>;
}

export interface AppCore {
  router: IpcRouter;
  events: EventHub;
  dispose(): Promise<void>;
}

export function createAppCore(deps: AppCoreDeps): AppCore {
  const events = createEventHub();
  const uiSettings = createUiSettings(deps.settingsStore, (settings) => events.emit('settings:changed', settings));
  const handlers: HandlerSet = {
    ...createAppHandlers({ appInfo: deps.appInfo, openExternal: deps.openExternal }),
    ...createSettingsHandlers(uiSettings),
  };
  return {
    router: createIpcRouter(handlers),
    events,
    async dispose() {},
  };
}
