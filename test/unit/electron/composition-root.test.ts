import { describe, expect, it, vi } from 'vitest';

const quit = vi.fn();
const enableSandbox = vi.fn();
vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => false,
    quit,
    enableSandbox,
    on: vi.fn(),
    whenReady: () => new Promise(() => undefined),
  },
  BrowserWindow: { getAllWindows: () => [] },
  session: {},
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcMain: {},
  shell: {},
}));
vi.mock('electron-store', () => ({ default: vi.fn() }));

describe('the composition root', () => {
  it('quits at once when another instance already holds the single-instance lock', async () => {
    await import('../../../src-main/index.ts');
    expect(quit).toHaveBeenCalled();
    expect(enableSandbox).not.toHaveBeenCalled();
  });
});
