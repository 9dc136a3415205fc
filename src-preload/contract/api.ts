import type { ChannelInput, ChannelName, ChannelOutput } from './channels.ts';
import type { EventName, EventPayload } from './events.ts';

export interface InvokeOptions {
  signal?: AbortSignal;
}

/** The one object the preload (or the bridge client) puts on `window.noc`. */
export interface NocApi {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>, options?: InvokeOptions): Promise<ChannelOutput<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
