// Runs in the browser, before the renderer bundle: builds `window.noc` over the bridge's WebSocket.
// Served by the bridge host with its types stripped; it may import only other files the host serves.
import { installNocApi, type RawTransport } from '../../src-preload/noc-api.ts';

type Pending = (result: unknown) => void;

const token = new URL(import.meta.url).searchParams.get('token') ?? '';
const socketUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/__bridge/socket?token=${encodeURIComponent(token)}`;
const socket = new WebSocket(socketUrl);
const pending = new Map<number, Pending>();
const listeners = new Map<string, Set<(payload: unknown) => void>>();
const outbox: string[] = [];

function send(message: unknown): void {
  const text = JSON.stringify(message);
  if (socket.readyState === WebSocket.OPEN) socket.send(text);
  else outbox.push(text);
}

socket.addEventListener('open', () => {
  for (const text of outbox.splice(0)) socket.send(text);
});
socket.addEventListener('message', (event: MessageEvent<string>) => {
  const message = JSON.parse(event.data) as { type: string; id?: number; result?: unknown; event?: string; payload?: unknown };
  if (message.type === 'result' && typeof message.id === 'number') {
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  } else if (message.type === 'event' && typeof message.event === 'string') {
    for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
  }
});
socket.addEventListener('close', () => {
  for (const [id, resolve] of pending) {
    resolve({ ok: false, error: { code: 'TRANSPORT', message: 'The bridge host closed the connection.' } });
    pending.delete(id);
  }
});

const raw: RawTransport = {
  invoke(callId, channel, input) {
    return new Promise((resolve) => {
      pending.set(callId, resolve as Pending);
      send({ type: 'invoke', id: callId, channel, input });
    });
  },
  cancel(callId) {
    send({ type: 'cancel', id: callId });
  },
  on(event, listener) {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
};

installNocApi(raw);
