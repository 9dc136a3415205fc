import { truncate } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKeyAccount, type CacheRow, type CacheSnapshotStream } from '../../../src-main/cache/index.ts';
import { sealManifest, type Manifest } from '../../../src-main/cache/manifest.ts';
import { openText } from '../../../src-main/cache/sealed-text.ts';
import { countDescriptors } from '../../support/open-descriptors.ts';
import { cacheFixture, type CacheFixture } from './helpers.ts';

let fixture: CacheFixture;
beforeEach(async () => {
  fixture = await cacheFixture();
});
afterEach(async () => {
  await fixture.cleanup();
});

const rows = (n: number, tag = 'a', from = 0): CacheRow[] =>
  Array.from({ length: n }, (_, i) => ({ '@id': `/phonenumbers/${from + i}`, costCenter: `${tag}-${from + i}` }));

/** A change made by someone else's connection, as a damaged or edited file would look to the open cache. */
function edit(sql: string): void {
  const db = new DatabaseSync(fixture.file);
  db.exec(sql);
  db.close();
}

function peek<T>(sql: string): T {
  const db = new DatabaseSync(fixture.file, { readOnly: true });
  try {
    return db.prepare(sql).all() as T;
  } finally {
    db.close();
  }
}

const parsed = (stream: CacheSnapshotStream | null): CacheRow[] | null =>
  stream === null ? null : (JSON.parse(stream.all()) as CacheRow[]);

/** After a read, the compaction it may have scheduled runs before the next operation in the queue. */
async function chunkKindsAfterRead(resource: string): Promise<number[]> {
  const cache = await fixture.open();
  await cache.read(resource);
  await new Promise((resolve) => setImmediate(resolve));
  await cache.sizeBytes();
  cache.close();
  return peek<{ kind: number }[]>(`SELECT kind FROM chunks WHERE resource = '${resource}' ORDER BY seq`).map(
    (row) => row.kind,
  );
}

/** Descriptors of this process still open on the cache's files after they were deleted (a connection left behind). */
const deletedDescriptors = (): number | null =>
  countDescriptors((target) => target.deleted && target.path.startsWith(fixture.file));

describe('reading a snapshot as JSON text', () => {
  it('hands out one part per sealed chunk, lazily, and all() adds the parts not yet taken', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows(4500), 10, false);
    const stream = (await cache.readJsonStream('/phonenumbers'))!;
    expect(stream).toMatchObject({ rowCount: 4500, fetchedAt: 10, complete: false });
    const first = stream.parts[Symbol.iterator]().next();
    expect(first.done).toBe(false);
    expect(first.value).toEqual({ json: JSON.stringify(rows(2000)), rows: 2000 });
    expect(JSON.parse(stream.all())).toEqual(rows(4500));
    expect(stream.all()).toBe(JSON.stringify(rows(4500)));

    const again = (await cache.readJsonStream('/phonenumbers'))!;
    expect([...again.parts].map((part) => part.rows)).toEqual([2000, 2000, 500]);
    expect(again.all()).toBe(JSON.stringify(rows(4500)));

    await cache.replaceAll('/empty', [], 11, true);
    const empty = (await cache.readJsonStream('/empty'))!;
    expect(empty).toMatchObject({ rowCount: 0, fetchedAt: 11, complete: true });
    expect(empty.all()).toBe('[]');
    expect(await cache.readJsonStream('/never')).toBeNull();
    expect(fixture.notices).toEqual([]);
  });

  it('a snapshot with deltas comes out merged, as one part', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows(2500), 10, true);
    await cache.upsert('/phonenumbers', [{ '@id': '/phonenumbers/1', costCenter: 'changed' }, ...rows(1, 'n', 9000)]);
    await cache.remove('/phonenumbers', ['/phonenumbers/0'], { fetchedAt: 20 });
    const expected = rows(2500).slice(1);
    expected[0] = { '@id': '/phonenumbers/1', costCenter: 'changed' };
    expected.push(...rows(1, 'n', 9000));
    const stream = (await cache.readJsonStream('/phonenumbers'))!;
    expect(stream).toMatchObject({ rowCount: 2500, fetchedAt: 20, complete: true });
    expect([...stream.parts]).toEqual([{ json: JSON.stringify(expected), rows: 2500 }]);
    expect(JSON.parse(stream.all())).toEqual(expected);
  });

  it('a plaintext row count that differs from the chunks is damage on the streamed path too', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows(2500), 10, true);
    cache.close();
    edit('UPDATE resources SET row_count = 2499');
    const reopened = await fixture.open();
    expect(await reopened.readJsonStream('/phonenumbers')).toBeNull();
    expect(fixture.notices).toEqual([
      { kind: 'dropped', reason: 'corrupt', detail: 'rows of /phonenumbers are missing from the cache' },
    ]);
  });

  it('the merged read names the row count that differs', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows(10), 10, true);
    cache.close();
    edit('UPDATE resources SET row_count = 9');
    expect(await (await fixture.open()).read('/phonenumbers')).toBeNull();
    expect(fixture.notices).toEqual([
      { kind: 'dropped', reason: 'corrupt', detail: 'the row count of /phonenumbers differs from its rows' },
    ]);
  });

  it('a seal forged with the key that claims more base rows than the chunks hold is still damage', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows(2500), 10, true);
    cache.close();
    const key = Buffer.from((await fixture.vault.get(cacheKeyAccount(fixture.profileId)))!, 'base64');
    const [stored] = peek<{ seal: Uint8Array }[]>("SELECT seal FROM resources WHERE resource = '/phonenumbers'");
    const manifest = JSON.parse(openText(key, 'noc-cache/2\0manifest\0/phonenumbers', stored!.seal)) as Manifest;
    const forged = sealManifest(key, '/phonenumbers', { ...manifest, baseRows: 2501 });
    const db = new DatabaseSync(fixture.file);
    db.prepare('UPDATE resources SET seal = ?, base_rows = 2501, row_count = NULL').run(forged);
    db.close();

    const reopened = await fixture.open();
    expect(await reopened.read('/phonenumbers')).toBeNull();
    expect(fixture.notices).toEqual([
      { kind: 'dropped', reason: 'corrupt', detail: 'rows of /phonenumbers are missing from the cache' },
    ]);
    reopened.close();
  });

  it('the same forged seal is caught on the streamed path', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows(2500), 10, true);
    cache.close();
    const key = Buffer.from((await fixture.vault.get(cacheKeyAccount(fixture.profileId)))!, 'base64');
    const [stored] = peek<{ seal: Uint8Array }[]>("SELECT seal FROM resources WHERE resource = '/phonenumbers'");
    const manifest = JSON.parse(openText(key, 'noc-cache/2\0manifest\0/phonenumbers', stored!.seal)) as Manifest;
    const forged = sealManifest(key, '/phonenumbers', { ...manifest, baseRows: 2501 });
    const db = new DatabaseSync(fixture.file);
    db.prepare('UPDATE resources SET seal = ?, base_rows = 2501, row_count = NULL').run(forged);
    db.close();

    expect(await (await fixture.open()).readJsonStream('/phonenumbers')).toBeNull();
    expect(fixture.notices).toEqual([
      { kind: 'dropped', reason: 'corrupt', detail: 'rows of /phonenumbers are missing from the cache' },
    ]);
  });

  it('a row count not yet known (null) is no damage on the streamed path', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows(2500), 10, true);
    cache.close();
    edit('UPDATE resources SET row_count = NULL');
    expect(parsed(await (await fixture.open()).readJsonStream('/phonenumbers'))).toEqual(rows(2500));
    expect(fixture.notices).toEqual([]);
  });

  it('a large write yields to the event loop between chunks, so main keeps answering', async () => {
    const cache = await fixture.open();
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const started = turns;
    await cache.replaceAll('/phonenumbers', rows(10_000), 10, true);
    ticking = false;
    // five chunks: a turn of the event loop after each of the first four
    expect(turns - started).toBeGreaterThanOrEqual(4);
    expect((await cache.read('/phonenumbers'))!.rows).toHaveLength(10_000);
  });
});

describe('the snapshots kept in memory', () => {
  // A kept snapshot answers without touching the file: once its record is gone from the file, only memory knows it.
  const goneFromFile = (resource: string): void => edit(`DELETE FROM resources WHERE resource = '${resource}'`);

  it('snapshots read whole are kept up to a number of rows in all, the least recently used one is let go', async () => {
    // room for two snapshots of three rows, not for three
    const cache = await fixture.open({ keptRows: 8 });
    for (const resource of ['/a', '/b', '/c']) await cache.replaceAll(resource, rows(3, resource), 1, true);
    for (const resource of ['/a', '/b', '/c']) parsed(await cache.readJsonStream(resource));
    // /b is used again, so /c is now the older of the two kept
    parsed(await cache.readJsonStream('/b'));
    parsed(await cache.readJsonStream('/a'));
    goneFromFile('/a');
    goneFromFile('/b');
    goneFromFile('/c');
    expect(parsed(await cache.readJsonStream('/a'))).toEqual(rows(3, '/a'));
    expect(parsed(await cache.readJsonStream('/b'))).toEqual(rows(3, '/b'));
    expect(await cache.readJsonStream('/c')).toBeNull();
    expect(fixture.notices).toEqual([]);
  });

  it('a snapshot read whole again counts as just used', async () => {
    const cache = await fixture.open({ keptRows: 8 });
    for (const resource of ['/a', '/b', '/c']) await cache.replaceAll(resource, rows(3, resource), 1, true);
    const slow = (await cache.readJsonStream('/a'))!;
    parsed(await cache.readJsonStream('/a'));
    parsed(await cache.readJsonStream('/b'));
    // the slower read of /a ends last: /a is the most recently used, so /b goes when /c comes
    slow.all();
    parsed(await cache.readJsonStream('/c'));
    for (const resource of ['/a', '/b', '/c']) goneFromFile(resource);
    expect(parsed(await cache.readJsonStream('/a'))).toEqual(rows(3, '/a'));
    expect(parsed(await cache.readJsonStream('/c'))).toEqual(rows(3, '/c'));
    expect(await cache.readJsonStream('/b')).toBeNull();
  });

  it('a snapshot with deltas is kept once merged', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/a', rows(3), 1, true);
    await cache.remove('/a', ['/phonenumbers/0']);
    expect(parsed(await cache.readJsonStream('/a'))).toEqual(rows(3).slice(1));
    goneFromFile('/a');
    expect(parsed(await cache.readJsonStream('/a'))).toEqual(rows(3).slice(1));
  });

  it('a snapshot is kept only once all of it was read, and a read overtaken by a write is not kept', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/a', rows(3, 'old'), 1, true);
    const overtaken = (await cache.readJsonStream('/a'))!;
    await cache.replaceAll('/a', rows(3, 'new'), 2, true);
    expect(JSON.parse(overtaken.all())).toEqual(rows(3, 'old'));
    expect(parsed(await cache.readJsonStream('/a'))).toEqual(rows(3, 'new'));

    await cache.replaceAll('/b', rows(4500, 'b'), 1, true);
    const partly = (await cache.readJsonStream('/b'))!;
    partly.parts[Symbol.iterator]().next();
    goneFromFile('/b');
    expect(await cache.readJsonStream('/b')).toBeNull();
  });

  it('a change of rows forgets the kept snapshot; a change of time or completeness only updates it', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/a', rows(3), 1, true);
    parsed(await cache.readJsonStream('/a'));
    await cache.upsert('/a', [{ '@id': '/phonenumbers/1', costCenter: 'changed' }]);
    const changed = rows(3);
    changed[1] = { '@id': '/phonenumbers/1', costCenter: 'changed' };
    expect(parsed(await cache.readJsonStream('/a'))).toEqual(changed);

    await cache.upsert('/a', [], { fetchedAt: 5, complete: false });
    goneFromFile('/a');
    const kept = (await cache.readJsonStream('/a'))!;
    expect(kept).toMatchObject({ rowCount: 3, fetchedAt: 5, complete: false });
    expect(JSON.parse(kept.all())).toEqual(changed);
  });

  it('clear and a dropped file forget every kept snapshot, and close the old connection', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/a', rows(3), 1, true);
    await cache.replaceAll('/b', rows(3), 1, true);
    parsed(await cache.readJsonStream('/a'));
    await cache.clear();
    let left = deletedDescriptors();
    if (left !== null) expect(left).toBe(0);
    expect(await cache.readJsonStream('/a')).toBeNull();

    await cache.replaceAll('/a', rows(3), 1, true);
    await cache.replaceAll('/b', rows(3), 1, true);
    parsed(await cache.readJsonStream('/a'));
    edit("UPDATE resources SET fetched_at = 99 WHERE resource = '/b'");
    expect(await cache.read('/b')).toBeNull();
    expect(fixture.notices).toEqual([{ kind: 'dropped', reason: 'corrupt', detail: expect.any(String) }]);
    left = deletedDescriptors();
    if (left !== null) expect(left).toBe(0);
    expect(await cache.readJsonStream('/a')).toBeNull();
  });
});

describe('compaction', () => {
  async function withDeltas(baseRows: number, upserts: number[]): Promise<void> {
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows(baseRows), 1, true);
    for (const count of upserts) await cache.upsert('/phonenumbers', rows(count, 'changed'));
    cache.close();
  }

  it('follows a read once there are more than 32 delta chunks, not at 32', async () => {
    await withDeltas(
      5000,
      Array.from({ length: 32 }, () => 1),
    );
    expect(await chunkKindsAfterRead('/phonenumbers')).toEqual([0, 0, 0, ...Array.from({ length: 32 }, () => 1)]);
    const cache = await fixture.open();
    await cache.upsert('/phonenumbers', rows(1, 'last'));
    cache.close();
    expect(await chunkKindsAfterRead('/phonenumbers')).toEqual([0, 0, 0]);
  });

  it('on a small snapshot, follows a read once more than 2,000 rows changed', async () => {
    await withDeltas(100, [30, 1970]);
    expect(await chunkKindsAfterRead('/phonenumbers')).toEqual([0, 1, 1]);
    const cache = await fixture.open();
    await cache.upsert('/phonenumbers', rows(1, 'last'));
    cache.close();
    expect(await chunkKindsAfterRead('/phonenumbers')).toEqual([0]);
  });

  it('on a large snapshot, follows a read once more than a quarter of its rows changed', async () => {
    await withDeltas(10_000, [2400]);
    expect(await chunkKindsAfterRead('/phonenumbers')).toEqual([0, 0, 0, 0, 0, 1, 1]);
    const cache = await fixture.open();
    await cache.upsert('/phonenumbers', rows(200, 'more', 3000));
    cache.close();
    expect(await chunkKindsAfterRead('/phonenumbers')).toEqual([0, 0, 0, 0, 0]);
    const reopened = await fixture.open();
    expect((await reopened.read('/phonenumbers'))!.rows).toHaveLength(10_000);
  });
});

describe('the stored metadata and the file', () => {
  it('after a change the plaintext row count is unknown until a read counts it', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/phonenumbers', rows(10), 1, true);
    expect(peek('SELECT row_count FROM resources')).toEqual([{ row_count: 10 }]);
    await cache.upsert('/phonenumbers', rows(2, 'new', 10));
    expect(peek('SELECT row_count FROM resources')).toEqual([{ row_count: null }]);
    await cache.upsert('/phonenumbers', [], { fetchedAt: 3 });
    expect(peek('SELECT row_count FROM resources')).toEqual([{ row_count: null }]);
    await cache.read('/phonenumbers');
    expect(peek('SELECT row_count FROM resources')).toEqual([{ row_count: 12 }]);
  });

  it('a row without @id is refused with a plain reason', async () => {
    const cache = await fixture.open();
    await expect(cache.upsert('/a', [{ name: 'x' }])).rejects.toMatchObject({
      code: 'CACHE_ROW_WITHOUT_ID',
      message: 'A row to cache has no "@id"; nothing was written.',
    });
  });

  it('a write that fails for a reason other than damage is a write error', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/a', rows(3), 1, true);
    const unserialisable = 10n as unknown as string;
    await expect(cache.remove('/a', [unserialisable])).rejects.toMatchObject({
      code: 'CACHE_WRITE_FAILED',
      details: { reason: 'Do not know how to serialize a BigInt' },
    });
    expect((await cache.read('/a'))!.rows).toEqual(rows(3));
    expect(fixture.notices).toEqual([]);
  });

  it('a file that turns out damaged under replaceAll is dropped, and the new snapshot goes into the fresh one', async () => {
    const cache = await fixture.open();
    await cache.replaceAll('/a', rows(3000, 'old'), 1, true);
    // another connection writes and checkpoints (so the open cache must read its pages again), then the file is cut
    const other = new DatabaseSync(fixture.file);
    other.exec("UPDATE cache_info SET value = value WHERE name = 'key-check'");
    other.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    other.close();
    await truncate(fixture.file, 16384 + 100);
    await cache.replaceAll('/b', rows(3, 'new'), 2, true);
    expect(fixture.notices).toEqual([{ kind: 'dropped', reason: 'corrupt', detail: expect.any(String) }]);
    expect(await cache.read('/a')).toBeNull();
    expect((await cache.read('/b'))!.rows).toEqual(rows(3, 'new'));
  });
});
