import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src-main/demo/rate-limiter.ts';

const hourReset = (headers: Record<string, string>): string => headers['X-RateLimit-1H-Reset'] ?? '';

describe('the demo rate limiter', () => {
  it('writes the reset moment rounded once, whenever the headers are written', () => {
    const hit = 1_700_000_000_250;
    const limiter = createRateLimiter({ hourLimit: 5, dayLimit: 50, hourWindowMs: 1_500, resetForm: 'epoch-seconds' });
    expect(limiter.take(hit)).toEqual({ ok: true });
    // The window ends at hit + 1500 = …001.750 s, so the reset is second …002, also when written 900 ms later.
    expect(hourReset(limiter.headers(hit))).toBe('1700000002');
    expect(hourReset(limiter.headers(hit + 900))).toBe('1700000002');
  });

  it('writes epoch milliseconds exactly, and seconds to go rounded up', () => {
    const hit = 1_700_000_000_250;
    const ms = createRateLimiter({ hourLimit: 5, dayLimit: 50, hourWindowMs: 1_500, resetForm: 'epoch-ms' });
    const toGo = createRateLimiter({ hourLimit: 5, dayLimit: 50, hourWindowMs: 1_500 });
    ms.take(hit);
    toGo.take(hit);
    expect(hourReset(ms.headers(hit + 900))).toBe(String(hit + 1_500));
    expect(hourReset(toGo.headers(hit + 900))).toBe('1');
    expect(hourReset(toGo.headers(hit + 1_500))).toBe('0');
  });
});
