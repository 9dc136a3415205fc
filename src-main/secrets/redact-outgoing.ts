import type { ChannelName } from '../../src-preload/contract/channels.ts';
import type { EventName } from '../../src-preload/contract/events.ts';
import type { EventHub } from '../ipc/event-hub.ts';
import type { IpcRouter } from '../ipc/router.ts';
import { redactDeep } from '../platform/redact.ts';

type Redact = (text: string) => string;

/**
 * The platform's rows: the grids' bulk data, passed on untouched (scanning 100,000 rows per open would cost
 * seconds). Every other answer and event, errors above all, is redacted on its way out of main.
 */
const ROW_CHANNELS: ReadonlySet<string> = new Set<ChannelName>(['grid:open', 'grid:lookups']);
const ROW_EVENTS: ReadonlySet<string> = new Set<EventName>(['grid:rows', 'grid:changes']);

/** Every IPC answer, failures always, with the live secrets masked. */
export function redactingRouter(router: IpcRouter, redact: Redact): IpcRouter {
  return {
    ...router,
    async dispatch(callKey, channel, rawInput) {
      const result = await router.dispatch(callKey, channel, rawInput);
      if (!result.ok) return { ok: false, error: redactDeep(result.error, redact) };
      if (typeof channel === 'string' && ROW_CHANNELS.has(channel)) return result;
      return { ok: true, value: redactDeep(result.value, redact) };
    },
  };
}

/** Every event towards the renderers, with the live secrets masked. */
export function redactingEvents(hub: EventHub, redact: Redact): EventHub {
  return {
    ...hub,
    emit(event, payload) {
      hub.emit(event, ROW_EVENTS.has(event) ? payload : redactDeep(payload, redact));
    },
  };
}
