import type { Clock } from '../timers.ts';
import type { Attempt, FetchLike, Handler } from './types.ts';

export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

// Failures where the request provably never left: safe to call a plain network error even for a POST.
const NOT_SENT_CODES = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'CERT_',
  'ERR_TLS_CERT',
  'SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'ERR_CONNECTION_REFUSED',
  'ERR_NAME_NOT_RESOLVED',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_ADDRESS_UNREACHABLE',
  'ERR_PROXY_CONNECTION_FAILED',
  'ERR_CERT_',
  'ERR_INVALID_URL',
];

export function errorCode(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const record = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof record.code === 'string') parts.push(record.code);
    if (typeof record.message === 'string') {
      const match = /net::([A-Z_]+)/.exec(record.message);
      if (match?.[1]) parts.push(match[1]);
    }
    current = record.cause;
  }
  return parts[0] ?? 'UNKNOWN';
}

export function provablyNotSent(code: string): boolean {
  return NOT_SENT_CODES.some((prefix) => code.startsWith(prefix) || code.includes(prefix));
}

function parseBody(text: string, contentType: string | null): unknown {
  if (text === '') return null;
  if (contentType !== null && /json/i.test(contentType)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

class TooLarge extends Error {}

/** The body as text, refusing (while reading, not after) anything over `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLarge();
  }
  // a declared length is enforced by the HTTP client itself: the native reader is then the fast path
  if (Number.isFinite(declared) || response.body === null) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export interface TransportOptions {
  fetch: FetchLike;
  now: Clock;
  maxResponseBytes?: number;
}

/** Sends once, with a timeout and a body cap; never throws: every failure is an Attempt saying whether it left. */
export function createTransport(options: TransportOptions): Handler {
  const { fetch, now } = options;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return async (request): Promise<Attempt> => {
    const { signal } = request;
    if (signal?.aborted) return { type: 'failure', failure: 'cancelled', sent: false, code: 'ABORTED' };
    if (request.credentialsValidUntil !== undefined && now() >= request.credentialsValidUntil) {
      // the credentials expired while the request queued: renew rather than spend a request on a certain 401
      return { type: 'failure', failure: 'stale-credentials', sent: false, code: 'STALE_CREDENTIALS' };
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    }, request.timeoutMs);
    const onAbort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const sentAt = now();
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
        redirect: 'error',
        signal: controller.signal,
      });
      request.onHead?.(response.status, response.headers);
      const text = await readCapped(response, maxBytes);
      return {
        type: 'response',
        status: response.status,
        headers: response.headers,
        body: parseBody(text, response.headers.get('content-type')),
        latencyMs: now() - sentAt,
        sentAt,
      };
    } catch (error) {
      if (error instanceof TooLarge) return { type: 'failure', failure: 'too-large', sent: true, code: 'TOO_LARGE' };
      if (timedOut) return { type: 'failure', failure: 'timeout', sent: true, code: 'TIMEOUT' };
      if (signal?.aborted) return { type: 'failure', failure: 'cancelled', sent: true, code: 'ABORTED' };
      const code = errorCode(error);
      return { type: 'failure', failure: 'network', sent: !provablyNotSent(code), code };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}
