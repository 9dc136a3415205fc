import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src-main/platform/backoff.ts';
import { validateBaseUrl } from '../../../src-main/platform/base-url.ts';
import { readJwtClaims, renewAt } from '../../../src-main/platform/jwt.ts';
import { parseRateLimitHeaders, parseReset, parseRetryAfter } from '../../../src-main/platform/rate-limit-headers.ts';
import { createRedactor } from '../../../src-main/platform/redact.ts';
import { buildUrl } from '../../../src-main/platform/url.ts';
import { logText } from '../../../src-main/logging/ui-text.ts';
import { dutch, english } from '../../support/ui-text.ts';
import { fakeJwt } from './tiny-server.ts';

describe('readJwtClaims', () => {
  it('reads exp, iat and username from the payload', () => {
    const token = fakeJwt({ exp: 1_800_000_000, iat: 1_799_996_400, username: 'noc@reseller.nl' });
    expect(readJwtClaims(token)).toEqual({
      expiresAt: 1_800_000_000_000,
      issuedAt: 1_799_996_400_000,
      username: 'noc@reseller.nl',
    });
  });
  it('handles UTF-8 and base64url padding', () => {
    expect(readJwtClaims(fakeJwt({ username: 'jöran', exp: 1 })).username).toBe('jöran');
  });
  it('yields nothing for opaque or broken tokens instead of throwing', () => {
    expect(readJwtClaims('opaque-token')).toEqual({});
    expect(readJwtClaims('a.%%%.c')).toEqual({});
    expect(readJwtClaims(`a.${Buffer.from('not json').toString('base64url')}.c`)).toEqual({});
    expect(readJwtClaims(`a.${Buffer.from('"str"').toString('base64url')}.c`)).toEqual({});
  });
});

describe('renewAt', () => {
  it('renews 30 s before exp for an hour-long token', () => {
    const iat = 1_000_000_000;
    expect(renewAt({ issuedAt: iat, expiresAt: iat + 3_600_000 }, iat)).toBe(iat + 3_600_000 - 30_000);
  });
  it('keeps the skew to a tenth of a short lifetime so short tokens are reused', () => {
    expect(renewAt({ expiresAt: 12_000 }, 10_000)).toBe(12_000 - 200);
  });
  it('never expires a token without exp', () => {
    expect(renewAt({}, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with jitter between half and the full ceiling, capped', () => {
    expect(backoffDelay(1, () => 0)).toBe(125);
    expect(backoffDelay(1, () => 1)).toBe(250);
    expect(backoffDelay(3, () => 0.5)).toBe(750);
    expect(backoffDelay(20, () => 1)).toBe(8_000);
    expect(backoffDelay(2, () => 1, { baseMs: 10, maxMs: 15 })).toBe(15);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-04-01T10:00:00Z');
  it('reads delta seconds', () => {
    expect(parseRetryAfter('2', now)).toBe(2_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });
  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Wed, 01 Apr 2026 10:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Wed, 01 Apr 2026 09:00:00 GMT', now)).toBe(0);
  });
  it('reads delta seconds of several digits and with a fraction', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('1.25', now)).toBe(1_250);
  });
  it('reads an asctime date, which ends in digits like a number of seconds', () => {
    expect(parseRetryAfter('Wed Apr  1 10:00:05 2026', now)).toBe(5_000);
  });
  it('returns null when absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
  });
});

describe('rate-limit headers', () => {
  it('parses both windows', () => {
    const headers = new Headers({
      'X-RateLimit-1H-Limit': '1000',
      'X-RateLimit-1H-Remaining': '998',
      'X-RateLimit-1H-Reset': '120',
      'X-RateLimit-24H-Limit': '10000',
      'X-RateLimit-24H-Remaining': '9990',
      'X-RateLimit-24H-Reset': '1800000000',
    });
    expect(parseRateLimitHeaders(headers, 5_000)).toEqual({
      hour: { limit: 1000, remaining: 998, resetAt: 125_000 },
      day: { limit: 10_000, remaining: 9990, resetAt: 1_800_000_000_000 },
    });
  });
  it('returns null windows when absent', () => {
    expect(parseRateLimitHeaders(new Headers(), 0)).toEqual({ hour: null, day: null });
  });
  it('reads resets as seconds, epoch seconds, epoch ms or dates', () => {
    expect(parseReset('60', 1_000)).toBe(61_000);
    expect(parseReset('1800000000', 0)).toBe(1_800_000_000_000);
    expect(parseReset('1800000000000', 0)).toBe(1_800_000_000_000);
    expect(parseReset('Wed, 01 Apr 2026 10:00:00 GMT', 0)).toBe(Date.parse('2026-04-01T10:00:00Z'));
    expect(parseReset('x', 0)).toBeNull();
  });
  it('reads a reset at each edge: spaces, a fraction, the first epoch second and millisecond, and what is no number', () => {
    expect(parseReset(' 60 ', 1_000)).toBe(61_000);
    // a fraction of a second, not a date that Date.parse would make of "1.25"
    expect(parseReset('1.25', 1_000)).toBe(2_250);
    expect(parseReset('1000000000', 5)).toBe(1_000_000_000_000);
    expect(parseReset('1800000000', 1_000)).toBe(1_800_000_000_000);
    expect(parseReset('1000000000000', 5)).toBe(1_000_000_000_000);
    expect(parseReset('in 60', 0)).toBeNull();
    expect(parseReset('60 seconds', 0)).toBeNull();
    expect(parseReset('', 0)).toBeNull();
  });
});

describe('validateBaseUrl', () => {
  it('accepts https and normalises a trailing slash', () => {
    expect(validateBaseUrl('https://api.example.nl/')).toEqual({ ok: true, url: 'https://api.example.nl' });
    expect(validateBaseUrl(' https://api.example.nl/api/ ')).toEqual({ ok: true, url: 'https://api.example.nl/api' });
  });
  it.each(['http://localhost:8080', 'http://127.0.0.1:4000', 'http://127.1.2.3', 'http://[::1]:9000'])(
    'accepts plain http for loopback %s',
    (url) => {
      expect(validateBaseUrl(url).ok).toBe(true);
    },
  );
  it.each([
    ['http://api.example.nl', /Plain http is refused for api\.example\.nl/],
    ['http://10.0.0.5', /Plain http is refused/],
    ['http://128.0.0.1', /Plain http is refused/],
    ['http://localhost.evil.com', /Plain http is refused/],
    ['http://demo.localhost', /Plain http is refused/],
    ['http://anything.localhost:3000', /Plain http is refused/],
    ['ftp://api.example.nl', /"ftp" is not supported/],
    ['api.example.nl', /"api.example.nl" is not a valid address/],
    ['', /empty/],
    ['https://user:pw@api.example.nl', /must not contain a user name or password/],
    ['https://api.example.nl/?x=1', /nothing after a "\?" or "#"/],
  ])('refuses %s with a reason', (url, reason) => {
    const result = validateBaseUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(english(result.text)).toMatch(reason);
      expect(result.reason).toBe(logText(result.text));
    }
  });
  it('says why in Dutch too', () => {
    const result = validateBaseUrl('http://api.example.nl');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(dutch(result.text)).toBe(
        'Gewoon http wordt geweigerd voor api.example.nl: wachtwoorden en tokens zouden onversleuteld over het netwerk gaan. Gebruik https:// (gewoon http mag alleen voor deze computer zelf).',
      );
    }
  });
});

describe('buildUrl', () => {
  it('joins base path and path, and sets query parameters', () => {
    expect(buildUrl('https://a.nl/api', '/phonenumbers', { page: 2, itemsPerPage: 500, x: undefined }).href).toBe(
      'https://a.nl/api/phonenumbers?page=2&itemsPerPage=500',
    );
  });
  it('does not double the base path of an IRI and lets the query override the link', () => {
    expect(buildUrl('https://a.nl/api', '/api/phonenumbers?page=2&itemsPerPage=500', { page: 3 }).href).toBe(
      'https://a.nl/api/phonenumbers?page=3&itemsPerPage=500',
    );
  });
  it('repeats array parameters', () => {
    expect(buildUrl('https://a.nl', '/invoices', { 'exclude[]': ['invoiceLines', 'invoiceUploads'] }).search).toBe(
      '?exclude%5B%5D=invoiceLines&exclude%5B%5D=invoiceUploads',
    );
  });
  it('refuses links to another host', () => {
    expect(() => buildUrl('https://a.nl', 'https://evil.example/x')).toThrow(/another host/);
  });
});

describe('redactor', () => {
  it('scrubs registered secrets and anything that looks like a JWT', () => {
    const redactor = createRedactor();
    redactor.add('hunter2-secret');
    redactor.add('ab');
    const jwt = fakeJwt({ username: 'x', exp: 1 });
    expect(redactor.apply(`bad password hunter2-secret and token ${jwt} ab`)).toBe(
      'bad password [redacted] and token [redacted] ab',
    );
  });
});
