import type { IpcResult } from './contract/errors.ts';

/** What a transport (Electron IPC or the bridge's WebSocket) must offer for `window.noc` to be built on it. */
export interface RawTransport {
  invoke(callId: number, channel: string, input: unknown): Promise<IpcResult<unknown>>;
  cancel(callId: number): void;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Defines `window.noc` in the world it runs in. It must stay self-contained: the preload hands it to
 * `contextBridge.executeInMainWorld`, which serializes the function, so it may use nothing from outside its body.
 * It runs in the page's world so that an AbortSignal can be used there; a signal cannot cross the context bridge.
 */
export function installNocApi(raw: RawTransport, target: object = globalThis): void {
  let nextCallId = 0;
  const toError = (error: { code: string; message: string; details?: unknown }): Error => {
    const failure = new Error(error.message) as Error & { code: string; details?: unknown };
    failure.name = 'NocError';
    failure.code = error.code;
    failure.details = error.details;
    return failure;
  };
  const api = {
    invoke(channel: string, input: unknown, options?: { signal?: AbortSignal }): Promise<unknown> {
      const signal = options?.signal;
      if (signal?.aborted) {
        return Promise.reject(toError({ code: 'CANCELLED', message: 'The request was cancelled before it was sent.' }));
      }
      nextCallId += 1;
      const callId = nextCallId;
      return new Promise((resolve, reject) => {
        const onAbort = (): void => {
          raw.cancel(callId);
          reject(toError({ code: 'CANCELLED', message: 'The request was cancelled.' }));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        raw.invoke(callId, channel, input).then(
          (result) => {
            signal?.removeEventListener('abort', onAbort);
            if (result.ok) resolve(result.value);
            else reject(toError(result.error));
          },
          (failure: unknown) => {
            signal?.removeEventListener('abort', onAbort);
            const message = failure instanceof Error ? failure.message : String(failure);
            reject(toError({ code: 'TRANSPORT', message: `The console's main process did not answer: ${message}` }));
          },
        );
      });
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      return raw.on(event, listener);
    },
  };
  Object.defineProperty(target, 'noc', { value: Object.freeze(api), enumerable: true });
}
