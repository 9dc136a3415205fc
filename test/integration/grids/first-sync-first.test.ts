// A grid opened with nothing cached goes first: the overview's refreshes of other collections (started a moment
// before, at the app's start) wait for its rows before they seal their cache, and its pages move ahead of theirs.
// Real HTTP against the embedded demo platform, real cache files and keychain. Which listing ends first cannot be
// forced here (the order below also holds without the wait when the phone numbers' first page returns first):
// test/unit/grids/foreground.test.ts orders it with stand-ins; this checks that nothing is lost on the real path.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload, GridSnapshot } from '../../../src-preload/contract/index.ts';
import { startApp, type AppHarness } from './app-harness.ts';

let app: AppHarness | null = null;

afterEach(async () => {
  await app?.dispose();
  app = null;
});

const refreshedLog = async (userDataDir: string): Promise<Record<string, unknown>[]> =>
  (await readFile(path.join(userDataDir, 'logs', 'main.log'), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.message === 'grid refreshed');

describe('the grid the operator waits for goes first', () => {
  it("the overview's refreshes wait for a grid opened with nothing cached, then finish and are cached", async () => {
    app = await startApp({ phoneNumbers: 20_000, faults: { latencyMs: 20 } });
    const harness = app;
    const order: string[] = [];
    const off = harness.core.events.subscribe((name, payload) => {
      if (name === 'grid:changes') order.push((payload as EventPayload<'grid:changes'>).resource);
    });
    const phoneEnded = harness.next('grid:sync-end', (end) => end.resource === 'phone-numbers', 60_000);
    const simsEnded = harness.next('grid:sync-end', (end) => end.resource === 'sim-cards', 60_000);
    // the app starts on the overview: with nothing cached it refreshes every collection it reads, in the background
    await harness.call('overview:get', {});
    await harness.call('grid:open', { resource: 'phone-numbers' });
    const [phone, sims] = await Promise.all([phoneEnded, simsEnded]);
    off();
    expect([phone.outcome, sims.outcome]).toEqual(['done', 'done']);
    // the phone numbers' rows went out before those of a refresh that was under way when the grid opened (the
    // sim cards: fewer pages than the phone numbers, so without waiting they would have come first)
    expect(order.indexOf('phone-numbers')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('phone-numbers')).toBeLessThan(order.indexOf('sim-cards'));
    // the log line is written a moment after the end
    const log = await vi.waitFor(async () => {
      const entries = await refreshedLog(harness.userDataDir);
      expect(entries.map((entry) => entry.resource)).toContain('sim-cards');
      return entries;
    });
    const sims_ = log.find((entry) => entry.resource === 'sim-cards')!;
    // it waited, or its pages did (behind the phone numbers' ones): either way it listed or sealed nothing before
    expect(typeof sims_.heldMs).toBe('number');
    expect(log.find((entry) => entry.resource === 'phone-numbers')).toMatchObject({ rows: 20_000, heldMs: 0 });
    // held, not lost: their rows were cached whole
    const simCards = await harness.call<GridSnapshot>('grid:open', { resource: 'sim-cards' });
    expect(simCards.rowCount).toBe(sims_.rows);
    expect(simCards).toMatchObject({ complete: true, fetchedAt: expect.any(Number) });
  }, 90_000);
});
