import { describe, expect, it } from 'vitest';
import { parseRateLimitHeaders, type HeaderReader } from '../../../src-main/platform/rate-limit-headers.ts';
import { createResetReader, type ResetReport } from '../../../src-main/platform/reset-header.ts';

/** A reader that hands values back exactly as given, as any HeaderReader may (fetch's Headers trims them). */
function exactly(values: Record<string, string>): HeaderReader {
  return { get: (name) => values[name] ?? null };
}

/** What the reset reader reports while the headers of one answer are read. */
function resetReportsOf(headers: Headers): ResetReport[] {
  const reports: ResetReport[] = [];
  parseRateLimitHeaders(
    headers,
    1_000,
    createResetReader((report) => reports.push(report)),
  );
  return reports;
}

describe('rate-limit windows', () => {
  it('a count that is blank or no number is unknown, not zero', () => {
    const headers = new Headers({
      'X-RateLimit-1H-Limit': '1000',
      'X-RateLimit-1H-Remaining': '',
      'X-RateLimit-24H-Limit': 'lots',
      'X-RateLimit-24H-Remaining': '9990',
    });
    expect(parseRateLimitHeaders(headers, 0)).toEqual({
      hour: { limit: 1000, remaining: null, resetAt: null },
      day: { limit: null, remaining: 9990, resetAt: null },
    });
  });

  it('a count of spaces only is unknown too, and a count with spaces around it is read', () => {
    const headers = exactly({
      'X-RateLimit-1H-Limit': ' 1000 ',
      'X-RateLimit-1H-Remaining': '   ',
    });
    expect(parseRateLimitHeaders(headers, 0).hour).toEqual({ limit: 1000, remaining: null, resetAt: null });
  });

  it('any one of the three headers makes a window', () => {
    const limitOnly = new Headers({ 'X-RateLimit-1H-Limit': '1000', 'X-RateLimit-24H-Remaining': '9990' });
    expect(parseRateLimitHeaders(limitOnly, 0)).toEqual({
      hour: { limit: 1000, remaining: null, resetAt: null },
      day: { limit: null, remaining: 9990, resetAt: null },
    });
    const resetOnly = new Headers({
      'X-RateLimit-1H-Reset': '60',
      'X-RateLimit-24H-Limit': '10000',
      'X-RateLimit-24H-Remaining': '9990',
    });
    expect(parseRateLimitHeaders(resetOnly, 1_000)).toEqual({
      hour: { limit: null, remaining: null, resetAt: 61_000 },
      day: { limit: 10_000, remaining: 9990, resetAt: null },
    });
  });

  it('compares a Retry-After with the reset of a spent window only, where the 429 came from', () => {
    const spent = { 'Retry-After': '60', 'X-RateLimit-1H-Remaining': '0', 'X-RateLimit-1H-Reset': '60' };
    expect(resetReportsOf(new Headers(spent))).toEqual([{ form: 'seconds-to-go', agreesWithRetryAfter: true }]);
    // a window with requests left did not cause the 429: its reset says nothing about the Retry-After
    const left = { 'Retry-After': '60', 'X-RateLimit-1H-Remaining': '5', 'X-RateLimit-1H-Reset': '3600' };
    expect(resetReportsOf(new Headers(left))).toEqual([{ form: 'seconds-to-go', agreesWithRetryAfter: null }]);
  });
});
