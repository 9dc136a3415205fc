import { z } from 'zod';

/** Messages of the bridge's WebSocket: the IPC contract, carried as JSON. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('invoke'), id: z.number().int().nonnegative(), channel: z.string(), input: z.unknown() }),
  z.object({ type: z.literal('cancel'), id: z.number().int().nonnegative() }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export type ServerMessage =
  { type: 'result'; id: number; result: unknown } | { type: 'event'; event: string; payload: unknown };

export const BRIDGE_SOCKET_PATH = '/__bridge/socket';
export const BRIDGE_CLIENT_PATH = '/__bridge/src/test/bridge/browser-client.ts';
export const BRIDGE_CONTROL_PATH = '/__bridge/control';
/** Takes a one-time ticket, sets the session cookie (HttpOnly, SameSite=Strict) and redirects to the page. */
export const BRIDGE_OPEN_PATH = '/__bridge/open';

export { BLOB_MARKER, BLOB_PATH, BLOB_THRESHOLD } from './wire.ts';
