import { app, shell, type Session, type WebContents } from 'electron';
import { checkExternalUrl } from '../security/external-url.ts';

/** Enforces the CSP on every response the session sees and refuses every permission a page may ask for. */
export function hardenSession(session: Session, contentSecurityPolicy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** The hosts a link may lead to: the active profile's platform and its documentation. */
export type KnownHosts = () => readonly string[];

/** The one way a link leaves the console: vetted, then handed to the OS browser. */
export async function openExternalSafely(url: string, knownHosts: KnownHosts): Promise<boolean> {
  const verdict = checkExternalUrl(url, knownHosts());
  if (!verdict.allowed) return false;
  await shell.openExternal(verdict.url);
  return true;
}

/** No page may navigate away, open a window or embed a webview; links to known hosts go to the OS browser. */
export function hardenWebContents(contents: WebContents, knownHosts: KnownHosts): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url, knownHosts);
    return { action: 'deny' };
  });
}

export function hardenAllWebContents(knownHosts: KnownHosts): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, knownHosts));
}
