import { mkdir } from 'node:fs/promises';
import { AppError } from '../ipc/app-error.ts';
import type { SecretVault } from '../secrets/secret-vault.ts';
import { asCacheDamage, CacheDamage } from './cache-damage.ts';
import type { CacheDb, ChunkKind, ResourceMeta } from './cache-db.ts';
import { cacheFilePath, cacheSizeBytes, removeCacheFiles } from './cache-file.ts';
import { cacheKeyAccount, loadCacheKey } from './cache-key.ts';
import { createFresh, openExisting } from './cache-open.ts';
import { CHUNK_ITEMS, openChunk, openChunkText, sealChunk } from './chunk-codec.ts';
import { newGeneration, sealManifest, verifiedManifest, type Manifest } from './manifest.ts';
import { applyDeltas, uniqueRows, type CacheDelta } from './merge.ts';
import type {
  CacheNotice,
  CacheRow,
  CacheSnapshot,
  CacheSnapshotStream,
  ProfileCache,
  SnapshotUpdate,
} from './types.ts';
import { message } from '../../src-preload/contract/messages.ts';
import { operatorError } from '../ipc/operator-error.ts';

export interface OpenProfileCacheOptions {
  /** The folder of all profiles' caches, e.g. `<userData>/cache`. */
  dir: string;
  profileId: string;
  vault: SecretVault;
  onNotice?: (notice: CacheNotice) => void;
  now?: () => number;
  /** Rows kept decrypted in memory in all (default HOT_ROWS). */
  keptRows?: number;
}

// Past this many delta chunks or changed rows, a read is followed by a rewrite into base chunks.
const MAX_DELTA_CHUNKS = 32;
const MIN_DELTA_ROWS_TO_COMPACT = 2000;
// Snapshots kept opened (decrypted JSON text) in memory, so opening a grid again costs no cache read: the most
// recently read ones, up to this many rows in all (the last one read is kept whatever its size). Counted in rows,
// not snapshots: a few small grids opened after a large one must not push the large one out, whose read costs most.
const HOT_ROWS = 250_000;

/** The JSON array texts of parts, as one array text. */
export function joinJsonArrays(parts: readonly string[]): string {
  const inner = parts.map((part) => part.slice(1, -1)).filter((part) => part.trim() !== '');
  return `[${inner.join(',')}]`;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface HotSnapshot {
  rowCount: number;
  fetchedAt: number;
  complete: boolean;
  parts: { json: string; rows: number }[];
  whole: string | null;
}

function needsCompaction(meta: ResourceMeta): boolean {
  const deltaChunks = meta.chunkCount - Math.ceil(meta.baseRows / CHUNK_ITEMS);
  return deltaChunks > MAX_DELTA_CHUNKS || meta.deltaRows > Math.max(MIN_DELTA_ROWS_TO_COMPACT, meta.baseRows / 4);
}

function reasonOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

/** The operator reads that the previous copy is kept; the file system's own words go along as technical detail. */
function writeFailed(failure: unknown): AppError {
  return operatorError('CACHE_WRITE_FAILED', message('errors.cache.writeFailed'), { reason: reasonOf(failure) });
}

function rowsWithoutId(): AppError {
  return new AppError('CACHE_ROW_WITHOUT_ID', 'A row to cache has no "@id"; nothing was written.');
}

/**
 * The offline cache of one profile: a SQLite file of AES-256-GCM sealed chunks of rows, keyed by a secret that
 * lives only in the keychain. Damage of any kind drops the file (with a notice) and reads then return null.
 */
interface ChunksRead {
  base: CacheRow[];
  deltas: CacheDelta[];
}

function takeChunk(read: ChunksRead, kind: ChunkKind, items: unknown[]): void {
  if (kind === 'base') for (const item of items) read.base.push(item as CacheRow);
  else if (kind === 'upsert') read.deltas.push({ kind: 'upsert', rows: items as CacheRow[] });
  else read.deltas.push({ kind: 'remove', keys: items as string[] });
}

/** The snapshot's rows with its deltas applied, checked against the counts the sealed record holds. */
function mergedRows(resource: string, meta: ResourceMeta, read: ChunksRead): CacheRow[] {
  if (read.base.length !== meta.baseRows)
    throw new CacheDamage('corrupt', `rows of ${resource} are missing from the cache`);
  const rows = applyDeltas(read.base, read.deltas);
  if (meta.rowCount !== null && meta.rowCount !== rows.length)
    throw new CacheDamage('corrupt', `the row count of ${resource} differs from its rows`);
  return rows;
}

export async function openProfileCache(options: OpenProfileCacheOptions): Promise<ProfileCache> {
  const { dir, profileId, vault, onNotice } = options;
  const now = options.now ?? Date.now;
  const keptRows = options.keptRows ?? HOT_ROWS;
  const file = cacheFilePath(dir, profileId);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const { key, origin } = await loadCacheKey(vault, profileId);

  const report = (damage: CacheDamage): void => {
    try {
      onNotice?.({ kind: 'dropped', reason: damage.reason, detail: damage.message });
    } catch {
      // a listener's failure must not turn a handled drop into an error
    }
  };

  const opened = await openExisting(file, key, origin);
  let db: CacheDb;
  if (opened instanceof CacheDamage) {
    report(opened);
    db = await createFresh(file, key);
  } else {
    db = opened;
  }
  let closed = false;
  // Decrypted snapshots, most recently read last; a write to a resource forgets it (and bumps its version, so a
  // read that was under way does not keep the old text).
  const hot = new Map<string, HotSnapshot>();
  const versions = new Map<string, number>();
  const forget = (resource: string | null): void => {
    if (resource === null) {
      hot.clear();
      for (const key of versions.keys()) versions.set(key, (versions.get(key) ?? 0) + 1);
      return;
    }
    hot.delete(resource);
    versions.set(resource, (versions.get(resource) ?? 0) + 1);
  };
  const remember = (resource: string, entry: HotSnapshot, version: number): void => {
    if ((versions.get(resource) ?? 0) !== version || closed) return;
    hot.delete(resource);
    hot.set(resource, entry);
    let rows = 0;
    for (const kept of hot.values()) rows += kept.rowCount;
    for (const [oldest, kept] of hot) {
      if (rows <= keptRows || oldest === resource) break;
      hot.delete(oldest);
      rows -= kept.rowCount;
    }
  };
  const streamOf = (entry: HotSnapshot): CacheSnapshotStream => ({
    rowCount: entry.rowCount,
    fetchedAt: entry.fetchedAt,
    complete: entry.complete,
    parts: entry.parts,
    all: () => (entry.whole ??= joinJsonArrays(entry.parts.map((part) => part.json))),
  });

  // One operation at a time: each runs to completion on the single connection before the next starts.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => T | Promise<T>): Promise<T> => {
    const run = queue.then(() => {
      if (closed) throw operatorError('CACHE_CLOSED', message('errors.cache.closed'));
      return job();
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const drop = async (damage: CacheDamage): Promise<void> => {
    forget(null);
    db.close();
    report(damage);
    db = await createFresh(file, key);
  };

  /** Runs `work`; if the file turns out damaged, drops it and answers `afterDrop` instead of failing. */
  const guarded = async <T>(work: () => T | Promise<T>, afterDrop: () => T | Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (failure) {
      const damage = asCacheDamage(failure);
      if (damage === null) throw failure;
      await drop(damage);
      return afterDrop();
    }
  };

  /** Seals `items` into chunks from `firstSeq` on, and lists them in `manifest`; returns the next free seq. */
  const sealInto = (
    resource: string,
    manifest: Manifest,
    firstSeq: number,
    kind: ChunkKind,
    items: readonly unknown[],
    at: number,
    sealed?: { json: string; rows: number }[],
  ): number => {
    let seq = firstSeq;
    for (let start = 0; start < items.length; start += CHUNK_ITEMS) {
      const chunk = sealChunk(key, resource, manifest.generation, seq, kind, items.slice(start, start + CHUNK_ITEMS));
      db.insertChunk(resource, chunk, at);
      sealed?.push({ json: chunk.json, rows: chunk.itemCount });
      manifest.chunks.push([seq, kind, chunk.itemCount]);
      seq += 1;
    }
    return seq;
  };

  const putSealed = (resource: string, manifest: Manifest, rowCount: number | null, nextSeq: number, at: number) => {
    const meta: ResourceMeta = {
      fetchedAt: manifest.fetchedAt,
      complete: manifest.complete,
      rowCount,
      chunkCount: manifest.chunks.length,
      baseRows: manifest.baseRows,
      deltaRows: manifest.deltaRows,
      nextSeq,
      seal: sealManifest(key, resource, manifest),
    };
    db.putMeta(resource, meta, at);
  };

  const baseManifest = (rows: readonly CacheRow[], fetchedAt: number, complete: boolean): Manifest => ({
    generation: newGeneration(),
    fetchedAt,
    complete,
    baseRows: rows.length,
    deltaRows: 0,
    chunks: [],
  });

  const writeBase = (resource: string, rows: CacheRow[], fetchedAt: number, complete: boolean): void => {
    const at = now();
    forget(resource);
    db.transaction(() => {
      const firstSeq = db.meta(resource)?.nextSeq ?? 0;
      db.deleteChunks(resource);
      const manifest = baseManifest(rows, fetchedAt, complete);
      const nextSeq = sealInto(resource, manifest, firstSeq, 'base', rows, at);
      putSealed(resource, manifest, rows.length, nextSeq, at);
    });
  };

  /**
   * writeBase in one transaction still, but a chunk per turn of the event loop, so main answers meanwhile. keep: the
   * chunks' text, as sealed, is kept as the opened snapshot once the transaction has committed (what warming it
   * would decrypt and inflate again).
   */
  const writeBaseIncrementally = async (
    resource: string,
    rows: CacheRow[],
    fetchedAt: number,
    complete: boolean,
    keep: boolean,
  ): Promise<void> => {
    const at = now();
    forget(resource);
    const version = versions.get(resource) ?? 0;
    const sealed: { json: string; rows: number }[] | undefined = keep ? [] : undefined;
    await db.transactionAsync(async () => {
      const firstSeq = db.meta(resource)?.nextSeq ?? 0;
      db.deleteChunks(resource);
      const manifest = baseManifest(rows, fetchedAt, complete);
      let seq = firstSeq;
      for (let start = 0; start < rows.length; start += CHUNK_ITEMS) {
        seq = sealInto(resource, manifest, seq, 'base', rows.slice(start, start + CHUNK_ITEMS), at, sealed);
        if (start + CHUNK_ITEMS < rows.length) await nextTurn();
      }
      putSealed(resource, manifest, rows.length, seq, at);
    });
    if (sealed) remember(resource, { rowCount: rows.length, fetchedAt, complete, parts: sealed, whole: null }, version);
  };

  const writeDelta = (
    resource: string,
    kind: 'upsert' | 'remove',
    items: readonly unknown[],
    update: SnapshotUpdate | undefined,
  ): void => {
    const at = now();
    // Only the snapshot's time or completeness changes: the decrypted text kept in memory stays good.
    const kept = items.length === 0 ? hot.get(resource) : undefined;
    forget(resource);
    db.transaction(() => {
      const meta = db.meta(resource);
      if (meta === null) return;
      // the chunks are checked when read; here the seal only has to be sound to extend it
      const manifest = verifiedManifest(key, resource, meta, null);
      const nextSeq = sealInto(resource, manifest, meta.nextSeq, kind, items, at);
      manifest.fetchedAt = update?.fetchedAt ?? manifest.fetchedAt;
      manifest.complete = update?.complete ?? manifest.complete;
      manifest.deltaRows += items.length;
      putSealed(resource, manifest, items.length === 0 ? meta.rowCount : null, nextSeq, at);
    });
    if (kept) {
      kept.fetchedAt = update?.fetchedAt ?? kept.fetchedAt;
      kept.complete = update?.complete ?? kept.complete;
      remember(resource, kept, versions.get(resource) ?? 0);
    }
  };

  const readSnapshot = (resource: string): { snapshot: CacheSnapshot; meta: ResourceMeta } | null => {
    const meta = db.meta(resource);
    if (meta === null) return null;
    const chunks = db.chunks(resource);
    const { generation } = verifiedManifest(key, resource, meta, chunks);
    const read: ChunksRead = { base: [], deltas: [] };
    for (const chunk of chunks) takeChunk(read, chunk.kind, openChunk(key, resource, generation, chunk));
    const rows = mergedRows(resource, meta, read);
    return { snapshot: { rows, fetchedAt: meta.fetchedAt, complete: meta.complete }, meta };
  };

  const readSnapshotStream = (resource: string): CacheSnapshotStream | null => {
    const kept = hot.get(resource);
    if (kept) {
      hot.delete(resource);
      hot.set(resource, kept);
      return streamOf(kept);
    }
    const version = versions.get(resource) ?? 0;
    const meta = db.meta(resource);
    if (meta === null) return null;
    const chunks = db.chunks(resource);
    const { generation } = verifiedManifest(key, resource, meta, chunks);
    if (chunks.some((chunk) => chunk.kind !== 'base')) {
      // Deltas must be merged, which needs the rows themselves: one part, the merged snapshot.
      const found = readSnapshot(resource);
      if (found === null) return null;
      const { rows, fetchedAt, complete } = found.snapshot;
      const json = JSON.stringify(rows);
      const entry: HotSnapshot = {
        rowCount: rows.length,
        fetchedAt,
        complete,
        parts: [{ json, rows: rows.length }],
        whole: json,
      };
      remember(resource, entry, version);
      return streamOf(entry);
    }
    const rowCount = chunks.reduce((sum, chunk) => sum + chunk.itemCount, 0);
    if (rowCount !== meta.baseRows || (meta.rowCount !== null && meta.rowCount !== rowCount))
      throw new CacheDamage('corrupt', `rows of ${resource} are missing from the cache`);
    // Opened lazily, so the first rows can go out before the last are decrypted. A chunk that fails
    // authentication throws to the consumer (the grid service), which drops the cache and refetches.
    const entry: HotSnapshot = { rowCount, fetchedAt: meta.fetchedAt, complete: meta.complete, parts: [], whole: null };
    const parts = (function* () {
      for (const chunk of chunks) {
        const part = { json: openChunkText(key, resource, generation, chunk), rows: chunk.itemCount };
        entry.parts.push(part);
        yield part;
      }
      remember(resource, entry, version);
    })();
    return {
      rowCount,
      fetchedAt: meta.fetchedAt,
      complete: meta.complete,
      parts,
      all() {
        // the parts the consumer has not taken yet, then all of them as one text
        for (let next = parts.next(); !next.done; next = parts.next());
        return (entry.whole ??= joinJsonArrays(entry.parts.map((part) => part.json)));
      },
    };
  };

  /**
   * Opens a snapshot into memory ahead of a grid asking for it, a chunk per turn of the event loop, so main answers
   * meanwhile: the same work readSnapshotStream would do on the open's path (deltas merged, the rows as text).
   */
  const warmSnapshot = async (resource: string): Promise<void> => {
    const kept = hot.get(resource);
    if (kept) {
      // kept by a whole write: its parts as sealed; the one text an open sends is joined here, not on the open's path
      kept.whole ??= joinJsonArrays(kept.parts.map((part) => part.json));
      return;
    }
    const version = versions.get(resource) ?? 0;
    const meta = db.meta(resource);
    if (meta === null) return;
    const chunks = db.chunks(resource);
    const { generation } = verifiedManifest(key, resource, meta, chunks);
    const entry: HotSnapshot = {
      rowCount: 0,
      fetchedAt: meta.fetchedAt,
      complete: meta.complete,
      parts: [],
      whole: null,
    };
    if (chunks.every((chunk) => chunk.kind === 'base')) {
      for (const chunk of chunks) {
        entry.parts.push({ json: openChunkText(key, resource, generation, chunk), rows: chunk.itemCount });
        entry.rowCount += chunk.itemCount;
        await nextTurn();
      }
      if (entry.rowCount !== meta.baseRows || (meta.rowCount !== null && meta.rowCount !== entry.rowCount))
        throw new CacheDamage('corrupt', `rows of ${resource} are missing from the cache`);
    } else {
      const read: ChunksRead = { base: [], deltas: [] };
      for (const chunk of chunks) {
        takeChunk(read, chunk.kind, openChunk(key, resource, generation, chunk));
        await nextTurn();
      }
      const rows = mergedRows(resource, meta, read);
      for (let start = 0; start < rows.length; start += CHUNK_ITEMS) {
        const slice = rows.slice(start, start + CHUNK_ITEMS);
        entry.parts.push({ json: JSON.stringify(slice), rows: slice.length });
        await nextTurn();
      }
      entry.rowCount = rows.length;
    }
    entry.whole = joinJsonArrays(entry.parts.map((part) => part.json));
    remember(resource, entry, version);
  };

  const compactLater = (resource: string): void => {
    // After the reply to this read has gone out: compaction costs about one full write.
    setImmediate(() => {
      serial(() =>
        guarded(
          () => {
            const current = readSnapshot(resource);
            if (current && needsCompaction(current.meta)) {
              writeBase(resource, current.snapshot.rows, current.snapshot.fetchedAt, current.snapshot.complete);
            }
          },
          () => undefined,
        ),
      ).catch(() => undefined);
    });
  };

  return {
    read: (resource) =>
      serial(() =>
        guarded(
          () => {
            const found = readSnapshot(resource);
            if (found === null) return null;
            const { snapshot, meta } = found;
            if (meta.rowCount !== snapshot.rows.length) db.setRowCount(resource, snapshot.rows.length);
            if (needsCompaction(meta)) compactLater(resource);
            return snapshot;
          },
          () => null,
        ),
      ),

    readJsonStream: (resource) =>
      serial(() =>
        guarded(
          () => readSnapshotStream(resource),
          () => null,
        ),
      ),

    warm: (resource) =>
      serial(() =>
        guarded(
          () => warmSnapshot(resource),
          () => undefined,
        ),
      ),

    largestResource: () => serial(() => db.largestResource()),

    replaceAll(resource, rows, fetchedAt, complete, options) {
      const unique = uniqueRows(rows);
      if (unique === null) return Promise.reject(rowsWithoutId());
      const keep = options?.keepOpened === true;
      return serial(async () => {
        try {
          // On a damaged file the snapshot is written again into the fresh one.
          await guarded(
            () => writeBaseIncrementally(resource, unique, fetchedAt, complete, keep),
            () => writeBaseIncrementally(resource, unique, fetchedAt, complete, keep),
          );
        } catch (failure) {
          throw writeFailed(failure);
        }
      });
    },

    upsert(resource, rows, update) {
      if (uniqueRows(rows) === null) return Promise.reject(rowsWithoutId());
      return serial(async () => {
        try {
          await guarded(
            () => writeDelta(resource, 'upsert', rows, update),
            () => undefined,
          );
        } catch (failure) {
          throw writeFailed(failure);
        }
      });
    },

    remove(resource, keys, update) {
      return serial(async () => {
        try {
          await guarded(
            () => writeDelta(resource, 'remove', keys, update),
            () => undefined,
          );
        } catch (failure) {
          throw writeFailed(failure);
        }
      });
    },

    sizeBytes: () => serial(() => cacheSizeBytes(file)),

    clear: () =>
      serial(async () => {
        forget(null);
        db.close();
        db = await createFresh(file, key);
      }),

    close() {
      if (closed) return;
      closed = true;
      hot.clear();
      db.close();
    },
  };
}

/** Deleting a profile: its cache files and its cache key. The profile's open cache must be closed first. */
export async function deleteProfileCache(options: {
  dir: string;
  profileId: string;
  vault: SecretVault;
}): Promise<void> {
  await removeCacheFiles(cacheFilePath(options.dir, options.profileId));
  await options.vault.delete(cacheKeyAccount(options.profileId));
}
