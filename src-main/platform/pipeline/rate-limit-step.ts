import { PlatformError } from '../errors.ts';
import { BudgetHeld, type Governor } from '../governor.ts';
import type { PlatformLogger } from '../logger.ts';
import { parseRetryAfter } from '../rate-limit-headers.ts';
import type { Clock } from '../timers.ts';
import type { Attempt, Step } from './types.ts';

export interface RateLimitStepOptions {
  governor: Governor;
  now: Clock;
  logger?: PlatformLogger;
  /** A 429 without Retry-After holds the connection this long (default 30 s). */
  defaultHoldMs?: number;
  /** Re-queues after 429 before the request is reported rate-limited (default 20). */
  maxRequeues?: number;
}

/**
 * Sends through the governor (budget, slots, holds, priorities) and reads the budget from every answer. A 429
 * holds the whole connection until its Retry-After; the request that met it waits in the queue again: a 429 was
 * refused, not applied, so this is no retry and costs no attempt.
 */
export function rateLimitStep(options: RateLimitStepOptions): Step {
  const { governor, now, logger } = options;
  const defaultHold = options.defaultHoldMs ?? 30_000;
  const maxRequeues = options.maxRequeues ?? 20;
  const holdOf = (headers: Headers): number => parseRetryAfter(headers.get('retry-after'), now()) ?? defaultHold;
  return async (request, next) => {
    // a 429 holds everyone the moment its headers arrive, not after its body has been read
    const held: typeof request = {
      ...request,
      onHead: (status, headers) => {
        if (status === 429) governor.pause(holdOf(headers));
      },
    };
    for (let requeues = 0; ; requeues += 1) {
      let attempt: Attempt;
      try {
        attempt = await governor.run(
          async () => {
            const result = await next(held);
            // the budget is read before the slot is given back, so the next grant sees it
            if (result.type === 'response') governor.observe(result.headers, result.latencyMs, result.sentAt);
            return result;
          },
          {
            ...(request.signal ? { signal: request.signal } : {}),
            priority: request.priority,
            ...(request.priorityNow ? { priorityNow: request.priorityNow } : {}),
            yieldToHold: request.yieldToHold,
          },
        );
      } catch (error) {
        if (error instanceof BudgetHeld) {
          throw new PlatformError({
            kind: 'rate-limited',
            method: request.method,
            path: request.path,
            retryAfterMs: Math.max(0, error.hold.until - now()),
            hold: error.hold,
          });
        }
        throw new PlatformError({ kind: 'cancelled', method: request.method, path: request.path });
      }
      if (attempt.type !== 'response' || attempt.status !== 429) return attempt;
      logger?.warn?.('platform rate limit', {
        method: request.method,
        path: request.path,
        retryAfterMs: holdOf(attempt.headers),
      });
      if (requeues >= maxRequeues) return attempt;
    }
  };
}
