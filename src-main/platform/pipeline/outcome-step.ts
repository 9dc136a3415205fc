import { parseErrorBody, PlatformError, type PlatformErrorKind } from '../errors.ts';
import type { Redactor } from '../redact.ts';
import { parseRetryAfter } from '../rate-limit-headers.ts';
import type { Clock } from '../timers.ts';
import { isRetryableStatus, type Outcome, type PreparedRequest } from './types.ts';

export interface PlatformResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface OutcomeOptions {
  redactor: Redactor;
  now: Clock;
  maxResponseBytes: number;
}

/**
 * The last step: an answer, or an error the caller can act on. A request that is not repeatable and may have
 * reached the platform (sent and then lost, timed out, or answered 500/502/503/504) is 'unknown-outcome': the
 * caller reconciles by reading, it is never replayed blindly.
 */
export function outcomeStep(options: OutcomeOptions): (request: PreparedRequest, outcome: Outcome) => PlatformResponse {
  const { redactor, now } = options;
  return (request, { attempt, retryBudgetSpent }) => {
    const { method, path } = request;
    if (attempt.type === 'failure') {
      switch (attempt.failure) {
        case 'too-large':
          throw new PlatformError({ kind: 'response-too-large', method, path, maxBytes: options.maxResponseBytes });
        case 'stale-credentials':
          throw new PlatformError({ kind: 'signed-out', method, path });
        case 'cancelled':
          if (!request.repeatable && attempt.sent) throw new PlatformError({ kind: 'unknown-outcome', method, path });
          throw new PlatformError({ kind: 'cancelled', method, path });
        case 'network':
        case 'timeout':
          if (!request.repeatable && attempt.sent)
            throw new PlatformError({ kind: 'unknown-outcome', method, path, cause: attempt.code });
          throw new PlatformError({
            kind: attempt.failure,
            method,
            path,
            timeoutMs: request.timeoutMs,
            cause: attempt.code,
          });
      }
    }
    const { status, headers, body } = attempt;
    if (status >= 200 && status < 300) return { status, headers, body };
    let kind: PlatformErrorKind = 'http';
    if (status === 429) kind = 'rate-limited';
    else if (isRetryableStatus(status))
      kind = !request.repeatable ? 'unknown-outcome' : retryBudgetSpent ? 'unavailable' : 'http';
    const parsed = parseErrorBody(body);
    const retryAfterMs = status === 429 ? parseRetryAfter(headers.get('retry-after'), now()) : null;
    throw new PlatformError({
      kind,
      status,
      method,
      path,
      ...(parsed.platformMessage !== undefined ? { platformMessage: redactor.apply(parsed.platformMessage) } : {}),
      violations: parsed.violations.map((v) => ({ field: v.field, message: redactor.apply(v.message) })),
      ...(retryAfterMs !== null ? { retryAfterMs } : {}),
    });
  };
}
