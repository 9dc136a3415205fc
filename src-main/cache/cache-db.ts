import { DatabaseSync } from 'node:sqlite';
import { keyCheckRecord, preparedStatements } from '../storage/sqlite-helpers.ts';
import { CacheDamage } from './cache-damage.ts';

// 2: each snapshot sealed as a whole (resources.seal); a file of format 1 is dropped and refetched.
const SCHEMA_VERSION = 2;

/** What SQLite knows about one resource's snapshot; none of it is row content. */
export interface ResourceMeta {
  fetchedAt: number;
  complete: boolean;
  /** Exact after a full write or a read; null after an upsert/remove until the next read counts. */
  rowCount: number | null;
  chunkCount: number;
  baseRows: number;
  deltaRows: number;
  /** Chunk sequence numbers only grow, so a sealed chunk's AAD is never reused by another chunk. */
  nextSeq: number;
  /** The sealed manifest (see manifest.ts) that the rest of this record and the chunks must agree with. */
  seal: Uint8Array | null;
}

export type ChunkKind = 'base' | 'upsert' | 'remove';

export interface StoredChunk {
  seq: number;
  kind: ChunkKind;
  itemCount: number;
  payload: Uint8Array;
}

export interface CacheDb {
  readKeyCheck(): Uint8Array | null;
  writeKeyCheck(sealed: Uint8Array): void;
  /** Whether any snapshot is stored: a file with data but no key check has been tampered with. */
  hasSnapshots(): boolean;
  meta(resource: string): ResourceMeta | null;
  /** The resource with the most rows stored (base and delta rows), or null. */
  largestResource(): string | null;
  chunks(resource: string): StoredChunk[];
  insertChunk(resource: string, chunk: StoredChunk, updatedAt: number): void;
  deleteChunks(resource: string): void;
  putMeta(resource: string, meta: ResourceMeta, updatedAt: number): void;
  setRowCount(resource: string, rowCount: number): void;
  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: () => T): T;
  /** Like transaction, for work that yields to the event loop between steps (nothing else may use the connection
   * meanwhile: the profile cache runs one operation at a time). */
  transactionAsync<T>(work: () => Promise<T>): Promise<T>;
  close(): void;
}

const KINDS: readonly ChunkKind[] = ['base', 'upsert', 'remove'];

const SCHEMA = `
CREATE TABLE IF NOT EXISTS cache_info (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS resources (
  resource TEXT PRIMARY KEY,
  fetched_at INTEGER NOT NULL,
  complete INTEGER NOT NULL,
  row_count INTEGER,
  chunk_count INTEGER NOT NULL,
  base_rows INTEGER NOT NULL,
  delta_rows INTEGER NOT NULL,
  next_seq INTEGER NOT NULL,
  seal BLOB,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
  resource TEXT NOT NULL,
  seq INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  item_count INTEGER NOT NULL,
  payload BLOB NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (resource, seq)
);`;

interface MetaRow {
  fetched_at: number;
  complete: number;
  row_count: number | null;
  chunk_count: number;
  base_rows: number;
  delta_rows: number;
  next_seq: number;
  seal: Uint8Array | null;
}

/** Opens (creating if needed) a cache database: WAL, so a crash mid-write leaves the last commit intact. */
export function openCacheDb(file: string): CacheDb {
  const db = new DatabaseSync(file);
  try {
    const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    if (version !== 0 && version !== SCHEMA_VERSION) {
      throw new CacheDamage('unreadable', `the cache file has format ${version}, this version reads ${SCHEMA_VERSION}`);
    }
    // page_size only takes effect on a new file, and must come before the switch to WAL.
    db.exec('PRAGMA page_size = 16384');
    db.exec('PRAGMA journal_mode = WAL');
    // NORMAL in WAL mode: commits stay atomic; a power cut may lose the last commit, which a cache can refetch.
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA journal_size_limit = 4194304');
    db.exec('PRAGMA busy_timeout = 2000');
    db.exec(SCHEMA);
    if (version === 0) db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  } catch (failure) {
    db.close();
    throw failure;
  }
  return wrap(db);
}

function wrap(db: DatabaseSync): CacheDb {
  const statement = preparedStatements(db);
  return {
    ...keyCheckRecord(statement, 'cache_info'),
    hasSnapshots() {
      return (
        statement('SELECT 1 FROM resources LIMIT 1').get() !== undefined ||
        statement('SELECT 1 FROM chunks LIMIT 1').get() !== undefined
      );
    },
    meta(resource) {
      const row = statement(
        'SELECT fetched_at, complete, row_count, chunk_count, base_rows, delta_rows, next_seq, seal FROM resources WHERE resource = ?',
      ).get(resource) as MetaRow | undefined;
      if (!row) return null;
      return {
        fetchedAt: row.fetched_at,
        complete: row.complete === 1,
        rowCount: row.row_count,
        chunkCount: row.chunk_count,
        baseRows: row.base_rows,
        deltaRows: row.delta_rows,
        nextSeq: row.next_seq,
        seal: row.seal,
      };
    },
    largestResource() {
      const row = statement('SELECT resource FROM resources ORDER BY base_rows + delta_rows DESC LIMIT 1').get() as
        { resource: string } | undefined;
      return row?.resource ?? null;
    },
    chunks(resource) {
      const rows = statement('SELECT seq, kind, item_count, payload FROM chunks WHERE resource = ? ORDER BY seq').all(
        resource,
      ) as {
        seq: number;
        kind: number;
        item_count: number;
        payload: Uint8Array;
      }[];
      return rows.map((row) => {
        const kind = KINDS[row.kind];
        if (kind === undefined) throw new CacheDamage('corrupt', `a cache chunk has an unknown kind ${row.kind}`);
        return { seq: row.seq, kind, itemCount: row.item_count, payload: row.payload };
      });
    },
    insertChunk(resource, chunk, updatedAt) {
      statement(
        'INSERT INTO chunks (resource, seq, kind, item_count, payload, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(resource, chunk.seq, KINDS.indexOf(chunk.kind), chunk.itemCount, chunk.payload, updatedAt);
    },
    deleteChunks(resource) {
      statement('DELETE FROM chunks WHERE resource = ?').run(resource);
    },
    putMeta(resource, meta, updatedAt) {
      statement(
        `INSERT OR REPLACE INTO resources (resource, fetched_at, complete, row_count, chunk_count, base_rows, delta_rows, next_seq, seal, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        resource,
        meta.fetchedAt,
        meta.complete ? 1 : 0,
        meta.rowCount,
        meta.chunkCount,
        meta.baseRows,
        meta.deltaRows,
        meta.nextSeq,
        meta.seal,
        updatedAt,
      );
    },
    setRowCount(resource, rowCount) {
      statement('UPDATE resources SET row_count = ? WHERE resource = ?').run(rowCount, resource);
    },
    transaction(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = work();
        db.exec('COMMIT');
        return result;
      } catch (failure) {
        try {
          if (db.isTransaction) db.exec('ROLLBACK');
        } catch {
          // the first failure is the one worth reporting; SQLite discards the transaction either way
        }
        throw failure;
      }
    },
    async transactionAsync(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        db.exec('COMMIT');
        return result;
      } catch (failure) {
        try {
          if (db.isTransaction) db.exec('ROLLBACK');
        } catch {
          // as above
        }
        throw failure;
      }
    },
    close() {
      if (db.isOpen) db.close();
    },
  };
}
