import path from 'node:path';
import { app, BrowserWindow, net, session } from 'electron';
import { createAppCore } from './app/create-app-core.ts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './electron/app-protocol.ts';
import { registerIpcTransport } from './electron/ipc-transport.ts';
import { applyAppMenu } from './electron/app-menu.ts';
import { createMainWindow, followProfileInTitle } from './electron/main-window.ts';
import { createKeytarVault } from './electron/keychain.ts';
import { createElectronSettingsStore } from './electron/settings-store.ts';
import { hardenAllWebContents, hardenSession } from './electron/web-security.ts';
import { buildContentSecurityPolicy } from './security/csp.ts';
import { originOf } from './security/sender-policy.ts';
import type { EventPayload } from '../src-preload/contract/events.ts';

// Composition root: the only place that wires Electron to the plain-TypeScript core.
const here = import.meta.dirname;
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  // links may open only once the core knows the active profile's platform
  let linkHosts: () => readonly string[] = () => [];
  hardenAllWebContents(() => linkHosts());
  app.enableSandbox();

  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    const devOrigin = devServerUrl ? (originOf(devServerUrl) ?? undefined) : undefined;
    const csp = buildContentSecurityPolicy(devOrigin ? { devServerOrigin: devOrigin } : {});
    hardenSession(session.defaultSession, csp);
    // the menu's Settings… reaches the renderer as an event, once the core (and its event hub) exists
    let openSettings = (): void => undefined;
    applyAppMenu(app.isPackaged, process.platform, { openSettings: () => openSettings() });
    serveRenderer(path.join(here, '../renderer'), csp);

    const core = createAppCore({
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        runtime: {
          kind: 'electron',
          electron: process.versions.electron ?? 'unknown',
          chrome: process.versions.chrome ?? 'unknown',
          node: process.versions.node,
        },
        platform: process.platform,
      }),
      settingsStore: createElectronSettingsStore(),
      vault: createKeytarVault(),
      fetch: (url, init) => net.fetch(url, init),
      userDataDir: app.getPath('userData'),
      isOnline: () => net.isOnline(),
    });
    openSettings = () => core.events.emit('app:open-dialog', 'settings');
    linkHosts = () => core.linkHosts();
    registerIpcTransport({
      router: core.router,
      events: core.events,
      window: () => mainWindow,
      trustedOrigins: devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN],
    });

    const open = (): void => {
      mainWindow = createMainWindow({
        preloadPath: path.join(here, '../preload/index.cjs'),
        rendererUrl: devServerUrl ?? `${APP_ORIGIN}/index.html`,
        devTools: !app.isPackaged,
      });
      const stopTitle = followProfileInTitle(mainWindow, (onStatus) =>
        core.events.subscribe((event, payload) => {
          if (event === 'connection:changed') onStatus(payload as EventPayload<'connection:changed'>);
        }),
      );
      mainWindow.on('closed', () => {
        stopTitle();
        mainWindow = null;
      });
    };
    open();
    void core.start();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
    app.on('will-quit', () => void core.dispose());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
