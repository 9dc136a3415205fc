// A large grid's snapshot opened into memory ahead of its open (at a profile's start, after a refresh wrote to it),
// so the open does not wait for main to decrypt, inflate and merge it. Real cache files, real keychain.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GridRows, GridSnapshot, GridSyncEnd, Row } from '../../../src-preload/contract/index.ts';
import { DEFAULT_DEMO_CREDENTIALS } from '../../../src-main/demo/index.ts';
import { openProfileCache, type CacheNotice, type CacheRow, type ProfileCache } from '../../../src-main/cache/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import { testKeychainService } from '../../support/keychain.ts';
import { startApp, type AppHarness } from './app-harness.ts';

let dir: string;
let cleanupKeychain: () => Promise<number>;
let keychainService: string;
let notices: CacheNotice[];
let cache: ProfileCache;
const profileId = 'profile-1';

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'noc-warm-'));
  const keychain = testKeychainService();
  cleanupKeychain = keychain.cleanup;
  keychainService = keychain.service;
  notices = [];
  cache = await openProfileCache({
    dir,
    profileId,
    vault: createKeytarVault(keychain.service),
    onNotice: (notice) => notices.push(notice),
  });
});

afterEach(async () => {
  cache.close();
  await cleanupKeychain();
  await rm(dir, { recursive: true, force: true });
});

const rowsOf = (prefix: string, count: number): CacheRow[] =>
  Array.from({ length: count }, (_, index) => ({
    '@id': `/${prefix}/${index}`,
    number: `+31${String(index).padStart(9, '0')}`,
    unknownToTheApp: { nested: [index, 'kept'] },
  }));

/** Overwrites every sealed chunk on disk: a read that still answers did not open the file. */
function damageChunks(): void {
  const db = new DatabaseSync(path.join(dir, `${profileId}.sqlite`));
  try {
    db.exec('PRAGMA busy_timeout = 2000');
    db.exec('UPDATE chunks SET payload = randomblob(length(payload))');
  } finally {
    db.close();
  }
}

/** The cache opened again with a bound on the rows it keeps in memory. */
async function reopenKeeping(keptRows: number): Promise<void> {
  cache.close();
  cache = await openProfileCache({
    dir,
    profileId,
    vault: createKeytarVault(keychainService),
    onNotice: (notice) => notices.push(notice),
    keptRows,
  });
}

async function streamed(resource: string): Promise<CacheRow[] | null> {
  const stream = await cache.readJsonStream(resource);
  return stream ? (JSON.parse(stream.all()) as CacheRow[]) : null;
}

describe('warming a snapshot', () => {
  it('opens a snapshot of base chunks into memory: reads after it need no chunk', async () => {
    const rows = rowsOf('phonenumbers', 5_000);
    await cache.replaceAll('/phonenumbers', rows, 1_000, true);
    await cache.warm('/phonenumbers');
    damageChunks();
    const stream = await cache.readJsonStream('/phonenumbers');
    expect(stream?.rowCount).toBe(5_000);
    expect([...stream!.parts].reduce((sum, part) => sum + part.rows, 0)).toBe(5_000);
    expect(JSON.parse(stream!.all())).toEqual(rows);
    expect(notices).toEqual([]);
  });

  it('a whole write asked to keep the snapshot opened leaves the text it sealed in memory: no chunk is opened after it', async () => {
    const rows = rowsOf('phonenumbers', 5_000);
    await cache.replaceAll('/phonenumbers', rows, 1_000, false, { keepOpened: true });
    damageChunks();
    const stream = await cache.readJsonStream('/phonenumbers');
    expect(stream).toMatchObject({ rowCount: 5_000, fetchedAt: 1_000, complete: false });
    expect([...stream!.parts].reduce((sum, part) => sum + part.rows, 0)).toBe(5_000);
    expect(JSON.parse(stream!.all())).toEqual(rows);
    expect(notices).toEqual([]);
    // and a later write forgets it as it forgets a warmed one
    await cache.replaceAll('/phonenumbers', rowsOf('phonenumbers', 10), 2_000, true);
    expect(await streamed('/phonenumbers')).toEqual(rowsOf('phonenumbers', 10));
  });

  it('without warming, the same damage is found when the chunks are opened (the check above is real)', async () => {
    await cache.replaceAll('/phonenumbers', rowsOf('phonenumbers', 5_000), 1_000, true);
    damageChunks();
    // the stream opens chunks lazily and throws to its consumer (the grid service then drops the cache)
    await expect(streamed('/phonenumbers')).rejects.toThrow(/failed authentication/);
  });

  it('merges delta chunks as a read does: the same rows, order and fields', async () => {
    const rows = rowsOf('phonenumbers', 4_500);
    await cache.replaceAll('/phonenumbers', rows, 1_000, true);
    const changed = { ...rows[10]!, number: 'changed', extra: 'new field' };
    await cache.upsert('/phonenumbers', [changed, ...rowsOf('new', 3)], { fetchedAt: 2_000 });
    await cache.remove('/phonenumbers', ['/phonenumbers/20'], { fetchedAt: 3_000, complete: false });
    const merged = (await cache.read('/phonenumbers'))!;
    await cache.warm('/phonenumbers');
    damageChunks();
    const stream = await cache.readJsonStream('/phonenumbers');
    expect(stream?.rowCount).toBe(merged.rows.length);
    expect(stream?.fetchedAt).toBe(3_000);
    expect(stream?.complete).toBe(false);
    expect(JSON.parse(stream!.all())).toEqual(merged.rows);
    expect(notices).toEqual([]);
  });

  it('is forgotten by a write to the snapshot', async () => {
    await cache.replaceAll('/phonenumbers', rowsOf('phonenumbers', 3_000), 1_000, true);
    await cache.warm('/phonenumbers');
    await cache.upsert('/phonenumbers', rowsOf('phonenumbers', 1), { fetchedAt: 2_000 });
    damageChunks();
    expect(await streamed('/phonenumbers')).toBeNull();
    expect(notices.map((notice) => notice.reason)).toEqual(['corrupt']);
  });

  it('keeps a large snapshot in memory while small grids are read after it', async () => {
    await cache.replaceAll('/phonenumbers', rowsOf('phonenumbers', 6_000), 1_000, true);
    for (const small of ['/outports', '/simcards', '/numberblocks'])
      await cache.replaceAll(small, rowsOf(small.slice(1), 10), 1_000, true);
    await cache.warm('/phonenumbers');
    for (const small of ['/outports', '/simcards', '/numberblocks']) expect(await streamed(small)).toHaveLength(10);
    damageChunks();
    expect(await streamed('/phonenumbers')).toHaveLength(6_000);
    expect(notices).toEqual([]);
  });

  it('keeps snapshots in memory up to the row bound, the bound included', async () => {
    await reopenKeeping(5_000);
    const numbers = rowsOf('phonenumbers', 3_000);
    const sims = rowsOf('simcards', 2_000);
    await cache.replaceAll('/phonenumbers', numbers, 1_000, true);
    await cache.replaceAll('/simcards', sims, 1_000, true);
    await cache.warm('/phonenumbers');
    await cache.warm('/simcards');
    damageChunks();
    // 3,000 + 2,000 rows: both fit in a bound of 5,000
    expect(await streamed('/phonenumbers')).toEqual(numbers);
    expect(await streamed('/simcards')).toEqual(sims);
    expect(notices).toEqual([]);
  });

  it('a snapshot larger than the row bound is still kept, alone', async () => {
    await reopenKeeping(1_000);
    const numbers = rowsOf('phonenumbers', 3_000);
    await cache.replaceAll('/phonenumbers', numbers, 1_000, true);
    await cache.warm('/phonenumbers');
    damageChunks();
    expect(await streamed('/phonenumbers')).toEqual(numbers);
    expect(notices).toEqual([]);
  });

  it('names the snapshot with the most rows, delta rows included', async () => {
    expect(await cache.largestResource()).toBeNull();
    await cache.replaceAll('/outports', rowsOf('outports', 30), 1_000, true);
    await cache.replaceAll('/simcards', rowsOf('simcards', 40), 1_000, true);
    expect(await cache.largestResource()).toBe('/simcards');
    await cache.upsert('/outports', rowsOf('more', 20), { fetchedAt: 2_000 });
    expect(await cache.largestResource()).toBe('/outports');
  });

  it('a snapshot already in memory is not opened again (its chunks are not read)', async () => {
    const rows = rowsOf('phonenumbers', 3_000);
    await cache.replaceAll('/phonenumbers', rows, 1_000, true);
    await cache.warm('/phonenumbers');
    damageChunks();
    await cache.warm('/phonenumbers');
    expect(notices).toEqual([]);
    expect(await streamed('/phonenumbers')).toEqual(rows);
  });

  it('a snapshot of only changed rows (the first listing was empty) is merged, in whole parts', async () => {
    await cache.replaceAll('/phonenumbers', [], 1_000, true);
    const rows = rowsOf('phonenumbers', 4_000);
    await cache.upsert('/phonenumbers', rows, { fetchedAt: 2_000 });
    await cache.warm('/phonenumbers');
    damageChunks();
    const stream = await cache.readJsonStream('/phonenumbers');
    expect(stream?.rowCount).toBe(4_000);
    expect([...stream!.parts].map((part) => part.rows)).toEqual([2_000, 2_000]);
    expect(JSON.parse(stream!.all())).toEqual(rows);
    expect(notices).toEqual([]);
  });

  it('a row count edited in the file (it is not sealed) is found while warming, as a read finds it', async () => {
    await cache.replaceAll('/phonenumbers', rowsOf('phonenumbers', 3_000), 1_000, true);
    const db = new DatabaseSync(path.join(dir, `${profileId}.sqlite`));
    db.exec('PRAGMA busy_timeout = 2000');
    db.exec('UPDATE resources SET row_count = 2999');
    db.close();
    await cache.warm('/phonenumbers');
    expect(notices).toEqual([
      { kind: 'dropped', reason: 'corrupt', detail: 'rows of /phonenumbers are missing from the cache' },
    ]);
    expect(await streamed('/phonenumbers')).toBeNull();
  });

  it('a snapshot that fails to open while warming drops the cache, as a read does', async () => {
    await cache.replaceAll('/phonenumbers', rowsOf('phonenumbers', 3_000), 1_000, true);
    damageChunks();
    await cache.warm('/phonenumbers');
    expect(notices.map((notice) => notice.reason)).toEqual(['corrupt']);
    expect(await streamed('/phonenumbers')).toBeNull();
  });
});

describe('the grid service warms the snapshots a grid will open', () => {
  let userDataDir: string;
  let keychain: { service: string; cleanup: () => Promise<number> };
  let harness: AppHarness | null = null;

  const startCore = async (): Promise<AppHarness> => {
    harness = await startApp({ phoneNumbers: 5_000 }, { userDataDir, keychainService: keychain.service });
    return harness;
  };

  beforeEach(async () => {
    userDataDir = await mkdtemp(path.join(tmpdir(), 'noc-warm-core-'));
    keychain = testKeychainService();
  });

  afterEach(async () => {
    await harness?.dispose();
    harness = null;
    await keychain.cleanup();
    await rm(userDataDir, { recursive: true, force: true });
  });

  const ended = (app: AppHarness): Promise<GridSyncEnd> =>
    app.next('grid:sync-end', (end) => end.resource === 'phone-numbers');

  /** The rows a renderer ends up with: the whole snapshot event of the open. */
  async function openRows(app: AppHarness): Promise<Row[]> {
    const wholes = new Map<string, string>();
    const off = app.core.events.subscribe((event, payload) => {
      const rows = payload as GridRows;
      if (event === 'grid:rows' && rows.kind === 'snapshot' && rows.streamId) wholes.set(rows.streamId, rows.rowsJson);
    });
    const snapshot = await app.call<GridSnapshot>('grid:open', { resource: 'phone-numbers' });
    await vi.waitFor(() => expect(wholes.has(snapshot.streamId!)).toBe(true), { timeout: 10_000 });
    off();
    return JSON.parse(wholes.get(snapshot.streamId!)!) as Row[];
  }

  const damageCoreChunks = (app: AppHarness): void => {
    const db = new DatabaseSync(path.join(userDataDir, 'cache', `${app.core.connection.profileId()!}.sqlite`));
    try {
      db.exec('PRAGMA busy_timeout = 2000');
      db.exec('UPDATE chunks SET payload = randomblob(length(payload))');
    } finally {
      db.close();
    }
  };

  const logged = async (message: string): Promise<boolean> =>
    (await readFile(path.join(userDataDir, 'logs', 'main.log'), 'utf8').catch(() => ''))
      .split('\n')
      .some((line) => line.includes(`"message":"${message}"`));

  it('after a first sync wrote the whole snapshot, the next open needs no chunk: the text sealed is kept', async () => {
    const app = await startCore();
    const first = ended(app);
    await app.call('grid:open', { resource: 'phone-numbers' });
    expect((await first).outcome).toBe('done');
    damageCoreChunks(app);
    const rows = await openRows(app);
    expect(rows).toHaveLength(5_000);
    expect(new Set(rows.map((row) => row['@id'])).size).toBe(5_000);
  });

  it('after a refresh wrote changed rows, the next open needs no chunk and has the change', async () => {
    const app = await startCore();
    const first = ended(app);
    await app.call('grid:open', { resource: 'phone-numbers' });
    await first;
    const demo = app.core.demo.current()!;
    const [target] = demo.data.phoneNumbers.all();
    const response = await fetch(`${demo.url}/phonenumbers/${target!.id}`, {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/merge-patch+json',
        'CLIENT-ID': DEFAULT_DEMO_CREDENTIALS.clientId,
        'AUTH-TOKEN': DEFAULT_DEMO_CREDENTIALS.password,
      },
      body: JSON.stringify({ costCenter: 'Changed elsewhere' }),
    });
    expect(response.status).toBe(200);
    const second = ended(app);
    await app.call('grid:refresh', { resource: 'phone-numbers' });
    await second;
    // the warm runs after the refresh's write, in the background
    await vi.waitFor(async () => expect(await logged('cache warmed')).toBe(true), { timeout: 10_000 });
    damageCoreChunks(app);
    const rows = await openRows(app);
    expect(rows).toHaveLength(5_000);
    expect(rows.find((row) => row['@id'] === `/phonenumbers/${target!.id}`)).toMatchObject({
      costCenter: 'Changed elsewhere',
    });
  });

  it('at start, the largest cached snapshot is opened into memory before any grid asks for it', async () => {
    const app = await startCore();
    const first = ended(app);
    await app.call('grid:open', { resource: 'phone-numbers' });
    await first;
    const expected = await openRows(app);
    await app.dispose();
    harness = null;
    const again = await startCore();
    await vi.waitFor(async () => expect(await logged('cache prefetched')).toBe(true), { timeout: 10_000 });
    damageCoreChunks(again);
    expect(await openRows(again)).toEqual(expected);
  });
});
