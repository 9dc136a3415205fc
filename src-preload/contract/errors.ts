import { z } from 'zod';

/** Every failure that crosses the process boundary has this shape: what failed, why, and data to act on. */
export const ipcErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

/** Codes raised by the IPC layer itself; handlers add domain codes of their own. */
export const IPC_ERROR_CODES = {
  validation: 'VALIDATION',
  unknownChannel: 'UNKNOWN_CHANNEL',
  forbiddenSender: 'FORBIDDEN_SENDER',
  cancelled: 'CANCELLED',
  internal: 'INTERNAL',
} as const;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
