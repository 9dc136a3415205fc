export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
}

/** Exponential backoff with "equal jitter": half fixed, half random, so retries never all collide nor reach 0. */
export function backoffDelay(failedAttempts: number, random: () => number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 250;
  const max = options.maxMs ?? 8_000;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, failedAttempts - 1));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}
