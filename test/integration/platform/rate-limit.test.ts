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

  it('a spent budget holds a request until the reset instead of failing it; its signal cancels the wait', async () => {
    const demo = await startDemo({ rateLimit: { hourLimit: 12, dayLimit: 5_000, hourWindowMs: 60_000 } });
    const api = jwtClient(demo, { reserve: () => 1 });
    // 1 sign-in + 10 pages: 1 left, which is the reserve
    await api.listAll('/phonenumbers', { itemsPerPage: 300 });
    const hold = api.governor.snapshot().hold;
    expect(hold?.reason).toBe('hour');
    expect(hold!.until).toBeGreaterThan(Date.now() + 50_000);
    const logged = demo.requestLog.length;
    const controller = new AbortController();
    const waiting = failure(api.request({ path: '/phonenumbers/1', signal: controller.signal }));
    await new Promise((r) => setTimeout(r, 300));
    expect(api.governor.snapshot().queued).toBe(1);
    controller.abort();
    expect((await waiting).kind).toBe('cancelled');
    expect(demo.requestLog.length).toBe(logged);
    expect(demo.requestLog.filter((e) => e.status === 429)).toEqual([]);
  });
});
