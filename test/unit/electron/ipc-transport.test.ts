import { describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
      handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

const { registerIpcTransport } = await import('../../../src-main/electron/ipc-transport.ts');
const { createEventHub } = await import('../../../src-main/ipc/event-hub.ts');
const { channelNames } = await import('../../../src-preload/contract/channels.ts');

function setup() {
  const mainFrame = { url: 'app://noc/index.html' };
  const send = vi.fn();
  const window = { isDestroyed: () => false, webContents: { mainFrame, send } };
  const router = {
    dispatch: vi.fn(() => Promise.resolve({ ok: true as const, value: 'ran' as unknown })),
    cancel: vi.fn(),
    cancelAll: vi.fn(),
  };
  const events = createEventHub();
  const dispose = registerIpcTransport({
    router,
    events,
    window: () => window as unknown as Electron.BrowserWindow,
    trustedOrigins: ['app://noc'],
  });
  return { mainFrame, router, events, send, dispose };
}

describe('the Electron IPC transport', () => {
  it('registers one handler per contract channel', () => {
    const { dispose } = setup();
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('passes calls from our window top frame to the router', async () => {
    const { mainFrame, router, dispose } = setup();
    const result = await handlers.get('app:info')?.({ sender: { id: 3 }, senderFrame: mainFrame }, 9, {});
    expect(result).toEqual({ ok: true, value: 'ran' });
    expect(router.dispatch).toHaveBeenCalledWith('3:9', 'app:info', {});
    dispose();
  });

  it('refuses a call from a subframe or a foreign origin, and the router never sees it', async () => {
    const { router, dispose } = setup();
    const fromIframe = await handlers.get('app:info')?.(
      { sender: { id: 3 }, senderFrame: { url: 'app://noc/index.html' } },
      1,
      {},
    );
    const fromElsewhere = await handlers.get('settings:update')?.(
      { sender: { id: 3 }, senderFrame: { url: 'https://evil.example/' } },
      2,
      { theme: 'dark' },
    );
    for (const result of [fromIframe, fromElsewhere])
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(router.dispatch).not.toHaveBeenCalled();
    dispose();
  });

  it('refuses a call when our page has navigated to another origin', async () => {
    const { mainFrame, router, dispose } = setup();
    mainFrame.url = 'https://evil.example/';
    const result = await handlers.get('app:info')?.({ sender: { id: 3 }, senderFrame: mainFrame }, 1, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(router.dispatch).not.toHaveBeenCalled();
    dispose();
  });

  it('forwards cancellations and events', () => {
    const { mainFrame, router, events, send, dispose } = setup();
    listeners.get('noc:cancel')?.({ sender: { id: 3 }, senderFrame: mainFrame }, 9);
    expect(router.cancel).toHaveBeenCalledWith('3:9');
    events.emit('settings:changed', { theme: 'dark', language: 'nl', concurrency: 6 });
    expect(send).toHaveBeenCalledWith('settings:changed', { theme: 'dark', language: 'nl', concurrency: 6 });
    dispose();
  });
});
