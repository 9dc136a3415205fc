import { BrowserWindow, type WebPreferences } from 'electron';

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
