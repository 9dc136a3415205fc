import type { BackoffOptions } from './backoff.ts';
import type { Governor, Priority } from './governor.ts';
import type { PlatformLogger } from './logger.ts';
import { authStep } from './pipeline/auth-step.ts';
import { outcomeStep, type PlatformResponse } from './pipeline/outcome-step.ts';
import { rateLimitStep } from './pipeline/rate-limit-step.ts';
import type { RetryBudget } from './pipeline/retry-budget.ts';
import { retryStep } from './pipeline/retry-step.ts';
import { createTransport, DEFAULT_MAX_RESPONSE_BYTES } from './pipeline/transport.ts';
import { compose, type FetchLike, type HttpMethod, type PreparedRequest } from './pipeline/types.ts';
import type { Redactor } from './redact.ts';
import type { Session } from './session.ts';
import type { Clock, Sleep } from './timers.ts';
import { buildUrl, type QueryInput } from './url.ts';

export type { LogFields, PlatformLogger } from './logger.ts';
export type { PlatformResponse } from './pipeline/outcome-step.ts';
export type { FetchLike, HttpMethod } from './pipeline/types.ts';

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
  /**
   * 'interactive' (default): the operator waits for it; it goes first and waits out any hold.
   * 'background': refreshes; it yields to a long budget hold with 'rate-limited' carrying the hold.
   */
  priority?: Priority;
  /** The priority as it is now, read while the request waits for the governor (see RunOptions.priorityNow). */
  priorityNow?: () => Priority;
  /** Default: true for background work. true: a long hold ends the wait with 'rate-limited' carrying the hold. */
  yieldToHold?: boolean;
}

export interface PipelineOptions {
  baseUrl: string;
  fetch: FetchLike;
  governor: Governor;
  session: Session | null;
  redactor: Redactor;
  retryBudget: RetryBudget;
  now: Clock;
  sleep: Sleep;
  random: () => number;
  timeoutMs?: number;
  maxAttempts?: number;
  backoff?: BackoffOptions;
  maxResponseBytes?: number;
  logger?: PlatformLogger;
}

export interface Pipeline {
  send(options: RequestOptions): Promise<PlatformResponse>;
}

const REPEATABLE = new Set<HttpMethod>(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);

/**
 * The request pipeline, outside in: retry and backoff, authentication and renewal, the rate-limit governor, the
 * transport; the outcome step turns what came back into an answer or a PlatformError.
 */
export function createPipeline(options: PipelineOptions): Pipeline {
  const { now, logger } = options;
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const handler = compose(
    [
      authStep(options.session, options.redactor),
      rateLimitStep({ governor: options.governor, now, ...(logger ? { logger } : {}) }),
    ],
    createTransport({ fetch: options.fetch, now, maxResponseBytes }),
  );
  const retry = retryStep({
    budget: options.retryBudget,
    sleep: options.sleep,
    now,
    random: options.random,
    ...(options.backoff ? { backoff: options.backoff } : {}),
    ...(logger ? { logger } : {}),
  });
  const outcome = outcomeStep({ redactor: options.redactor, now, maxResponseBytes });

  function prepare(request: RequestOptions): PreparedRequest {
    const method = request.method ?? 'GET';
    const url = buildUrl(options.baseUrl, request.path, request.query);
    const repeatable = request.retry !== false && (request.idempotent ?? REPEATABLE.has(method));
    const headers: Record<string, string> = { Accept: 'application/ld+json' };
    let body: string | undefined;
    if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      headers['Content-Type'] = method === 'PATCH' ? 'application/merge-patch+json' : 'application/json';
    } else if (method === 'PATCH') {
      headers['Content-Type'] = 'application/merge-patch+json';
    }
    return {
      method,
      url: url.href,
      path: url.pathname,
      headers,
      body,
      signal: request.signal,
      timeoutMs: request.timeoutMs ?? options.timeoutMs ?? 30_000,
      priority: request.priority ?? 'interactive',
      ...(request.priorityNow ? { priorityNow: request.priorityNow } : {}),
      yieldToHold: request.yieldToHold ?? request.priority === 'background',
      repeatable,
      maxAttempts: !repeatable
        ? 1
        : typeof request.retry === 'object'
          ? Math.max(1, request.retry.attempts)
          : Math.max(1, options.maxAttempts ?? 5),
      authenticate: request.authenticate !== false && options.session !== null,
    };
  }

  return {
    async send(request) {
      const prepared = prepare(request);
      const result = await retry(prepared, handler);
      const { attempt } = result;
      logger?.debug?.('platform request', {
        method: prepared.method,
        path: prepared.path,
        status: attempt.type === 'response' ? attempt.status : null,
        failure: attempt.type === 'failure' ? attempt.failure : null,
        attempts: result.attempts,
        ms: attempt.type === 'response' ? Math.round(attempt.latencyMs) : null,
      });
      if (attempt.type === 'failure' && attempt.failure !== 'cancelled') {
        logger?.warn?.('platform request failed', {
          method: prepared.method,
          path: prepared.path,
          attempts: result.attempts,
          failure: attempt.failure,
          code: attempt.code,
        });
      }
      return outcome(prepared, result);
    },
  };
}
