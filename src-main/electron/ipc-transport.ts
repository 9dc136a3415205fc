import { ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent, type WebFrameMain } from 'electron';
import { channelNames } from '../../src-preload/contract/channels.ts';
import { IPC_CANCEL_CHANNEL } from '../../src-preload/contract/transport.ts';
import type { EventHub } from '../ipc/event-hub.ts';
import type { IpcRouter } from '../ipc/router.ts';
import { isTrustedSender } from '../security/sender-policy.ts';

export interface IpcTransportOptions {
  router: IpcRouter;
  events: EventHub;
  window: () => BrowserWindow | null;
  trustedOrigins: readonly string[];
}

function isTrustedFrame(
  frame: WebFrameMain | null,
  window: BrowserWindow | null,
  trustedOrigins: readonly string[],
): boolean {
  if (!frame || !window || window.isDestroyed()) return false;
  return isTrustedSender(
    { isMainFrameOfMainWindow: frame === window.webContents.mainFrame, frameUrl: frame.url },
    trustedOrigins,
  );
}

/** Carries the contract over Electron IPC: one handler per channel, calls only from our own window's top frame. */
export function registerIpcTransport(options: IpcTransportOptions): () => void {
  const { router, events, window, trustedOrigins } = options;
  const callKey = (event: { sender: { id: number } }, callId: unknown): string =>
    `${event.sender.id}:${String(callId)}`;

  for (const channel of channelNames) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, callId: unknown, input: unknown) => {
      if (!isTrustedFrame(event.senderFrame, window(), trustedOrigins)) {
        return {
          ok: false,
          error: {
            code: 'FORBIDDEN_SENDER',
            message: 'This call did not come from the console window and was refused.',
          },
        };
      }
      return router.dispatch(callKey(event, callId), channel, input);
    });
  }
  const onCancel = (event: IpcMainEvent, callId: unknown): void => {
    if (isTrustedFrame(event.senderFrame, window(), trustedOrigins)) router.cancel(callKey(event, callId));
  };
  ipcMain.on(IPC_CANCEL_CHANNEL, onCancel);

  const unsubscribe = events.subscribe((event, payload) => {
    const target = window();
    if (target && !target.isDestroyed()) target.webContents.send(event, payload);
  });

  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel);
    ipcMain.removeListener(IPC_CANCEL_CHANNEL, onCancel);
    unsubscribe();
  };
}
