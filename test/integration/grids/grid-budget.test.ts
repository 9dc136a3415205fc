import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../src-preload/contract/index.ts';
import { startApp, type AppHarness } from './app-harness.ts';

let app: AppHarness | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

describe('a spent rate budget, from the grid to the status bar', () => {
  it('budget 15 per 20-second hour, 12,000 numbers on a new profile: paused with the clock time, then complete; at most one 429', async () => {
    app = await startApp({
      phoneNumbers: 12_000,
      rateLimit: { hourLimit: 15, dayLimit: 50_000, hourWindowMs: 20_000 },
    });
    const harness = app;
    const demo = harness.core.demo.current()!;
    const events: { name: string; payload: unknown }[] = [];
    const off = harness.core.events.subscribe((name, payload) => events.push({ name, payload }));
    const done = harness.next(
      'grid:sync-end',
      (end) => end.resource === 'phone-numbers' && end.outcome === 'done',
      90_000,
    );
    const started = Date.now();
    await harness.call('grid:open', { resource: 'phone-numbers' });
    await done;
    off();

    const ends = events
      .filter((e) => e.name === 'grid:sync-end')
      .map((e) => e.payload as EventPayload<'grid:sync-end'>)
      .filter((e) => e.resource === 'phone-numbers');
    // never "failed": paused for the hour, with what was read so far, then done
    expect(ends.map((e) => e.outcome)).not.toContain('failed');
    const paused = ends.find((e) => e.outcome === 'paused');
    expect(paused?.gap).toMatchObject({ cause: 'budget', total: 12_000, hold: { reason: 'hour' } });
    expect(paused!.gap!.items).toBeGreaterThan(0);
    expect(paused!.gap!.hold!.until).toBeGreaterThan(started + 15_000);
    expect(paused!.message).not.toMatch(/rate limit|GET|\/phonenumbers/i);
    // the status said the hourly limit is reached, and until when
    const statuses = events
      .filter((e) => e.name === 'connection:changed')
      .map((e) => e.payload as EventPayload<'connection:changed'>);
    expect(statuses.some((s) => s.hold?.reason === 'hour' && s.hold.until === paused!.gap!.hold!.until)).toBe(true);
    const budgets = events
      .filter((e) => e.name === 'budget:changed')
      .map((e) => e.payload as EventPayload<'budget:changed'>);
    expect(budgets.some((b) => b.hold?.reason === 'hour')).toBe(true);
    // every row arrived and the cache is complete
    const changes = events
      .filter((e) => e.name === 'grid:changes')
      .map((e) => e.payload as EventPayload<'grid:changes'>)
      .filter((e) => e.resource === 'phone-numbers');
    expect(changes.at(-1)?.complete).toBe(true);
    // rows sent as pages arrived (first round) plus what the ends of the rounds added
    const paged = events
      .filter((e) => e.name === 'grid:rows')
      .map((e) => e.payload as EventPayload<'grid:rows'>)
      .filter((e) => e.resource === 'phone-numbers' && e.kind === 'pages')
      .reduce((n, e) => n + (JSON.parse(e.rowsJson) as unknown[]).length, 0);
    expect(paged + changes.reduce((n, c) => n + c.added.length, 0)).toBe(12_000);

    const log = demo.requestLog;
    const limited = log.filter((e) => e.status === 429);
    expect(limited.length).toBeLessThanOrEqual(1);
    for (const refusal of limited) {
      const to = refusal.at + (refusal.retryAfterSeconds ?? 0) * 1000 - 1_000;
      expect(log.filter((e) => e.at > refusal.at && e.at < to)).toEqual([]);
    }
  }, 120_000);
});
