import { backoffDelay, isPlatformError } from '../platform/index.ts';
import type { Op } from './types.ts';

/** How often and how patiently a job sends an operation again after a transient failure. */
export interface RetryPolicy {
  /** Sends per operation at most, the first one included. */
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseMs: 1_000, maxMs: 15_000 };

const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);

/**
 * What a failed send means for the job: `rate-limited` is a wait, never a failure; `transient` may be sent again
 * (directly when the request only sets absolute values, after a read proves it did not land otherwise); `final`
 * is the platform's refusal or something a person must fix (signed out, another profile).
 */
export function failureKind(error: unknown): 'rate-limited' | 'transient' | 'final' {
  if (!isPlatformError(error)) return 'final';
  switch (error.kind) {
    case 'rate-limited':
      return 'rate-limited';
    case 'network':
    case 'timeout':
    case 'unknown-outcome':
      return 'transient';
    case 'http':
      return error.status !== undefined && TRANSIENT_STATUSES.has(error.status) ? 'transient' : 'final';
    default:
      return 'final';
  }
}

/** PATCH (absolute values, merge-patch) and DELETE may be repeated as they are; POST and side-effect GETs not. */
export const repeatable = (op: Op): boolean => op.request.method === 'PATCH' || op.request.method === 'DELETE';

/** Capped exponential backoff with jitter before attempt `attempts + 1`. */
export const retryDelay = (policy: RetryPolicy, attempts: number, random: () => number): number =>
  backoffDelay(attempts, random, { baseMs: policy.baseMs, maxMs: policy.maxMs });

/**
 * A retry budget shared by the jobs of one connection (the AWS SDKs' token bucket): a retry costs tokens, a
 * success gives one back, so when the platform is really down retries stop after a bounded number instead of
 * multiplying the load; every operation still gets its first send.
 */
export interface RetryBudget {
  /** Takes the cost of one retry; false when the budget is spent (the operation then ends with its last answer). */
  take(): boolean;
  succeeded(): void;
  readonly tokens: number;
}

export function createRetryBudget(capacity = 500, cost = 5): RetryBudget {
  let tokens = capacity;
  return {
    take() {
      if (tokens < cost) return false;
      tokens -= cost;
      return true;
    },
    succeeded() {
      tokens = Math.min(capacity, tokens + 1);
    },
    get tokens() {
      return tokens;
    },
  };
}
