import type { AppInfo } from '../../src-preload/contract/channels.ts';
import type { Handler } from '../ipc/router.ts';

export interface AppHandlerDeps {
  appInfo: () => AppInfo;
}

export function createAppHandlers(deps: AppHandlerDeps): { 'app:info': Handler<'app:info'> } {
  return { 'app:info': () => deps.appInfo() };
}
