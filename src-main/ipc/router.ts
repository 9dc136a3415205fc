import type { z } from 'zod';
import {
  channels,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
} from '../../src-preload/contract/channels.ts';
import type { IpcResult } from '../../src-preload/contract/errors.ts';
import { serializeError } from './app-error.ts';

export interface HandlerContext {
  /** Aborted when the renderer cancels the call or the caller goes away. */
  signal: AbortSignal;
}

export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
  context: HandlerContext,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

export type HandlerSet = { [C in ChannelName]: Handler<C> };

export interface IpcRouter {
  /** Validates, runs the handler, and always resolves: failures become `{ ok: false, error }`. */
  dispatch(callKey: string, channel: unknown, rawInput: unknown): Promise<IpcResult<unknown>>;
  /** Cancels one call in flight; unknown keys are ignored (the call may have just finished). */
  cancel(callKey: string): void;
  /** Cancels every call whose key starts with the prefix (a window or socket went away). */
  cancelAll(prefix: string): void;
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(input)', message: issue.message }));
}

export function createIpcRouter(handlers: HandlerSet): IpcRouter {
  const inFlight = new Map<string, AbortController>();

  async function run(channel: ChannelName, input: unknown, signal: AbortSignal): Promise<IpcResult<unknown>> {
    const parsed = channels[channel].input.safeParse(input);
    if (!parsed.success) {
      const issues = formatIssues(parsed.error.issues);
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: `Invalid input for "${channel}": ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}. Nothing was changed.`,
          details: { issues },
        },
      };
    }
    const handler = handlers[channel] as Handler<ChannelName>;
    try {
      const value = await handler(parsed.data as ChannelParsedInput<ChannelName>, { signal });
      if (signal.aborted) return { ok: false, error: { code: 'CANCELLED', message: 'The request was cancelled.' } };
      return { ok: true, value };
    } catch (failure) {
      if (signal.aborted) return { ok: false, error: { code: 'CANCELLED', message: 'The request was cancelled.' } };
      return { ok: false, error: serializeError(failure, channel) };
    }
  }

  return {
    async dispatch(callKey, channel, rawInput) {
      if (!isChannelName(channel)) {
        return {
          ok: false,
          error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel named "${String(channel)}".` },
        };
      }
      const controller = new AbortController();
      inFlight.set(callKey, controller);
      try {
        return await run(channel, rawInput, controller.signal);
      } finally {
        inFlight.delete(callKey);
      }
    },
    cancel(callKey) {
      inFlight.get(callKey)?.abort();
    },
    cancelAll(prefix) {
      for (const [key, controller] of inFlight) if (key.startsWith(prefix)) controller.abort();
    },
  };
}
