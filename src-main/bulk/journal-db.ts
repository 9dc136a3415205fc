import { closeSync, fdatasyncSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { keyCheckRecord, preparedStatements } from '../storage/sqlite-helpers.ts';

/** Plaintext columns are ids, states and times only; everything a person could read is in the sealed blobs. */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS info (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  started_at INTEGER,
  finished_at INTEGER,
  body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS ops (
  job_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  state TEXT NOT NULL,
  sent_at INTEGER,
  updated_at INTEGER,
  plan BLOB NOT NULL,
  result BLOB,
  PRIMARY KEY (job_id, idx)
);`;

export interface JobRow {
  id: string;
  state: string;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
  body: Uint8Array;
}

export interface OpRow {
  job_id: string;
  idx: number;
  state: string;
  sent_at: number | null;
  updated_at: number | null;
  plan: Uint8Array;
  result: Uint8Array | null;
}

export interface JournalDb {
  readKeyCheck(): Uint8Array | null;
  writeKeyCheck(sealed: Uint8Array): void;
  isEmpty(): boolean;
  putJob(row: JobRow): void;
  insertOp(row: OpRow): void;
  setOpState(jobId: string, idx: number, state: string, sentAt: number | null, updatedAt: number): void;
  setOpResult(jobId: string, idx: number, state: string, updatedAt: number, result: Uint8Array | null): void;
  jobs(): JobRow[];
  ops(jobId: string): OpRow[];
  transaction(work: () => void): void;
  /** Puts every commit so far on disk before it returns (blocks the thread for the flush). */
  syncNow(): void;
  /** Puts every commit made before the call on disk, off the main thread (the flush runs in libuv's pool). */
  sync(): Promise<void>;
  close(): void;
}

const BUSY_TIMEOUT_MS = 2000;

/** The file calls that flush the log: node:fs's, or a test's wrapper of them that sees each flush happen. */
export interface FlushCalls {
  openSync: typeof openSync;
  fdatasyncSync: typeof fdatasyncSync;
  closeSync: typeof closeSync;
  open: typeof open;
}

const NODE_FLUSH_CALLS: FlushCalls = { openSync, fdatasyncSync, closeSync, open };

/**
 * WAL with synchronous=NORMAL plus a flush of the log after each commit, which is what FULL does, but by the
 * caller: syncNow() in the thread, sync() in libuv's pool, so that many commits share one flush while the main
 * thread goes on (the journal awaits it before a request leaves). A commit is durable once the flush after it
 * returns; the log's frames carry checksums, so a crash during the flush loses that commit, never the file.
 * Where WAL is refused (a file system without shared memory), FULL stays and both syncs have nothing to do.
 */
export function openJournalDb(file: string, options: { readOnly?: boolean; flushCalls?: FlushCalls } = {}): JournalDb {
  const readOnly = options.readOnly === true;
  const fs = options.flushCalls ?? NODE_FLUSH_CALLS;
  // waits out another connection's lock (a second window, a backup tool) before the first statement, not only after it
  const db = new DatabaseSync(file, { readOnly, timeout: BUSY_TIMEOUT_MS });
  let walFile: string | null = null;
  try {
    // read-only (another profile's history): a WAL reader never blocks the writer, and changes nothing
    if (!readOnly) {
      const mode = db.prepare('PRAGMA journal_mode = WAL').get() as { journal_mode?: string } | undefined;
      const wal = mode?.journal_mode?.toLowerCase() === 'wal';
      db.exec(wal ? 'PRAGMA synchronous = NORMAL' : 'PRAGMA synchronous = FULL');
      if (wal) walFile = `${file}-wal`;
    }
    if (!readOnly) db.exec(SCHEMA);
  } catch (failure) {
    db.close();
    throw failure;
  }
  const statement = preparedStatements(db);
  return {
    ...keyCheckRecord(statement, 'info'),
    isEmpty() {
      return statement('SELECT 1 FROM jobs LIMIT 1').get() === undefined;
    },
    putJob(row) {
      statement(
        'INSERT OR REPLACE INTO jobs (id, state, created_at, started_at, finished_at, body) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(row.id, row.state, row.created_at, row.started_at, row.finished_at, row.body);
    },
    insertOp(row) {
      statement(
        'INSERT OR REPLACE INTO ops (job_id, idx, state, sent_at, updated_at, plan, result) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(row.job_id, row.idx, row.state, row.sent_at, row.updated_at, row.plan, row.result);
    },
    setOpState(jobId, idx, state, sentAt, updatedAt) {
      statement('UPDATE ops SET state = ?, sent_at = ?, updated_at = ? WHERE job_id = ? AND idx = ?').run(
        state,
        sentAt,
        updatedAt,
        jobId,
        idx,
      );
    },
    setOpResult(jobId, idx, state, updatedAt, result) {
      statement('UPDATE ops SET state = ?, updated_at = ?, result = ? WHERE job_id = ? AND idx = ?').run(
        state,
        updatedAt,
        result,
        jobId,
        idx,
      );
    },
    jobs() {
      return statement(
        'SELECT id, state, created_at, started_at, finished_at, body FROM jobs ORDER BY created_at',
      ).all() as unknown as JobRow[];
    },
    ops(jobId) {
      return statement(
        'SELECT job_id, idx, state, sent_at, updated_at, plan, result FROM ops WHERE job_id = ? ORDER BY idx',
      ).all(jobId) as unknown as OpRow[];
    },
    transaction(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        work();
        db.exec('COMMIT');
      } catch (failure) {
        try {
          if (db.isTransaction) db.exec('ROLLBACK');
        } catch {
          // the first failure is the one worth reporting
        }
        throw failure;
      }
    },
    syncNow() {
      if (walFile === null) return;
      // opened by name each time: SQLite may recreate the log file, a kept descriptor could flush a stale one
      const fd = fs.openSync(walFile, 'r+');
      try {
        fs.fdatasyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    },
    async sync() {
      if (walFile === null) return;
      const handle = await fs.open(walFile, 'r+');
      try {
        await handle.datasync();
      } finally {
        await handle.close();
      }
    },
    close() {
      if (db.isOpen) db.close();
    },
  };
}
