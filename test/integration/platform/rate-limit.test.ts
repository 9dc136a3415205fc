import { afterEach, describe, expect, it } from 'vitest';
import { closeDemos, failure, jwtClient, startDemo } from './demo-client.ts';

afterEach(closeDemos);

describe('rate-limit governor against the demo platform', () => {
  it('a 429 with Retry-After 2 holds every request for the window, then the call succeeds', async () => {
    const demo = await startDemo({ faults: { retryAfterSeconds: 2 } });
    const api = jwtClient(demo);
    await api.request({ path: '/phonenumbers', query: { itemsPerPage: 1 } });
    demo.clearLog();
    demo.setFaults({ rateLimitRate: 1 });

    const followers: Promise<unknown>[] = [];
    const off = api.governor.onChange((snapshot) => {
      if (snapshot.pausedUntil === null || followers.length > 0) return;
      // the platform stops limiting, and more work arrives while the hold lasts
      demo.setFaults({ rateLimitRate: 0 });
      for (let i = 0; i < 5; i += 1)
        followers.push(api.request({ path: '/phonenumbers', query: { itemsPerPage: 2, page: i + 1 } }));
      followers.push(
        api.request({ method: 'PATCH', path: '/phonenumbers/1', body: { description: 'held' } }).catch(() => null),
      );
    });

    const result = await api.request({ path: '/simcards', query: { itemsPerPage: 3 } });
    await Promise.all(followers);
    off();
    expect(result).toMatchObject({ 'hydra:member': expect.any(Array) });

    const log = demo.requestLog;
    const limited = log.filter((e) => e.status === 429);
    expect(limited).toHaveLength(1);
    const windowStart = limited[0]!.at;
    const windowEnd = windowStart + 2_000;
    const inside = log.filter((e) => e.at > windowStart && e.at < windowEnd);
    expect(inside).toEqual([]);
    const after = log.filter((e) => e.at >= windowEnd);
    expect(after.length).toBe(7);
    expect(after.filter((e) => e.path === '/simcards' && e.status === 200)).toHaveLength(1);
  });

  it('exposes the budget from the X-RateLimit headers', async () => {
    const demo = await startDemo({ rateLimit: { hourLimit: 200, dayLimit: 5_000 } });
    const api = jwtClient(demo);
    for (let i = 0; i < 5; i += 1) await api.request({ path: '/phonenumbers', query: { itemsPerPage: 1 } });
    const snapshot = api.governor.snapshot();
    // 1 sign-in + 5 calls
    expect(snapshot.hour).toMatchObject({ limit: 200, remaining: 194 });
    expect(snapshot.day).toMatchObject({ limit: 5_000, remaining: 4_994 });
    expect(snapshot.hour.resetAt).toBeGreaterThan(Date.now());
    expect(snapshot.concurrency).toBe(6);
    const estimate = api.governor.estimate(500);
    expect(estimate.exhaustsHourlyBudget).toBe(true);
    expect(api.governor.estimate(100).exhaustsHourlyBudget).toBe(false);
  });

  it('slows to one request at a time near the end of the budget and reports a refused POST as rate-limited', async () => {
    const demo = await startDemo({ rateLimit: { hourLimit: 31, dayLimit: 5_000 } });
    const api = jwtClient(demo);
    // 1 sign-in + 30 pages of 100 use the whole hour
    await api.listAll('/phonenumbers', { itemsPerPage: 100 });
    expect(api.governor.snapshot().hour.remaining).toBe(0);
    expect(api.governor.snapshot().concurrency).toBe(1);
    // the budget is exhausted now: the platform's Retry-After is far beyond what a request waits out
    const error = await failure(api.request({ method: 'POST', path: '/outports/accept-outport', body: { id: 1 } }));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBeGreaterThan(60_000);
    expect(api.governor.snapshot().pausedUntil).not.toBeNull();
    // nothing leaves during the hold, and a call does not hang for an hour: it says so at once
    const logged = demo.requestLog.length;
    const started = Date.now();
    const held = await failure(api.request({ path: '/phonenumbers/1' }));
    expect(held.kind).toBe('rate-limited');
    expect(held.retryAfterMs).toBeGreaterThan(60_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(demo.requestLog.length).toBe(logged);
  });
});
