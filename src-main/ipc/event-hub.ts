import type { EventName, EventPayload } from '../../src-preload/contract/events.ts';

export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Main-side services emit here; each transport subscribes and forwards to its renderers. */
export interface EventHub {
  emit: EventSink;
  subscribe(sink: EventSink): () => void;
}

export function createEventHub(): EventHub {
  const sinks = new Set<EventSink>();
  return {
    emit(event, payload) {
      for (const sink of sinks) sink(event, payload);
    },
    subscribe(sink) {
      sinks.add(sink);
      return () => {
        sinks.delete(sink);
      };
    },
  };
}
