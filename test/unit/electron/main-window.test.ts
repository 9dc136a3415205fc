import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Electron.BrowserWindowConstructorOptions; loadURL: ReturnType<typeof vi.fn> }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = {};
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    show = vi.fn();
    constructor(options: Electron.BrowserWindowConstructorOptions) {
      created.push({ options, loadURL: this.loadURL });
    }
  },
}));

const { createMainWindow, followProfileInTitle, windowTitle } =
  await import('../../../src-main/electron/main-window.ts');

describe('the main window', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('is created with every hardening switch on', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.cjs',
      rendererUrl: 'app://noc/index.html',
      devTools: false,
    });
    const prefs = created[0]?.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('allows DevTools only when told to (unpackaged runs)', () => {
    createMainWindow({ preloadPath: '/p.cjs', rendererUrl: 'app://noc/index.html', devTools: true });
    expect(created[0]?.options.webPreferences?.devTools).toBe(true);
  });

  it('loads only the URL it is given (our own origin)', () => {
    createMainWindow({ preloadPath: '/p.cjs', rendererUrl: 'app://noc/index.html', devTools: false });
    expect(created[0]?.loadURL).toHaveBeenCalledWith('app://noc/index.html');
  });
});

describe('the window title', () => {
  it('names the profile on screen, and only the app without one', () => {
    expect(windowTitle({ profileName: 'Tenant B' })).toBe('Tenant B — NOC Console');
    expect(windowTitle({ profileName: null })).toBe('NOC Console');
  });

  it('follows the connection status and keeps the page from replacing it', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
    const setTitle = vi.fn();
    const window = {
      on: (name: string, listener: (event: { preventDefault: () => void }) => void) => listeners.set(name, listener),
      isDestroyed: () => false,
      setTitle,
    } as unknown as Electron.BrowserWindow;
    let push: (status: { profileName: string | null }) => void = () => undefined;
    const unsubscribe = vi.fn();
    const stop = followProfileInTitle(window, (onStatus) => {
      push = onStatus as typeof push;
      return unsubscribe;
    });
    push({ profileName: 'Tenant B' });
    expect(setTitle).toHaveBeenLastCalledWith('Tenant B — NOC Console');
    const preventDefault = vi.fn();
    listeners.get('page-title-updated')?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });
});
