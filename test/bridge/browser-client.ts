// Runs in the browser, before the renderer bundle: builds `window.noc` over the bridge's WebSocket.
// Served by the bridge host with its types stripped; it may import only other files the host serves.
import { installNocApi, type RawTransport } from '../../src-preload/noc-api.ts';
import { BLOB_MARKER, BLOB_PATH } from './wire.ts';

type Pending = (result: unknown) => void;

// The bridge's HttpOnly session cookie authenticates the socket; this page never sees the token.
const socketUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/__bridge/socket`;
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
type Message = { type: string; id?: number; result?: unknown; event?: string; payload?: unknown };

/** Where a large string left out of a message goes once fetched (see wire.ts). */
interface BlobSlot {
  holder: Record<string, unknown>;
  key: string;
  id: string;
}

/** The last message still waiting for its large strings: the messages after it wait for it, so all keep their order. */
let behind: Promise<void> | null = null;

socket.addEventListener('message', (event: MessageEvent<string>) => {
  const slots: BlobSlot[] = [];
  const message = JSON.parse(event.data, function (this: Record<string, unknown>, key, value: unknown) {
    if (value !== null && typeof value === 'object' && BLOB_MARKER in value)
      slots.push({ holder: this, key, id: String((value as Record<string, unknown>)[BLOB_MARKER]) });
    return value;
  }) as Message;
  if (slots.length === 0 && behind === null) {
    handle(message);
    return;
  }
  // marks for the bench (test/bench/grid-open.ts): the message came, its strings are in
  performance.mark('bridge:blob-header');
  const fetched = Promise.all(
    slots.map(async (slot) => {
      const response = await fetch(`${BLOB_PATH}${encodeURIComponent(slot.id)}`, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`the bridge host did not serve a large string (${response.status})`);
      slot.holder[slot.key] = await response.text();
    }),
  );
  const waited = behind ?? Promise.resolve();
  const current: Promise<void> = Promise.all([waited, fetched]).then(
    () => {
      if (slots.length > 0) performance.mark('bridge:blob-received');
      handle(message);
    },
    (failure: unknown) => {
      // an answer still comes, as an error, so that the call does not wait for ever
      const error = { code: 'TRANSPORT', message: failure instanceof Error ? failure.message : String(failure) };
      if (message.type === 'result') handle({ ...message, result: { ok: false, error } });
      else console.error('bridge: an event was dropped:', failure);
    },
  );
  behind = current;
  void current.then(() => {
    if (behind === current) behind = null;
  });
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
