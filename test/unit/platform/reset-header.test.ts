import { describe, expect, it } from 'vitest';
import {
  createResetReader,
  resetFormOf,
  resetMoment,
  type ResetReport,
} from '../../../src-main/platform/reset-header.ts';

/** The report a reader makes of a reset that came with a Retry-After. */
function agreement(resetSecondsToGo: number, retryAfterMs: number): boolean | null {
  const reports: ResetReport[] = [];
  createResetReader((report) => reports.push(report)).read(String(resetSecondsToGo), 1_000, retryAfterMs);
  return reports[0]?.agreesWithRetryAfter ?? null;
}

describe('a reset header checked against the Retry-After sent with it', () => {
  it('agrees within 10 % of the wait, at the edge too', () => {
    expect(agreement(110, 100_000)).toBe(true);
    expect(agreement(90, 100_000)).toBe(true);
    expect(agreement(111, 100_000)).toBe(false);
  });

  it('agrees within 5 s where 10 % would be less', () => {
    expect(agreement(15, 10_000)).toBe(true);
    expect(agreement(16, 10_000)).toBe(false);
  });
});

describe('a reset header read as a date', () => {
  it('is read with spaces around it', () => {
    const at = Date.UTC(1994, 10, 6, 8, 49, 37);
    expect(createResetReader().read(' Sun, 06 Nov 1994 08:49:37 GMT ', 0)).toBe(at);
  });
});

describe('a reset value that is no number', () => {
  it('has no form, even when it starts with one', () => {
    expect(resetFormOf('60 seconds')).toBeNull();
    expect(resetFormOf('1.5 minutes')).toBeNull();
  });

  it('read in a number form is no moment: null, not NaN', () => {
    expect(resetMoment('soon', 'seconds-to-go', 1_000)).toBeNull();
    expect(resetMoment('soon', 'epoch-seconds', 1_000)).toBeNull();
    expect(resetMoment('soon', 'epoch-ms', 1_000)).toBeNull();
  });
});
