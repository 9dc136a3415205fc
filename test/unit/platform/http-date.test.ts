import { describe, expect, it } from 'vitest';
import { parseHttpDate } from '../../../src-main/platform/http-date.ts';
import { parseRetryAfter } from '../../../src-main/platform/rate-limit-headers.ts';
import { resetFormOf } from '../../../src-main/platform/reset-header.ts';

const NOV_6_1994 = Date.UTC(1994, 10, 6, 8, 49, 37);

describe('an HTTP date', () => {
  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', NOV_6_1994],
    ['Sunday, 06-Nov-94 08:49:37 GMT', NOV_6_1994],
    // asctime has no zone: it is GMT, whatever the computer's own zone
    ['Sun Nov  6 08:49:37 1994', NOV_6_1994],
    ['Sun Nov 16 08:49:37 1994', NOV_6_1994 + 10 * 86_400_000],
    ['1994-11-06T08:49:37Z', NOV_6_1994],
    ['1994-11-06T09:49:37+01:00', NOV_6_1994],
    ['1994-11-06T09:49:37+0100', NOV_6_1994],
    ['1994-11-06T08:49:37.250Z', NOV_6_1994 + 250],
    ['1994-11-06T08:49Z', NOV_6_1994 - 37_000],
  ])('%s is read', (text, moment) => {
    expect(parseHttpDate(text)).toBe(moment);
  });

  it.each([
    '60 seconds',
    'in 60',
    '1.25',
    '06 Nov 1994',
    '1994-11-06',
    'Sun, 06 Nov 1994 08:49:37',
    'soon',
    '',
    // a date with words around it is no header value
    'at Sun, 06 Nov 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 08:49:37 GMT or so',
    'at Sunday, 06-Nov-94 08:49:37 GMT',
    'Sunday, 06-Nov-94 08:49:37 GMT or so',
    'at Sun Nov  6 08:49:37 1994',
    'Sun Nov  6 08:49:37 1994 or so',
    'Sun Nov x6 08:49:37 1994',
    'Sun Nov -6 08:49:37 1994',
    'at 1994-11-06T08:49:37Z',
    '1994-11-06T08:49:37Z or so',
    // a zone where HTTP allows none: Date.parse would shift the moment by it
    'Sun, 06 Nov 1994 08:49:37 GMT+0100',
    'Sunday, 06-Nov-94 08:49:37 GMT+0100',
    'Sun Nov  6 08:49:37 1994 +0100',
    // Date.parse would read the leading number as a year, or the six-digit year
    '2026 (1994-11-06T08:49:37Z',
    '-001994-11-06T08:49:37Z',
  ])('%j is no date (Date.parse would take some of these)', (text) => {
    expect(parseHttpDate(text)).toBeNull();
  });

  it('a Retry-After or reset header that is neither a number nor a date is unreadable, not a wait long over', () => {
    expect(parseRetryAfter('60 seconds', 0)).toBeNull();
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:47 GMT', NOV_6_1994)).toBe(10_000);
    expect(resetFormOf('in 60')).toBeNull();
    expect(resetFormOf('Sun, 06 Nov 1994 08:49:37 GMT')).toBe('http-date');
  });
});
