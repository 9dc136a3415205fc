import { randomBytes } from 'node:crypto';
import { mkdtemp, open, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asCacheDamage, CacheDamage } from '../../../src-main/cache/cache-damage.ts';
import { openCacheDb, type ResourceMeta, type StoredChunk } from '../../../src-main/cache/cache-db.ts';
import {
  cacheFilePath,
  cacheSizeBytes,
  inspectCacheFile,
  removeCacheFiles,
} from '../../../src-main/cache/cache-file.ts';
import { openExisting } from '../../../src-main/cache/cache-open.ts';
import { openChunk, openChunkText, sealChunk, sealKeyCheck } from '../../../src-main/cache/chunk-codec.ts';
import { sealManifest, verifiedManifest, type Manifest } from '../../../src-main/cache/manifest.ts';
import { applyDeltas, uniqueRows } from '../../../src-main/cache/merge.ts';
import { joinJsonArrays } from '../../../src-main/cache/profile-cache.ts';
import { sealText } from '../../../src-main/cache/sealed-text.ts';
import { openDescriptors } from '../../support/open-descriptors.ts';

const KEY = randomBytes(32);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'noc-cache-parts-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a function throws (the test fails if it returns). */
function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (failure) {
    return failure;
  }
  throw new Error('expected a failure');
}

/** A closed SQLite file in rollback-journal mode (its header's page count is valid) with `pages` pages or more. */
function plainDatabase(file: string, pageSize: number, rows: number): void {
  const db = new DatabaseSync(file);
  db.exec(`PRAGMA page_size = ${pageSize}`);
  db.exec('CREATE TABLE t (v BLOB)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  for (let i = 0; i < rows; i += 1) insert.run(randomBytes(1000));
  db.close();
}

describe('asCacheDamage: which failures mean a damaged file', () => {
  it('classifies SQLite’s own failures by their result code', async () => {
    const cantOpen = thrown(() => new DatabaseSync(path.join(dir, 'missing', 'x.sqlite')));
    expect(asCacheDamage(cantOpen)).toMatchObject({
      name: 'CacheDamage',
      reason: 'unreadable',
      message: 'the cache file cannot be read (unable to open database file)',
    });
    await writeFile(path.join(dir, 'garbage'), Buffer.alloc(5000, 7));
    const notADb = thrown(() => new DatabaseSync(path.join(dir, 'garbage')).prepare('PRAGMA user_version').get());
    expect(asCacheDamage(notADb)).toMatchObject({
      reason: 'corrupt',
      message: 'the cache file is damaged (file is not a database)',
    });
    const syntax = thrown(() => new DatabaseSync(':memory:').exec('SELEC'));
    expect(asCacheDamage(syntax)).toBeNull();
  });

  it('a short read is truncation, not an I/O error; extended codes count by their primary code', () => {
    const sqlite = (errcode: number, text: string): Error =>
      Object.assign(new Error(text), { code: 'ERR_SQLITE_ERROR', errcode });
    expect(asCacheDamage(sqlite(522, 'disk I/O error'))).toMatchObject({
      reason: 'corrupt',
      message: 'the cache file is truncated (disk I/O error)',
    });
    expect(asCacheDamage(sqlite(266, 'disk I/O error'))).toMatchObject({ reason: 'unreadable' });
    expect(asCacheDamage(sqlite(779, 'malformed'))).toMatchObject({ reason: 'corrupt' });
    expect(asCacheDamage(sqlite(13, 'database or disk is full'))).toBeNull();
  });

  it('anything that is not a SQLite failure is a real error', () => {
    const damage = new CacheDamage('wrong-key', 'x');
    expect(asCacheDamage(damage)).toBe(damage);
    expect(asCacheDamage(null)).toBeNull();
    expect(asCacheDamage(undefined)).toBeNull();
    expect(asCacheDamage('ERR_SQLITE_ERROR')).toBeNull();
    expect(asCacheDamage(Object.assign(new Error('no space'), { code: 'ENOSPC', errcode: 11 }))).toBeNull();
    expect(asCacheDamage({ code: 'ERR_SQLITE_ERROR', errcode: '11' })).toBeNull();
  });
});

describe('cache files', () => {
  it('a profile id names a file only when nothing in it can leave the folder', () => {
    expect(cacheFilePath(dir, 'p-1_A')).toBe(path.join(dir, 'p-1_A.sqlite'));
    expect(cacheFilePath(dir, 'a'.repeat(128))).toBe(path.join(dir, `${'a'.repeat(128)}.sqlite`));
    for (const id of ['', 'a'.repeat(129), 'p1/../../etc', 'p1.x', '../p1']) {
      expect(thrown(() => cacheFilePath(dir, id))).toMatchObject({
        code: 'CACHE_BAD_PROFILE_ID',
        message: 'This profile id cannot name a cache file.',
      });
    }
  });

  it('inspection tells absent, empty, too short and not-a-database apart', async () => {
    const file = path.join(dir, 'p.sqlite');
    expect(await inspectCacheFile(file)).toEqual({ state: 'absent' });
    await writeFile(file, '');
    expect(await inspectCacheFile(file)).toEqual({ state: 'empty' });
    const magic = Buffer.from('SQLite format 3\0', 'latin1');
    await writeFile(file, Buffer.concat([magic, Buffer.alloc(83)]));
    expect(await inspectCacheFile(file)).toEqual({ state: 'damaged', detail: 'the cache file is not a database' });
    // a header and nothing else (no pages counted) is still a database file
    await writeFile(file, Buffer.concat([magic, Buffer.alloc(84)]));
    expect(await inspectCacheFile(file)).toEqual({ state: 'sqlite' });
    await writeFile(file, randomBytes(5000));
    expect(await inspectCacheFile(file)).toEqual({ state: 'damaged', detail: 'the cache file is not a database' });
  });

  it('a file shorter than its header’s page count is truncated, also with 64 KiB pages', async () => {
    const file = path.join(dir, 'p.sqlite');
    plainDatabase(file, 65_536, 200);
    expect(await inspectCacheFile(file)).toEqual({ state: 'sqlite' });
    const header = Buffer.alloc(100);
    const handle = await open(file, 'r');
    await handle.read(header, 0, 100, 0);
    await handle.close();
    const pages = header.readUInt32BE(28);
    expect(pages).toBeGreaterThan(2);
    await truncate(file, 65_536 + 500);
    expect(await inspectCacheFile(file)).toEqual({
      state: 'damaged',
      detail: `the cache file is truncated (${65_536 + 500} of ${65_536 * pages} bytes)`,
    });
  });

  it('a short file is not judged by its page count when a WAL lies beside it or the count is stale', async () => {
    const file = path.join(dir, 'p.sqlite');
    plainDatabase(file, 4096, 50);
    await truncate(file, 4096 * 3);
    await writeFile(`${file}-wal`, randomBytes(64));
    expect(await inspectCacheFile(file)).toEqual({ state: 'sqlite' });
    await rm(`${file}-wal`);
    expect((await inspectCacheFile(file)).state).toBe('damaged');
    // a header written by an old SQLite: the page count is not valid for this change counter
    const handle = await open(file, 'r+');
    await handle.write(Buffer.from([0, 0, 0, 0]), 0, 4, 92);
    await handle.close();
    expect(await inspectCacheFile(file)).toEqual({ state: 'sqlite' });
  });

  it('the size and the removal of a cache take in the files SQLite keeps beside it', async () => {
    const file = path.join(dir, 'p.sqlite');
    const sizes = { '': 100, '-wal': 20, '-shm': 3, '-journal': 4000 };
    for (const [suffix, size] of Object.entries(sizes)) await writeFile(`${file}${suffix}`, Buffer.alloc(size));
    await writeFile(path.join(dir, 'other.sqlite'), Buffer.alloc(7));
    expect(await cacheSizeBytes(file)).toBe(4123);
    await removeCacheFiles(file);
    expect(await readdir(dir)).toEqual(['other.sqlite']);
    expect(await cacheSizeBytes(file)).toBe(0);
    await removeCacheFiles(file);
  });

  it('inspection leaves no file open', async () => {
    const file = path.join(dir, 'p.sqlite');
    plainDatabase(file, 4096, 5);
    for (let i = 0; i < 5; i += 1) await inspectCacheFile(file);
    const held = openDescriptors(file);
    if (held !== null) expect(held).toBe(0);
  });
});

describe('the manifest', () => {
  const chunks: StoredChunk[] = [
    { seq: 4, kind: 'base', itemCount: 2000, payload: new Uint8Array() },
    { seq: 5, kind: 'base', itemCount: 10, payload: new Uint8Array() },
    { seq: 6, kind: 'upsert', itemCount: 3, payload: new Uint8Array() },
  ];
  const manifest: Manifest = {
    generation: 99,
    fetchedAt: 1234,
    complete: true,
    baseRows: 2010,
    deltaRows: 3,
    chunks: chunks.map((chunk) => [chunk.seq, chunk.kind, chunk.itemCount]),
  };
  const meta = (resource = '/phonenumbers', changes: Partial<ResourceMeta> = {}): ResourceMeta => ({
    fetchedAt: 1234,
    complete: true,
    rowCount: null,
    chunkCount: 3,
    baseRows: 2010,
    deltaRows: 3,
    nextSeq: 7,
    seal: sealManifest(KEY, resource, manifest),
    ...changes,
  });
  const damageOf = (work: () => unknown): { reason: string; message: string } => {
    const failure = thrown(work);
    expect(failure).toBeInstanceOf(CacheDamage);
    return failure as CacheDamage;
  };

  it('opens when the metadata and the chunk table are the sealed ones', () => {
    expect(verifiedManifest(KEY, '/phonenumbers', meta(), chunks)).toEqual(manifest);
    expect(verifiedManifest(KEY, '/phonenumbers', meta(), null)).toEqual(manifest);
  });

  it('belongs to its resource, and a missing seal is damage', () => {
    expect(damageOf(() => verifiedManifest(KEY, '/simcards', meta(), chunks))).toEqual(
      expect.objectContaining({
        reason: 'corrupt',
        message: 'the cache of /simcards has a seal that failed authentication',
      }),
    );
    expect(
      damageOf(() => verifiedManifest(KEY, '/phonenumbers', meta('/phonenumbers', { seal: null }), null)),
    ).toMatchObject({ message: 'the cache of /phonenumbers has no seal' });
  });

  it.each([
    ['fetchedAt', { fetchedAt: 1235 }],
    ['complete', { complete: false }],
    ['baseRows', { baseRows: 2000 }],
    ['deltaRows', { deltaRows: 2 }],
    ['chunkCount', { chunkCount: 2 }],
  ] as const)('metadata that differs from the seal (%s) is damage', (_field, changes) => {
    expect(damageOf(() => verifiedManifest(KEY, '/phonenumbers', meta('/phonenumbers', changes), null))).toMatchObject({
      message: 'the cache of /phonenumbers has metadata that differs from its seal',
    });
  });

  it.each([
    ['a chunk missing', chunks.slice(0, 2)],
    ['a chunk added', [...chunks, { ...chunks[2]!, seq: 7 }]],
    ['another sequence number', chunks.map((chunk, i) => (i === 1 ? { ...chunk, seq: 9 } : chunk))],
    ['another kind', chunks.map((chunk, i) => (i === 2 ? { ...chunk, kind: 'remove' as const } : chunk))],
    ['another row count', chunks.map((chunk, i) => (i === 0 ? { ...chunk, itemCount: 1999 } : chunk))],
  ])('a chunk table with %s is damage', (_what, table) => {
    expect(damageOf(() => verifiedManifest(KEY, '/phonenumbers', meta(), table))).toMatchObject({
      reason: 'corrupt',
      message: 'the cache of /phonenumbers has records missing, added or replaced',
    });
  });
});

describe('chunks', () => {
  it('a record sealed with the right place but the wrong number of rows is damage', () => {
    // only a holder of the key could make one: the AAD says three rows, the array holds two
    const payload = sealText(KEY, 'noc-cache/2\0/r\x001\x000\0base\x003', '[{"@id":"a"},{"@id":"b"}]');
    const chunk: StoredChunk = { seq: 0, kind: 'base', itemCount: 3, payload };
    expect(openChunkText(KEY, '/r', 1, chunk)).toBe('[{"@id":"a"},{"@id":"b"}]');
    expect(thrown(() => openChunk(KEY, '/r', 1, chunk))).toMatchObject({
      reason: 'corrupt',
      message: 'a cache record of /r holds the wrong number of rows',
    });
    const notAnArray = sealText(KEY, 'noc-cache/2\0/r\x001\x000\0base\x003', '{"length":3}');
    expect(thrown(() => openChunk(KEY, '/r', 1, { ...chunk, payload: notAnArray }))).toBeInstanceOf(CacheDamage);
  });

  it('a record that fails authentication as text says so', () => {
    const chunk = sealChunk(KEY, '/r', 1, 0, 'base', [1, 2]);
    expect(thrown(() => openChunkText(KEY, '/r', 2, chunk))).toMatchObject({
      reason: 'corrupt',
      message: 'a cache record of /r failed authentication',
    });
  });
});

describe('merging', () => {
  it('without deltas the snapshot is the stored array itself; without repeats the rows are too', () => {
    const rows = [{ '@id': 'a' }, { '@id': 'b' }];
    expect(applyDeltas(rows, [])).toBe(rows);
    expect(uniqueRows(rows)).toBe(rows);
    expect(uniqueRows([...rows, { '@id': 'a', v: 2 }])).toEqual([{ '@id': 'b' }, { '@id': 'a', v: 2 }]);
  });

  it('joins JSON array texts, skipping empty ones', () => {
    expect(joinJsonArrays(['[1,2]', '[]', '[ ]', '[{"a":[3]}]'])).toBe('[1,2,{"a":[3]}]');
    expect(joinJsonArrays([])).toBe('[]');
    expect(joinJsonArrays(['[]'])).toBe('[]');
  });
});

describe('the cache database', () => {
  it('a new file gets 16 KiB pages, WAL, and format 2', () => {
    const file = path.join(dir, 'p.sqlite');
    openCacheDb(file).close();
    const peek = new DatabaseSync(file, { readOnly: true });
    expect(peek.prepare('PRAGMA user_version').get()).toEqual({ user_version: 2 });
    expect(peek.prepare('PRAGMA page_size').get()).toEqual({ page_size: 16384 });
    expect(peek.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    peek.close();
  });

  it('a file of another format is unreadable, and is left closed', async () => {
    const file = path.join(dir, 'p.sqlite');
    const old = new DatabaseSync(file);
    old.exec('PRAGMA user_version = 1');
    old.close();
    expect(thrown(() => openCacheDb(file))).toMatchObject({
      name: 'CacheDamage',
      reason: 'unreadable',
      message: 'the cache file has format 1, this version reads 2',
    });
    const held = openDescriptors(file);
    if (held !== null) expect(held).toBe(0);
  });

  it('keeps row counts, rejects unknown chunk kinds, and closes twice without complaint', () => {
    const file = path.join(dir, 'p.sqlite');
    const db = openCacheDb(file);
    const meta: ResourceMeta = {
      fetchedAt: 5,
      complete: false,
      rowCount: null,
      chunkCount: 0,
      baseRows: 0,
      deltaRows: 0,
      nextSeq: 0,
      seal: null,
    };
    db.putMeta('/r', meta, 1);
    expect(db.meta('/r')).toEqual(meta);
    db.setRowCount('/r', 42);
    expect(db.meta('/r')).toEqual({ ...meta, rowCount: 42 });
    db.insertChunk('/r', { seq: 0, kind: 'remove', itemCount: 1, payload: new Uint8Array([1]) }, 1);
    expect(db.chunks('/r')).toEqual([{ seq: 0, kind: 'remove', itemCount: 1, payload: new Uint8Array([1]) }]);
    const raw = new DatabaseSync(file);
    raw.exec('UPDATE chunks SET kind = 7');
    raw.close();
    expect(thrown(() => db.chunks('/r'))).toMatchObject({
      reason: 'corrupt',
      message: 'a cache chunk has an unknown kind 7',
    });
    db.close();
    db.close();
  });

  it('waits up to two seconds for another writer before it gives up', () => {
    const file = path.join(dir, 'p.sqlite');
    const db = openCacheDb(file);
    const other = new DatabaseSync(file);
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const failure = thrown(() => db.transaction(() => db.setRowCount('/r', 1)));
    const waited = Date.now() - started;
    other.exec('ROLLBACK');
    other.close();
    expect(failure).toMatchObject({ code: 'ERR_SQLITE_ERROR', message: 'database is locked' });
    expect(asCacheDamage(failure)).toBeNull();
    expect(waited).toBeGreaterThanOrEqual(1900);
    db.close();
  });

  it('cuts the WAL back to 4 MiB once a large write has been checkpointed', async () => {
    const file = path.join(dir, 'p.sqlite');
    const db = openCacheDb(file);
    // about 18 MB: past SQLite's automatic checkpoint (1,000 pages of 16 KiB)
    db.transaction(() => {
      for (let seq = 0; seq < 180; seq += 1) {
        db.insertChunk('/r', { seq, kind: 'base', itemCount: 1, payload: randomBytes(100_000) }, 1);
      }
    });
    expect((await stat(`${file}-wal`)).size).toBeGreaterThan(16 * 1024 * 1024);
    db.transaction(() => db.writeKeyCheck(new Uint8Array([1])));
    expect((await stat(`${file}-wal`)).size).toBeLessThanOrEqual(4 * 1024 * 1024);
    db.close();
  });

  it.each([
    ['nothing stored', '', false],
    ['a resource row only', "INSERT INTO resources VALUES ('/r', 1, 1, 0, 0, 0, 0, 0, NULL, 1)", true],
    ['a chunk only', "INSERT INTO chunks VALUES ('/r', 0, 0, 0, x'00', 1)", true],
  ])('hasSnapshots with %s', (_what, sql, expected) => {
    const file = path.join(dir, 'p.sqlite');
    const db = openCacheDb(file);
    if (sql) {
      const raw = new DatabaseSync(file);
      raw.exec(sql);
      raw.close();
    }
    expect(db.hasSnapshots()).toBe(expected);
    db.close();
  });
});

describe('opening an existing cache file', () => {
  const file = (): string => path.join(dir, 'p.sqlite');

  it('a file without a key check and without data is sealed to the key; with data it is damage', async () => {
    openCacheDb(file()).close();
    const opened = await openExisting(file(), KEY, 'stored');
    expect(opened).not.toBeInstanceOf(CacheDamage);
    const db = opened as Exclude<typeof opened, CacheDamage>;
    expect(db.readKeyCheck()).not.toBeNull();
    db.close();
    const again = await openExisting(file(), KEY, 'stored');
    expect(again).not.toBeInstanceOf(CacheDamage);
    (again as Exclude<typeof again, CacheDamage>).close();

    await rm(file());
    const bare = openCacheDb(file());
    bare.putMeta(
      '/r',
      { fetchedAt: 1, complete: true, rowCount: 0, chunkCount: 0, baseRows: 0, deltaRows: 0, nextSeq: 0, seal: null },
      1,
    );
    bare.close();
    expect(await openExisting(file(), KEY, 'stored')).toMatchObject({
      reason: 'corrupt',
      message: 'the cache file has lost its key check',
    });
    const held = openDescriptors(file());
    if (held !== null) expect(held).toBe(0);
  });

  it('says why a file cannot be read with the key it was given', async () => {
    const db = openCacheDb(file());
    db.writeKeyCheck(sealKeyCheck(KEY));
    db.close();
    expect(await openExisting(file(), randomBytes(32), 'stored')).toMatchObject({
      reason: 'wrong-key',
      message: 'the cache was sealed with another key than the one in the keychain',
    });
    expect(await openExisting(file(), KEY, 'created')).toMatchObject({
      reason: 'missing-key',
      message: 'the cache key was missing from the keychain, so the cache could not be read',
    });
    expect(await openExisting(file(), KEY, 'replaced')).toMatchObject({
      reason: 'wrong-key',
      message: 'the keychain held no usable cache key, so the cache could not be read',
    });
  });
});
