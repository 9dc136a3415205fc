import { parseHttpDate } from './http-date.ts';

/**
 * What X-RateLimit-*-Reset means is not documented: seconds to go, an epoch in seconds or in milliseconds, or an
 * HTTP date. The value's own size decides (a delay of 10^9 s would be 31 years; an epoch in seconds is 10^9 to
 * 10^12 until the year 33658), a Retry-After sent with it is the cross-check, and the decision is reported once.
 */
export type ResetForm = 'seconds-to-go' | 'epoch-seconds' | 'epoch-ms' | 'http-date';

export function resetFormOf(raw: string): ResetForm | null {
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    const value = Number(text);
    if (value >= 1e12) return 'epoch-ms';
    if (value >= 1e9) return 'epoch-seconds';
    return 'seconds-to-go';
  }
  return parseHttpDate(text) === null ? null : 'http-date';
}

/** The reset moment (epoch ms) of `raw` read in `form`. */
export function resetMoment(raw: string, form: ResetForm, now: number): number | null {
  const text = raw.trim();
  if (form === 'http-date') return parseHttpDate(text);
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  if (form === 'epoch-ms') return Math.round(value);
  if (form === 'epoch-seconds') return Math.round(value * 1000);
  return now + Math.round(value * 1000);
}

export interface ResetReport {
  form: ResetForm;
  /** Set when a Retry-After arrived with it: whether the two agree (within 5 s or 10 %). */
  agreesWithRetryAfter: boolean | null;
}

export interface ResetReader {
  /** The reset moment (epoch ms), or null when absent or unreadable. */
  read(raw: string | null, now: number, retryAfterMs?: number | null): number | null;
  form(): ResetForm | null;
}

/** Reads reset headers; `report` is told the form the first time it is decided and whenever it changes. */
export function createResetReader(report?: (decided: ResetReport) => void): ResetReader {
  let decided: ResetForm | null = null;
  let checked = false;
  return {
    read(raw, now, retryAfterMs) {
      if (raw === null || raw.trim() === '') return null;
      const form = resetFormOf(raw);
      if (form === null) return null;
      const at = resetMoment(raw, form, now);
      if (at === null) return null;
      let agrees: boolean | null = null;
      if (retryAfterMs !== undefined && retryAfterMs !== null) {
        const expected = now + retryAfterMs;
        agrees = Math.abs(at - expected) <= Math.max(5_000, retryAfterMs * 0.1);
      }
      if (form !== decided || (agrees !== null && !checked)) {
        decided = form;
        if (agrees !== null) checked = true;
        report?.({ form, agreesWithRetryAfter: agrees });
      }
      return at;
    },
    form: () => decided,
  };
}
