import { backoffDelay } from './backoff.ts';
import { parseErrorBody, PlatformError, type PlatformErrorKind } from './errors.ts';
import { HoldTooLong, type Governor } from './governor.ts';
import { parseRetryAfter } from './rate-limit-headers.ts';
import type { Redactor } from './redact.ts';
import type { AuthTicket, Session } from './session.ts';
import type { Clock, Sleep } from './timers.ts';
import { buildUrl, type QueryInput } from './url.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

/** Node's global fetch in tests, Electron's net.fetch in the app. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type LogFields = Record<string, string | number | boolean | null | undefined>;
export interface PlatformLogger {
  debug?(message: string, fields?: LogFields): void;
  info?(message: string, fields?: LogFields): void;
  warn?(message: string, fields?: LogFields): void;
  error?(message: string, fields?: LogFields): void;
}

export interface RequestOptions {
  method?: HttpMethod;
  /** A path ("/phonenumbers/12") or an IRI from the platform, possibly with a query string. */
  path: string;
  query?: QueryInput;
  /** Serialised as JSON (merge-patch JSON for PATCH). */
  body?: unknown;
  signal?: AbortSignal;
  /**
   * false: send once, never repeat — for GETs with side effects (number-block split, end-cool-off); their
   * ambiguous failures are reported as 'unknown-outcome' like a POST's. {attempts}: override the bound.
   */
  retry?: boolean | { attempts: number };
  /** Overrides the method's default: true lets a POST without side effects (sign-in) be repeated. */
  idempotent?: boolean;
  timeoutMs?: number;
  /** false for the sign-in request itself. */
  authenticate?: boolean;
}

export interface PlatformResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface PipelineOptions {
  baseUrl: string;
  fetch: FetchLike;
  governor: Governor;
  session: Session | null;
  redactor: Redactor;
  now: Clock;
  sleep: Sleep;
  random: () => number;
  timeoutMs?: number;
  maxAttempts?: number;
  /** A Retry-After longer than this is not waited out inside a request: the call fails 'rate-limited'. */
  maxRetryAfterMs?: number;
  backoff?: { baseMs?: number; maxMs?: number };
  logger?: PlatformLogger;
}

export interface Pipeline {
  send(options: RequestOptions): Promise<PlatformResponse>;
}

type Attempt =
  | { type: 'response'; status: number; headers: Headers; body: unknown; latencyMs: number }
  | { type: 'failure'; failure: 'network' | 'timeout' | 'cancelled'; sent: boolean; code: string };

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const AMBIGUOUS_STATUSES = new Set([502, 503, 504]);

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

function errorCode(error: unknown): string {
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

function provablyNotSent(code: string): boolean {
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

export function createPipeline(options: PipelineOptions): Pipeline {
  const { fetch, governor, session, redactor, now, sleep, random, logger } = options;
  const defaultTimeout = options.timeoutMs ?? 30_000;
  const defaultAttempts = Math.max(1, options.maxAttempts ?? 5);
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;

  async function attemptOnce(
    url: string,
    init: RequestInit,
    signal: AbortSignal | undefined,
    timeoutMs: number,
  ): Promise<Attempt> {
    if (signal?.aborted) return { type: 'failure', failure: 'cancelled', sent: false, code: 'ABORTED' };
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    }, timeoutMs);
    const onAbort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const started = now();
    try {
      const response = await fetch(url, { ...init, signal: controller.signal });
      const text = await response.text();
      return {
        type: 'response',
        status: response.status,
        headers: response.headers,
        body: parseBody(text, response.headers.get('content-type')),
        latencyMs: now() - started,
      };
    } catch (error) {
      if (timedOut) return { type: 'failure', failure: 'timeout', sent: true, code: 'TIMEOUT' };
      if (signal?.aborted) return { type: 'failure', failure: 'cancelled', sent: true, code: 'ABORTED' };
      const code = errorCode(error);
      return { type: 'failure', failure: 'network', sent: !provablyNotSent(code), code };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  function fromResponse(
    kind: PlatformErrorKind,
    method: string,
    path: string,
    status: number,
    body: unknown,
    retryAfterMs?: number,
  ): PlatformError {
    const parsed = parseErrorBody(body);
    return new PlatformError({
      kind,
      status,
      method,
      path,
      ...(parsed.platformMessage !== undefined ? { platformMessage: redactor.apply(parsed.platformMessage) } : {}),
      violations: parsed.violations.map((v) => ({ field: v.field, message: redactor.apply(v.message) })),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }

  async function send(request: RequestOptions): Promise<PlatformResponse> {
    const method = request.method ?? 'GET';
    const url = buildUrl(options.baseUrl, request.path, request.query);
    const path = url.pathname;
    const context = { method, path };
    const timeoutMs = request.timeoutMs ?? defaultTimeout;
    const methodIdempotent = method === 'GET' || method === 'HEAD' || method === 'PATCH' || method === 'DELETE';
    const safeToRepeat = request.retry !== false && (request.idempotent ?? methodIdempotent);
    const maxAttempts = !safeToRepeat
      ? 1
      : typeof request.retry === 'object'
        ? Math.max(1, request.retry.attempts)
        : defaultAttempts;
    const authenticate = request.authenticate !== false && session !== null;
    const signal = request.signal;

    const baseHeaders: Record<string, string> = { Accept: 'application/ld+json' };
    let payload: string | undefined;
    if (request.body !== undefined) {
      payload = JSON.stringify(request.body);
      baseHeaders['Content-Type'] = method === 'PATCH' ? 'application/merge-patch+json' : 'application/json';
    } else if (method === 'PATCH') {
      baseHeaders['Content-Type'] = 'application/merge-patch+json';
    }

    const cancelled = (): PlatformError => new PlatformError({ kind: 'cancelled', method, path });
    let ticket: AuthTicket | null = null;
    let renewed = false;
    let attempt = 0;

    for (;;) {
      attempt += 1;
      if (signal?.aborted) throw cancelled();
      if (authenticate && session !== null && ticket === null) ticket = await session.ticket(context, signal);
      const init: RequestInit = {
        method,
        headers: { ...baseHeaders, ...(ticket?.headers ?? {}) },
        ...(payload !== undefined ? { body: payload } : {}),
        redirect: 'error',
      };

      let result: Attempt;
      try {
        result = await governor.run(() => attemptOnce(url.href, init, signal, timeoutMs), {
          ...(signal ? { signal } : {}),
          maxHoldMs: maxRetryAfterMs,
        });
      } catch (error) {
        if (error instanceof HoldTooLong) {
          // the platform asked for a long pause (hourly budget used up): say so now instead of hanging
          throw new PlatformError({
            kind: 'rate-limited',
            method,
            path,
            retryAfterMs: Math.max(0, error.until - now()),
          });
        }
        throw cancelled();
      }

      if (result.type === 'failure') {
        logger?.warn?.('platform request failed', {
          method,
          path,
          attempt,
          failure: result.failure,
          code: result.code,
        });
        if (result.failure === 'cancelled') {
          if (!safeToRepeat && result.sent) throw new PlatformError({ kind: 'unknown-outcome', method, path });
          throw cancelled();
        }
        session?.unreachable();
        if (safeToRepeat && attempt < maxAttempts) {
          await pause(backoffDelay(attempt, random, options.backoff), signal, cancelled);
          continue;
        }
        if (!safeToRepeat && result.sent)
          throw new PlatformError({ kind: 'unknown-outcome', method, path, cause: result.code });
        throw new PlatformError({ kind: result.failure, method, path, timeoutMs, cause: result.code });
      }

      const { status, headers, body, latencyMs } = result;
      governor.observe(headers, latencyMs);
      logger?.debug?.('platform request', { method, path, status, attempt, ms: Math.round(latencyMs) });

      if (status === 401 && authenticate && session !== null && ticket !== null) {
        const platformMessage = parseErrorBody(body).platformMessage;
        if (!renewed) {
          renewed = true;
          attempt -= 1;
          ticket = await session.rejected(ticket, context, signal);
          continue;
        }
        throw session.refusedAfterRenewal(context, platformMessage ? redactor.apply(platformMessage) : undefined);
      }
      session?.reachable();

      if (status >= 200 && status < 300) return { status, headers, body };

      if (status === 429) {
        const retryAfter = parseRetryAfter(headers.get('retry-after'), now());
        const hold = retryAfter ?? backoffDelay(attempt, random, { baseMs: 1_000, maxMs: 30_000 });
        governor.pause(hold);
        logger?.warn?.('platform rate limit', { method, path, attempt, retryAfterMs: hold });
        // a 429 was refused, not applied; only repeatable requests are repeated automatically
        if (safeToRepeat && attempt < maxAttempts && hold <= maxRetryAfterMs) continue;
        throw fromResponse('rate-limited', method, path, status, body, hold);
      }

      if (RETRY_STATUSES.has(status) && safeToRepeat && attempt < maxAttempts) {
        const retryAfter = parseRetryAfter(headers.get('retry-after'), now()) ?? 0;
        const delay = Math.max(backoffDelay(attempt, random, options.backoff), Math.min(retryAfter, maxRetryAfterMs));
        await pause(delay, signal, cancelled);
        continue;
      }
      if (AMBIGUOUS_STATUSES.has(status) && !safeToRepeat) {
        throw fromResponse('unknown-outcome', method, path, status, body);
      }
      throw fromResponse('http', method, path, status, body);
    }
  }

  async function pause(ms: number, signal: AbortSignal | undefined, cancelled: () => PlatformError): Promise<void> {
    try {
      await sleep(ms, signal);
    } catch {
      throw cancelled();
    }
  }

  return { send };
}
