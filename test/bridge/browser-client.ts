// Runs in the browser, before the renderer bundle: builds `window.noc` over the bridge's WebSocket.
// Served by the bridge host with its types stripped; it may import only other files the host serves.
import { installNocApi, type RawTransport } from '../../src-preload/noc-api.ts';
import { BLOB_MARKER, BLOBS_PREFIX } from './wire.ts';

type Pending = (result: unknown) => void;

// The bridge's HttpOnly session cookie authenticates the socket; this page never sees the token.
const socketUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/__bridge/socket`;
const socket = new WebSocket(socketUrl);
socket.binaryType = 'arraybuffer';
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
type Message = { type: string; id?: number; result?: unknown; event?: string; payload?: unknown };

/** A message waiting for the binary frames that carry its large strings. */
let awaiting: { text: string; blobs: string[]; expected: number } | null = null;
const decoder = new TextDecoder();

function withBlobs(text: string, blobs: readonly string[]): Message {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && BLOB_MARKER in value)
      return blobs[(value as Record<string, number>)[BLOB_MARKER]!];
    return value;
  }) as Message;
}

socket.addEventListener('message', (event: MessageEvent<string | ArrayBuffer>) => {
  if (typeof event.data !== 'string') {
    if (!awaiting) return;
    awaiting.blobs.push(decoder.decode(event.data));
    if (awaiting.blobs.length < awaiting.expected) return;
    const complete = awaiting;
    awaiting = null;
    handle(withBlobs(complete.text, complete.blobs));
    return;
  }
  if (event.data.startsWith(BLOBS_PREFIX)) {
    const rest = event.data.slice(BLOBS_PREFIX.length);
    const colon = rest.indexOf(':');
    awaiting = { expected: Number(rest.slice(0, colon)), text: rest.slice(colon + 1), blobs: [] };
    return;
  }
  handle(JSON.parse(event.data) as Message);
});

function handle(message: Message): void {
  if (message.type === 'result' && typeof message.id === 'number') {
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  } else if (message.type === 'event' && typeof message.event === 'string') {
    for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
  }
}
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
