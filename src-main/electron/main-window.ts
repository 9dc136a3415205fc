import { BrowserWindow, type WebPreferences } from 'electron';
import type { ConnectionStatus } from '../../src-preload/contract/profiles.ts';

export const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies WebPreferences;

export interface MainWindowOptions {
  preloadPath: string;
  rendererUrl: string;
  iconPath?: string;
  /** Only unpackaged runs may open DevTools. */
  devTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'NOC Console',
    backgroundColor: '#1b1f24',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: { ...HARDENED_WEB_PREFERENCES, devTools: options.devTools, preload: options.preloadPath },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.rendererUrl);
  return window;
}

const APP_TITLE = 'NOC Console';

/** Which tenant is live, in the task bar and the window switcher too: "Tenant B — NOC Console". */
export function windowTitle(status: Pick<ConnectionStatus, 'profileName'>): string {
  return status.profileName ? `${status.profileName} — ${APP_TITLE}` : APP_TITLE;
}

/**
 * Main owns the title (the page's own <title> would replace it while loading); it follows the profile on screen.
 * Returns the unsubscribe.
 */
export function followProfileInTitle(
  window: BrowserWindow,
  subscribe: (onStatus: (status: ConnectionStatus) => void) => () => void,
): () => void {
  window.on('page-title-updated', (event) => event.preventDefault());
  return subscribe((status) => {
    if (!window.isDestroyed()) window.setTitle(windowTitle(status));
  });
}
