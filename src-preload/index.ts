import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isChannelName } from './contract/channels.ts';
import type { IpcResult } from './contract/errors.ts';
import { isEventName } from './contract/events.ts';
import { IPC_CANCEL_CHANNEL } from './contract/transport.ts';
import { installNocApi, type RawTransport } from './noc-api.ts';

const raw: RawTransport = {
  invoke(callId, channel, input) {
    if (!isChannelName(channel)) {
      return Promise.resolve<IpcResult<unknown>>({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel named "${String(channel)}".` },
      });
    }
    return ipcRenderer.invoke(channel, callId, input) as Promise<IpcResult<unknown>>;
  },
  cancel(callId) {
    ipcRenderer.send(IPC_CANCEL_CHANNEL, callId);
  },
  on(event, listener) {
    if (!isEventName(event)) throw new Error(`There is no event named "${String(event)}".`);
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.executeInMainWorld({ func: installNocApi, args: [raw] });
