/**
 * The retries of one connection draw on a shared bucket (the AWS SDKs' standard retry mode is the model): a retry
 * costs tokens, a timeout or connection failure costs more, a success pays back. When the platform is down the
 * bucket empties and requests fail after one attempt instead of multiplying the load.
 */
export interface RetryBudget {
  /** Takes the tokens for one retry; false when the bucket cannot pay for it. */
  take(cost: number): boolean;
  /** A request succeeded: first time +1 token, after retries its last retry's cost comes back. */
  succeeded(lastRetryCost: number): void;
  available(): number;
}

export interface RetryBudgetOptions {
  capacity?: number;
}

export const RETRY_COST = 5;
export const TIMEOUT_RETRY_COST = 10;

export function createRetryBudget(options: RetryBudgetOptions = {}): RetryBudget {
  const capacity = Math.max(0, options.capacity ?? 100);
  let tokens = capacity;
  return {
    take(cost) {
      if (tokens < cost) return false;
      tokens -= cost;
      return true;
    },
    succeeded(lastRetryCost) {
      tokens = Math.min(capacity, tokens + (lastRetryCost > 0 ? lastRetryCost : 1));
    },
    available: () => tokens,
  };
}
