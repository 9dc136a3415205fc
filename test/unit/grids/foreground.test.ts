import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src-preload/contract/index.ts';
import { createGridService, type GridCache } from '../../../src-main/grids/grid-service.ts';
import type { Logger } from '../../../src-main/logging/logger.ts';
import type { PlatformClient } from '../../../src-main/platform/client.ts';
import type { ListAllOptions } from '../../../src-main/platform/hydra.ts';
import { getResource } from '../../../src-main/resources/index.ts';

// Which listing ends first is what this is about, which a live platform cannot order reliably: the client and cache
// are small in-memory stand-ins here; the real ones run in test/integration/grids/first-sync-first.test.ts.
function memoryCache(writes: string[], slow: Map<string, Promise<void>>): GridCache {
  const rows = new Map<string, Row[]>();
  return {
    read: async (path) => (rows.has(path) ? { rows: rows.get(path)!, fetchedAt: 1, complete: true } : null),
    readJsonStream: async () => null,
    replaceAll: async (path, next) => {
      writes.push(path);
      await slow.get(path);
      rows.set(path, next);
      writes.push(`${path} written`);
    },
    upsert: async () => undefined,
    remove: async () => undefined,
    clear: async () => rows.clear(),
  };
}

const silent: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  flush: async () => undefined,
};

const rows = (path: string, count: number): Row[] =>
  Array.from({ length: count }, (_, index) => ({ '@id': `${path}/${index}` }));
const turns = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

function setUp() {
  const listings = new Map<string, { finish: (items: Row[]) => void; fail: (error: Error) => void }>();
  const asked: { path: string; options: ListAllOptions }[] = [];
  const client = {
    listAll: (path: string, options: ListAllOptions) =>
      new Promise((resolve, reject) => {
        asked.push({ path, options });
        listings.set(path, {
          finish: (items) => resolve({ items, totalItems: items.length, requests: 1, complete: true }),
          fail: reject,
        });
      }),
  } as unknown as PlatformClient;
  const writes: string[] = [];
  // writes that take until the test lets them end
  const slow = new Map<string, Promise<void>>();
  const changes: string[] = [];
  const ended: string[] = [];
  const grids = createGridService({
    descriptor: (id) => getResource(id)?.descriptor ?? null,
    profileId: () => 'p1',
    client: () => client,
    isConnected: () => true,
    cache: async () => memoryCache(writes, slow),
    reportUnreachable: () => undefined,
    onProgress: () => undefined,
    onRows: () => undefined,
    onChanges: (change) => changes.push(change.resource),
    onSyncEnd: (end) => ended.push(`${end.resource} ${end.outcome}`),
    onCacheDropped: () => undefined,
    logger: silent,
  });
  return { grids, listings, asked, writes, slow, changes, ended };
}

describe('a grid opened with nothing cached goes first', () => {
  it("a background refresh that has read its pages seals nothing until that grid's first sync has ended", async () => {
    const { grids, listings, asked, writes, slow, changes, ended } = setUp();
    let written: () => void = () => undefined;
    slow.set('/phonenumbers', new Promise((resolve) => (written = resolve)));
    // the overview's refreshes: both collections, in the background
    grids.refresh({ resource: 'sim-cards' });
    grids.refresh({ resource: 'phone-numbers' });
    await turns();
    // the operator opens the phone numbers, with nothing cached: its listing becomes the one waited for
    await grids.open({ resource: 'phone-numbers' });
    const phone = asked.find((entry) => entry.path === '/phonenumbers')!;
    expect(phone.options.priorityNow?.()).toBe('interactive');
    listings.get('/simcards')!.finish(rows('/simcards', 3));
    await turns();
    expect(writes).toEqual([]);
    expect(changes).toEqual([]);
    listings.get('/phonenumbers')!.finish(rows('/phonenumbers', 5));
    await turns();
    // the grid has its rows; its cache is being written: the other refresh still waits
    expect(changes).toEqual(['phone-numbers']);
    expect(writes).toEqual(['/phonenumbers']);
    written();
    await turns();
    expect(changes).toEqual(['phone-numbers', 'sim-cards']);
    expect(writes).toEqual(['/phonenumbers', '/phonenumbers written', '/simcards', '/simcards written']);
    expect(ended).toEqual(['phone-numbers done', 'sim-cards done']);
  });

  it('a background refresh asked for while that grid waits does not start listing until it has its rows', async () => {
    const { grids, listings, asked } = setUp();
    await grids.open({ resource: 'phone-numbers' });
    grids.refresh({ resource: 'sim-cards' });
    await turns();
    expect(asked.map((entry) => entry.path)).toEqual(['/phonenumbers']);
    listings.get('/phonenumbers')!.finish(rows('/phonenumbers', 5));
    await turns();
    expect(asked.map((entry) => entry.path)).toEqual(['/phonenumbers', '/simcards']);
  });

  it("when that grid's listing fails, the held refresh goes on and the failure is reported as before", async () => {
    const { grids, listings, writes, ended } = setUp();
    grids.refresh({ resource: 'sim-cards' });
    await turns();
    await grids.open({ resource: 'phone-numbers' });
    listings.get('/simcards')!.finish(rows('/simcards', 3));
    await turns();
    expect(writes).toEqual([]);
    listings.get('/phonenumbers')!.fail(new Error('the platform went away'));
    await turns();
    expect(ended).toEqual(['phone-numbers failed', 'sim-cards done']);
    expect(writes).toEqual(['/simcards', '/simcards written']);
  });

  it("the overview's lookups wait too; the grid's own lookups do not", async () => {
    const { grids, listings, asked } = setUp();
    await grids.open({ resource: 'phone-numbers' });
    const background = grids.lookups({ resource: 'scheduled-forwards' }, undefined, { background: true });
    const own = grids.lookups({ resource: 'phone-numbers' });
    await turns();
    const paths = (): string[] => asked.map((entry) => entry.path);
    expect(paths()).toContain('/customers');
    expect(paths()).not.toContain('/order-details-x2voip-numbers');
    listings.get('/customers')!.finish(rows('/customers', 2));
    await turns();
    listings.get('/areacodes')!.finish(rows('/areacodes', 2));
    await own;
    listings.get('/phonenumbers')!.finish(rows('/phonenumbers', 5));
    await turns();
    expect(paths()).toContain('/order-details-x2voip-numbers');
    expect(asked.find((entry) => entry.path === '/order-details-x2voip-numbers')!.options.priority).toBe('background');
    listings.get('/order-details-x2voip-numbers')!.finish(rows('/order-details-x2voip-numbers', 2));
    await background;
  });
});
