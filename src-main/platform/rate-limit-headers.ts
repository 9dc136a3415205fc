import { parseHttpDate } from './http-date.ts';
import { createResetReader, resetFormOf, resetMoment, type ResetReader } from './reset-header.ts';

export interface HeaderReader {
  get(name: string): string | null;
}

export interface RateWindow {
  limit: number | null;
  remaining: number | null;
  /** Epoch milliseconds when the window resets, if the platform said. */
  resetAt: number | null;
}

export interface RateLimitHeaders {
  hour: RateWindow | null;
  day: RateWindow | null;
}

function intHeader(headers: HeaderReader, name: string): number | null {
  const raw = headers.get(name);
  if (raw === null) return null;
  const value = Number(raw.trim());
  return Number.isFinite(value) && raw.trim() !== '' ? value : null;
}

/** A reset header's moment (epoch ms) read on its own, in the form its value shows (see reset-header.ts). */
export function parseReset(raw: string | null, now: number): number | null {
  if (raw === null) return null;
  const form = resetFormOf(raw);
  return form === null ? null : resetMoment(raw, form, now);
}

function window(
  headers: HeaderReader,
  prefix: string,
  now: number,
  reader: ResetReader,
  retryAfterMs: number | null,
): RateWindow | null {
  const limit = intHeader(headers, `${prefix}-Limit`);
  const remaining = intHeader(headers, `${prefix}-Remaining`);
  // only a spent window's reset can be compared with the Retry-After of the 429 it caused
  const crossCheck = remaining !== null && remaining <= 0 ? retryAfterMs : null;
  const resetAt = reader.read(headers.get(`${prefix}-Reset`), now, crossCheck);
  if (limit === null && remaining === null && resetAt === null) return null;
  return { limit, remaining, resetAt };
}

/** Both windows; `reader` (one per client) remembers how the platform writes its reset times. */
export function parseRateLimitHeaders(
  headers: HeaderReader,
  now: number,
  reader: ResetReader = createResetReader(),
): RateLimitHeaders {
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
  return {
    hour: window(headers, 'X-RateLimit-1H', now, reader, retryAfterMs),
    day: window(headers, 'X-RateLimit-24H', now, reader, retryAfterMs),
  };
}

/** Retry-After as a delay in ms from `now`: delta-seconds or an HTTP date. Null when absent or unreadable. */
export function parseRetryAfter(raw: string | null, now: number): number | null {
  if (raw === null) return null;
  const text = raw.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = parseHttpDate(text);
  return date === null ? null : Math.max(0, date - now);
}
