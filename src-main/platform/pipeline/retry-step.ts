import { backoffDelay, type BackoffOptions } from '../backoff.ts';
import { PlatformError } from '../errors.ts';
import type { PlatformLogger } from '../logger.ts';
import { parseRetryAfter } from '../rate-limit-headers.ts';
import type { Clock, Sleep } from '../timers.ts';
import { RETRY_COST, TIMEOUT_RETRY_COST, type RetryBudget } from './retry-budget.ts';
import { isRetryableStatus, type Attempt, type Handler, type Outcome, type PreparedRequest } from './types.ts';

export interface RetryOptions {
  budget: RetryBudget;
  sleep: Sleep;
  now: Clock;
  random: () => number;
  backoff?: BackoffOptions;
  /** A 5xx's Retry-After is honoured up to this (default 60 s). */
  maxServerRetryAfterMs?: number;
  logger?: PlatformLogger;
}

/** What a retry of this attempt would cost, or null when it is not one to repeat. */
function retryCost(request: PreparedRequest, attempt: Attempt): number | null {
  if (!request.repeatable) return null;
  if (attempt.type === 'response') return isRetryableStatus(attempt.status) ? RETRY_COST : null;
  if (attempt.failure === 'network' || attempt.failure === 'timeout') return TIMEOUT_RETRY_COST;
  return null;
}

/**
 * Repeats a repeatable request after a transient fault (500, 502, 503, 504, connection failure, timeout) with
 * capped, jittered exponential backoff, up to its attempt cap and while the shared retry budget pays for it.
 * Requests that are not repeatable (POST, side-effect GETs) are sent once; the outcome step judges them.
 */
export function retryStep(options: RetryOptions): (request: PreparedRequest, next: Handler) => Promise<Outcome> {
  const { budget, sleep, now, random, logger } = options;
  const maxServerWait = options.maxServerRetryAfterMs ?? 60_000;
  return async (request, next) => {
    let lastCost = 0;
    for (let attempts = 1; ; attempts += 1) {
      const attempt = await next(request);
      const cost = retryCost(request, attempt);
      if (cost === null) {
        if (attempt.type === 'response' && attempt.status < 400) budget.succeeded(lastCost);
        return { attempt, attempts, retryBudgetSpent: false };
      }
      if (attempts >= request.maxAttempts) return { attempt, attempts, retryBudgetSpent: false };
      if (!budget.take(cost)) {
        logger?.warn?.('retry budget spent', { method: request.method, path: request.path, attempts });
        return { attempt, attempts, retryBudgetSpent: true };
      }
      lastCost = cost;
      const serverWait =
        attempt.type === 'response' ? (parseRetryAfter(attempt.headers.get('retry-after'), now()) ?? 0) : 0;
      const delay = Math.max(backoffDelay(attempts, random, options.backoff), Math.min(serverWait, maxServerWait));
      logger?.debug?.('platform request retried', {
        method: request.method,
        path: request.path,
        attempt: attempts,
        status: attempt.type === 'response' ? attempt.status : null,
        failure: attempt.type === 'failure' ? attempt.failure : null,
        delayMs: delay,
      });
      try {
        await sleep(delay, request.signal);
      } catch {
        throw new PlatformError({ kind: 'cancelled', method: request.method, path: request.path });
      }
    }
  };
}
