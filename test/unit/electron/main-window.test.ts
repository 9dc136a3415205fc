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

const { createMainWindow } = await import('../../../src-main/electron/main-window.ts');

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
