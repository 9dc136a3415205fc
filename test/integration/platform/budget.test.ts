import { afterEach, describe, expect, it } from 'vitest';
import type { DemoRequestLogEntry } from '../../../src-main/demo/index.ts';
import type { BudgetHold } from '../../../src-main/platform/governor.ts';
import type { LogFields } from '../../../src-main/platform/http.ts';
import { closeDemos, jwtClient, startDemo } from './demo-client.ts';

afterEach(closeDemos);

/** Requests the platform received while a Retry-After it had sent was still running. */
function insideRetryAfter(log: readonly DemoRequestLogEntry[]): DemoRequestLogEntry[] {
  const windows = log
    .filter((e) => e.status === 429 && e.retryAfterSeconds !== null)
    .map((e) => ({ from: e.at, to: e.at + (e.retryAfterSeconds ?? 0) * 1000 }));
  // the platform counts whole seconds: allow the second it rounds up
  return log.filter((e) => windows.some((w) => e.at > w.from && e.at < w.to - 1_000));
}

function holdsSeen(api: ReturnType<typeof jwtClient>): BudgetHold[] {
  const seen: BudgetHold[] = [];
  api.governor.onChange((s) => {
    if (s.hold && !seen.some((h) => h.reason === s.hold?.reason && h.until === s.hold.until)) seen.push(s.hold);
  });
  return seen;
}

describe('the rate budget as a hard limit, against the demo platform', () => {
  // the hour is 6 seconds long here: the rule under test does not depend on the window's length, and each run of
  // this file (npm test, every mutant of the client) waits out the window
  it('budget 15 per 6-second hour, 12,000 numbers: complete after the reset, no 429, nothing sent during the hold', async () => {
    const hourMs = 6_000;
    const demo = await startDemo({
      phoneNumbers: 12_000,
      rateLimit: { hourLimit: 15, dayLimit: 50_000, hourWindowMs: hourMs },
    });
    const api = jwtClient(demo);
    const holds = holdsSeen(api);
    const started = Date.now();
    const result = await api.listAll('/phonenumbers');
    expect(result.complete).toBe(true);
    expect(result.items).toHaveLength(12_000);
    const log = demo.requestLog;
    expect(log.filter((e) => e.status === 429).length).toBeLessThanOrEqual(1);
    expect(insideRetryAfter(log)).toEqual([]);
    // the hourly window held the listing, and said until when
    const hourHold = holds.find((h) => h.reason === 'hour');
    expect(hourHold).toBeDefined();
    expect(hourHold!.until).toBeGreaterThan(started + hourMs * 0.75);
    // the window opens with the first request, which a loaded machine may send a second or two late
    expect(hourHold!.until).toBeLessThan(started + hourMs + 3_000);
    // the first window's requests all leave within half of it (fifteen pages of 500 rows)
    const sentDuringHold = log.filter((e) => e.at > started + hourMs / 2 && e.at < hourHold!.until - 1_000);
    expect(sentDuringHold).toEqual([]);
    // never more requests in one window than its budget
    for (const entry of log) {
      const inWindow = log.filter((e) => e.status !== 429 && e.at <= entry.at && e.at > entry.at - hourMs);
      expect(inWindow.length).toBeLessThanOrEqual(15);
    }
  }, 60_000);

  it('two windows where the daily one runs out first: held for the day, finished after its reset', async () => {
    const demo = await startDemo({
      phoneNumbers: 6_000,
      rateLimit: { hourLimit: 200, dayLimit: 8, hourWindowMs: 60_000, dayWindowMs: 4_000 },
    });
    const api = jwtClient(demo, { reserve: () => 1 });
    const holds = holdsSeen(api);
    const result = await api.listAll('/phonenumbers');
    expect(result.items).toHaveLength(6_000);
    expect(holds.map((h) => h.reason)).toContain('day');
    expect(holds.map((h) => h.reason)).not.toContain('hour');
    const log = demo.requestLog;
    expect(log.filter((e) => e.status === 429)).toEqual([]);
    expect(insideRetryAfter(log)).toEqual([]);
  }, 30_000);

  it.each(['seconds-to-go', 'epoch-seconds', 'epoch-ms'] as const)(
    'reads reset headers written as %s, and says so once',
    async (resetForm) => {
      const demo = await startDemo({
        // 8 pages against 5 a window (one kept in reserve): one hold, and reset headers on every page
        phoneNumbers: 400,
        rateLimit: { hourLimit: 6, dayLimit: 50_000, hourWindowMs: 3_000, resetForm },
      });
      const lines: { message: string; fields: LogFields | undefined }[] = [];
      const api = jwtClient(demo, {
        reserve: () => 1,
        logger: { info: (message, fields) => lines.push({ message, fields }) },
      });
      const holds = holdsSeen(api);
      const started = Date.now();
      const result = await api.listAll('/phonenumbers', { itemsPerPage: 50 });
      expect(result.items).toHaveLength(400);
      expect(demo.requestLog.filter((e) => e.status === 429)).toEqual([]);
      const first = holds.find((h) => h.reason === 'hour');
      expect(first!.until).toBeGreaterThan(started + 2_000);
      expect(first!.until).toBeLessThan(started + 5_000);
      const reports = lines.filter((l) => l.message === 'rate-limit reset headers read');
      expect(reports.map((r) => r.fields?.['form'])).toEqual([resetForm]);
    },
    30_000,
  );

  it('requests in flight that come back 429 wait for the hold and are sent again: no failures', async () => {
    const demo = await startDemo({ faults: { retryAfterSeconds: 1 } });
    const api = jwtClient(demo);
    await api.request({ path: '/phonenumbers', query: { itemsPerPage: 1 } });
    demo.clearLog();
    demo.setFaults({ rateLimitRate: 1 });
    setTimeout(() => demo.setFaults({ rateLimitRate: 0 }), 100);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api.request({ path: '/phonenumbers', query: { itemsPerPage: 2, page: i + 1 } }),
      ),
    );
    expect(results).toHaveLength(6);
    expect(insideRetryAfter(demo.requestLog)).toEqual([]);
    expect(demo.requestLog.filter((e) => e.status === 200)).toHaveLength(6);
  }, 20_000);
});
