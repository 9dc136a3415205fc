import { chmod, mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ZodType } from 'zod';
import { message, type UiText } from '../../src-preload/contract/messages.ts';
import { openText, sealText } from '../cache/sealed-text.ts';
import type { SecretVault } from '../secrets/secret-vault.ts';
import { isSqliteBusy, sqliteFileDamage, sqlitePrimaryCode } from '../storage/sqlite-damage.ts';
import { refuse } from './errors.ts';
import { openJournalDb, type JobRow, type JournalDb } from './journal-db.ts';
import {
  jobRowSchema,
  opRowSchema,
  sealedJobSchema,
  sealedPlanSchema,
  sealedResultSchema,
  type SealedJob,
  type SealedPlan,
  type SealedResult,
} from './journal-records.ts';
import { loadJournalKey } from './journal-key.ts';
import { journalWriteCause } from './journal-write-cause.ts';
import type { JobRecord, Op } from './types.ts';

/**
 * The durable record of bulk jobs of one profile: written through on every state change. Job records, cancels and
 * close are on disk when the call returns; operation marks and outcomes are grouped (see createJournal).
 */
export interface Journal {
  readonly file: string;
  insertJob(job: JobRecord, ops: readonly Op[]): void;
  updateJob(job: JobRecord): void;
  /** Resolves once "sending" (and every write queued before it) is on disk: await it before the request leaves. */
  markSending(jobId: string, op: Op): Promise<void>;
  /** Queues an operation's outcome; it commits with the next write, at the latest in the next turn of the loop, and is
   * on disk with the flush after that commit. */
  queueOutcome(jobId: string, op: Op): void;
  /** Durable state and outcome of operations now, in one transaction (after anything queued). */
  recordOps(jobId: string, ops: readonly Op[]): void;
  /** The first queued write that failed, if any (the job must stop: the journal no longer follows it). */
  readonly failure: unknown;
  /** Transactions committed and flushes to disk so far (a job should cost far fewer of each than two per operation). */
  counts(): { commits: number; flushes: number };
  /** Every job whose records pass their schemas; the others are listed in `damaged`, not trusted. */
  load(): { jobs: { job: JobRecord; ops: Op[] }[]; damaged: DamagedJob[] };
  close(): void;
}

export const KEY_CHECK = 'noc-console bulk journal';

/** A job left out when the journal was read, and which of its records failed (no contents: they are sealed). */
export interface DamagedJob {
  id: string;
  createdAt: number | null;
  record: string;
}

export const journalFile = (dir: string, profileId: string): string =>
  join(dir, `bulk-${profileId.replace(/[^A-Za-z0-9-]/g, '_')}.sqlite`);

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Keeps an unreadable journal beside the new one (it may be opened again if the key turns up). */
async function setAside(file: string, stamp: number): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) {
    if (await exists(file + suffix)) await rename(file + suffix, `${file}.unreadable-${stamp}${suffix}`);
  }
}

/**
 * The journal file as it is, or null when it cannot be trusted: sealed with another key, a key check missing while it
 * holds jobs, or a damaged file (not a database, a damaged page, cut short): set aside like a wrong key, not left to
 * fail every later start. A busy, locked or unreadable file is a good journal to try again: its error is thrown.
 */
function openKeptJournal(file: string, key: Buffer): JournalDb | null {
  let db: JournalDb | null = null;
  try {
    db = openJournalDb(file);
    if (opensWithKey(db, key) || (db.readKeyCheck() === null && db.isEmpty())) {
      const kept = db;
      db = null;
      return kept;
    }
    return null;
  } catch (failure) {
    const damage = sqliteFileDamage(failure);
    if (damage === 'corrupt' || damage === 'truncated') return null;
    throw failure;
  } finally {
    db?.close();
  }
}

/**
 * An open that failed in SQLite, as a refusal the operator can act on: a journal another program or window holds past
 * the busy timeout, or one the disk will not give (no room, no permission). The raw failure names the journal's path
 * and stays the refusal's cause, for the log.
 */
function openFailureAsRefusal<T>(open: () => T, afterSetAside = false): T {
  try {
    return open();
  } catch (failure) {
    // once the unreadable journal was renamed, "nothing was changed" would be untrue: the refusal says where it went
    if (isSqliteBusy(failure) && !afterSetAside) throw refuse('BULK_JOURNAL', message('bulk.journal.inUse'));
    if (sqlitePrimaryCode(failure) !== null) {
      const reason = journalWriteCause(failure);
      const refusal = refuse(
        'BULK_JOURNAL',
        message(afterSetAside ? 'bulk.journal.cannotStartAfterSetAside' : 'bulk.journal.cannotOpen', { reason }),
      );
      refusal.cause = failure;
      throw refusal;
    }
    throw failure;
  }
}

function opensWithKey(db: JournalDb, key: Buffer): boolean {
  const check = db.readKeyCheck();
  if (check === null) return false;
  try {
    return openText(key, 'key-check', check) === KEY_CHECK;
  } catch {
    return false;
  }
}

export async function openJournal(options: {
  dir: string;
  profileId: string;
  vault: SecretVault;
  now: () => number;
}): Promise<{ journal: Journal; notice: UiText | null }> {
  await mkdir(options.dir, { recursive: true });
  const file = journalFile(options.dir, options.profileId);
  const { key, created } = await loadJournalKey(options.vault, options.profileId);
  let notice: UiText | null = null;
  const hadFile = await exists(file);
  let db: JournalDb | null = null;
  if (hadFile && !created) db = openFailureAsRefusal(() => openKeptJournal(file, key));
  if (db === null && hadFile) {
    await setAside(file, options.now());
    notice = message('bulk.journal.setAside');
  }
  if (db === null) db = openFailureAsRefusal(() => openJournalDb(file), notice !== null);
  if (db.readKeyCheck() === null) db.writeKeyCheck(sealText(key, 'key-check', KEY_CHECK));
  await chmod(file, 0o600).catch(() => undefined);
  return { journal: createJournal(db, file, key), notice };
}

export function createJournal(db: JournalDb, file: string, key: Buffer): Journal {
  const seal = (aad: string, value: unknown): Uint8Array => sealText(key, aad, JSON.stringify(value));
  /** Opens a sealed blob and checks it against its schema; throws naming the record when either fails. */
  const open = <T>(schema: ZodType<T>, aad: string, sealed: unknown): T => {
    let parsed: ReturnType<ZodType<T>['safeParse']>;
    try {
      if (!(sealed instanceof Uint8Array)) throw new Error('not a blob');
      parsed = schema.safeParse(JSON.parse(openText(key, aad, sealed)));
    } catch {
      throw new DamagedRecord(aad);
    }
    if (!parsed.success) throw new DamagedRecord(aad);
    return parsed.data;
  };
  const jobAad = (id: string): string => `job:${id}`;
  const planAad = (jobId: string, idx: number): string => `op:${jobId}:${idx}:plan`;
  const resultAad = (jobId: string, idx: number): string => `op:${jobId}:${idx}:result`;

  const jobRow = (job: JobRecord) => {
    const { id, state, createdAt, startedAt, finishedAt, ...rest } = job;
    const body: SealedJob = rest;
    return {
      id,
      state,
      created_at: createdAt,
      started_at: startedAt,
      finished_at: finishedAt,
      body: seal(jobAad(id), body),
    };
  };
  // Writes queued in one turn of the event loop share a commit (an outcome and the next "sending" marks of several
  // workers), and commits share a flush to disk: while one flush runs in libuv's pool the next commits gather, and
  // the flush after it covers them all. The main thread never waits for the disk on this path; a waiter is resolved
  // by the first flush that began after its commit.
  type Waiter = { resolve: () => void; reject: (error: unknown) => void };
  let queued: (() => void)[] = [];
  let waiters: Waiter[] = [];
  let committed: Waiter[] = [];
  let flushing = false;
  let scheduled = false;
  let closed = false;
  let failure: unknown = null;
  const counts = { commits: 0, flushes: 0 };

  const flushToDisk = (): void => {
    if (flushing || committed.length === 0) return;
    const batch = committed;
    committed = [];
    flushing = true;
    counts.flushes += 1;
    void db
      .sync()
      .then(
        () => batch.forEach((w) => w.resolve()),
        (error: unknown) => {
          // after close() everything was flushed in the thread; a late failure of this flush changes nothing
          if (!closed) failure ??= error;
          batch.forEach((w) => w.reject(error));
        },
      )
      .finally(() => {
        flushing = false;
        flushToDisk();
      });
  };
  /** For the writes that return only once durable (job records, cancels, close): a flush in the thread. */
  const flushInThread = (): void => {
    db.syncNow();
    counts.flushes += 1;
    const durable = committed;
    committed = [];
    durable.forEach((w) => w.resolve());
  };
  const commitQueued = (): void => {
    scheduled = false;
    const writes = queued;
    const waiting = waiters;
    queued = [];
    waiters = [];
    if (writes.length > 0) {
      try {
        db.transaction(() => writes.forEach((write) => write()));
        counts.commits += 1;
      } catch (error) {
        failure ??= error;
        waiting.forEach((w) => w.reject(error));
        throw error;
      }
    }
    committed.push(...waiting);
    flushToDisk();
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      try {
        commitQueued();
      } catch {
        // reported through `failure` and to the writes that wait for it
      }
    });
  };

  const resultOf = (jobId: string, op: Op): Uint8Array | null =>
    op.outcome === null && op.createdIri === null
      ? null
      : seal(resultAad(jobId, op.index), {
          outcome: op.outcome,
          createdIri: op.createdIri,
          attempts: op.attempts,
        } satisfies SealedResult);

  const plain = <T>(schema: ZodType<T>, value: unknown, record: string): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new DamagedRecord(record);
    return parsed.data;
  };

  function readJob(row: JobRow): { job: JobRecord; ops: Op[] } {
    const columns = plain(jobRowSchema, row, `job:${row.id}`);
    const body = open(sealedJobSchema, jobAad(columns.id), row.body);
    const job: JobRecord = {
      ...body,
      id: columns.id,
      state: columns.state,
      createdAt: columns.created_at,
      startedAt: columns.started_at,
      finishedAt: columns.finished_at,
    };
    const ops = db.ops(columns.id).map((opRow): Op => {
      const opColumns = plain(opRowSchema, opRow, `op:${columns.id}:${String(opRow.idx)}`);
      const plan = open(sealedPlanSchema, planAad(columns.id, opColumns.idx), opRow.plan);
      const result =
        opRow.result === null ? null : open(sealedResultSchema, resultAad(columns.id, opColumns.idx), opRow.result);
      const { forward, ...rest } = plan;
      return {
        ...rest,
        ...(forward ? { forward } : {}),
        index: opColumns.idx,
        state: opColumns.state,
        outcome: result?.outcome ?? null,
        createdIri: result?.createdIri ?? null,
        sentAt: opColumns.sent_at,
        updatedAt: opColumns.updated_at,
        attempts: result?.attempts ?? (opColumns.sent_at === null ? 0 : 1),
        retry: null,
      };
    });
    return { job, ops };
  }

  return {
    file,
    get failure() {
      return failure;
    },
    counts: () => ({ ...counts }),
    insertJob(job, ops) {
      commitQueued();
      db.transaction(() => {
        db.putJob(jobRow(job));
        for (const op of ops) {
          const plan: SealedPlan = {
            kind: op.kind,
            target: op.target,
            label: op.label,
            changes: op.changes,
            request: op.request,
            resourcePath: op.resourcePath,
            skip: op.skip,
            ...(op.forward ? { forward: op.forward } : {}),
          };
          db.insertOp({
            job_id: job.id,
            idx: op.index,
            state: op.state,
            sent_at: op.sentAt,
            updated_at: op.updatedAt,
            plan: seal(planAad(job.id, op.index), plan),
            result: resultOf(job.id, op),
          });
        }
      });
      counts.commits += 1;
      flushInThread();
    },
    updateJob(job) {
      commitQueued();
      db.putJob(jobRow(job));
      counts.commits += 1;
      flushInThread();
    },
    markSending(jobId, op) {
      const { index, sentAt } = op;
      const at = op.updatedAt ?? sentAt ?? 0;
      queued.push(() => db.setOpState(jobId, index, 'sending', sentAt, at));
      const durable = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
      schedule();
      return durable;
    },
    queueOutcome(jobId, op) {
      const { index, state } = op;
      const at = op.updatedAt ?? 0;
      const result = resultOf(jobId, op);
      queued.push(() => db.setOpResult(jobId, index, state, at, result));
      schedule();
    },
    recordOps(jobId, ops) {
      commitQueued();
      if (ops.length === 0) return;
      const write = (op: Op): void => db.setOpResult(jobId, op.index, op.state, op.updatedAt ?? 0, resultOf(jobId, op));
      if (ops.length === 1) write(ops[0]!);
      else db.transaction(() => ops.forEach(write));
      counts.commits += 1;
      flushInThread();
    },
    load() {
      commitQueued();
      const jobs: { job: JobRecord; ops: Op[] }[] = [];
      const damaged: DamagedJob[] = [];
      for (const row of db.jobs()) {
        try {
          jobs.push(readJob(row));
        } catch (error) {
          const record = error instanceof DamagedRecord ? error.record : 'job';
          damaged.push({
            id: String(row.id),
            createdAt: typeof row.created_at === 'number' ? row.created_at : null,
            record,
          });
        }
      }
      return { jobs, damaged };
    },
    close() {
      try {
        commitQueued();
        flushInThread();
      } finally {
        closed = true;
        db.close();
      }
    },
  };
}

class DamagedRecord extends Error {
  readonly record: string;
  constructor(record: string) {
    super(`journal record ${record} is damaged`);
    this.name = 'DamagedRecord';
    this.record = record;
  }
}
