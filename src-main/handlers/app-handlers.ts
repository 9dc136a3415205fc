import type { AppInfo } from '../../src-preload/contract/channels.ts';
import type { Handler } from '../ipc/router.ts';
import { checkExternalUrl } from '../security/external-url.ts';
import { AppError } from '../ipc/app-error.ts';

export interface AppHandlerDeps {
  appInfo: () => AppInfo;
  /** Hands a vetted http(s) URL to the OS browser. */
  openExternal: (url: string) => Promise<void>;
}

export function createAppHandlers(deps: AppHandlerDeps): {
  'app:info': Handler<'app:info'>;
  'shell:open-external': Handler<'shell:open-external'>;
} {
  return {
    'app:info': () => deps.appInfo(),
    'shell:open-external': async ({ url }) => {
      const verdict = checkExternalUrl(url);
      if (!verdict.allowed) throw new AppError('LINK_REFUSED', verdict.reason, { url });
      await deps.openExternal(verdict.url);
      return { opened: true };
    },
  };
}
