import { chmod, mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BulkJobState, BulkOpState } from '../../src-preload/contract/bulk.ts';
import type { Localized } from '../../src-preload/contract/resources.ts';
import { openText, sealText } from '../cache/sealed-text.ts';
import type { SecretVault } from '../secrets/secret-vault.ts';
import { openJournalDb, type JournalDb } from './journal-db.ts';
import { loadJournalKey } from './journal-key.ts';
import type { JobRecord, Op } from './types.ts';

/** The durable record of bulk jobs of one profile: written through on every state change. */
export interface Journal {
  readonly file: string;
  insertJob(job: JobRecord, ops: readonly Op[]): void;
  updateJob(job: JobRecord): void;
  /** Resolves once "sending" (and every write queued before it) is on disk: await it before the request leaves. */
  markSending(jobId: string, op: Op): Promise<void>;
  /** Queues an operation's outcome; it commits with the next write, at the latest in the next turn of the loop. */
  queueOutcome(jobId: string, op: Op): void;
  /** Durable state and outcome of operations now, in one transaction (after anything queued). */
  recordOps(jobId: string, ops: readonly Op[]): void;
  /** The first queued write that failed, if any (the job must stop: the journal no longer follows it). */
  readonly failure: unknown;
  load(): { job: JobRecord; ops: Op[] }[];
  close(): void;
}

const KEY_CHECK = 'noc-console bulk journal';

type SealedJob = Omit<JobRecord, 'id' | 'state' | 'createdAt' | 'startedAt' | 'finishedAt'>;
type SealedPlan = Pick<Op, 'kind' | 'target' | 'label' | 'changes' | 'request' | 'resourcePath' | 'forward' | 'skip'>;
type SealedResult = Pick<Op, 'outcome' | 'createdIri'>;

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

export async function openJournal(options: {
  dir: string;
  profileId: string;
  vault: SecretVault;
  now: () => number;
}): Promise<{ journal: Journal; notice: Localized | null }> {
  await mkdir(options.dir, { recursive: true });
  const file = journalFile(options.dir, options.profileId);
  const { key, created } = await loadJournalKey(options.vault, options.profileId);
  let notice: Localized | null = null;
  const hadFile = await exists(file);
  let db: JournalDb | null = null;
  if (hadFile && !created) {
    db = openJournalDb(file);
    const check = db.readKeyCheck();
    let opens = false;
    try {
      opens = check !== null && openText(key, 'key-check', check) === KEY_CHECK;
    } catch {
      opens = false;
    }
    if (!opens && !(check === null && db.isEmpty())) {
      db.close();
      db = null;
    }
  }
  if (db === null && hadFile) {
    await setAside(file, options.now());
    notice = {
      en: 'The bulk job history could not be read with the key in the keychain; it was set aside and a new history started.',
      nl: 'De geschiedenis van bulktaken kon niet worden gelezen met de sleutel uit de sleutelhanger; ze is apart gezet en er is een nieuwe gestart.',
    };
  }
  if (db === null) db = openJournalDb(file);
  if (db.readKeyCheck() === null) db.writeKeyCheck(sealText(key, 'key-check', KEY_CHECK));
  await chmod(file, 0o600).catch(() => undefined);
  return { journal: createJournal(db, file, key), notice };
}

function createJournal(db: JournalDb, file: string, key: Buffer): Journal {
  const seal = (aad: string, value: unknown): Uint8Array => sealText(key, aad, JSON.stringify(value));
  const open = <T>(aad: string, sealed: Uint8Array): T => JSON.parse(openText(key, aad, sealed)) as T;
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
  // Writes queued in one turn of the event loop share a commit: an outcome and the next "sending" mark (often
  // of several workers) cost one fsync instead of two or more.
  let queued: (() => void)[] = [];
  let waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let scheduled = false;
  let failure: unknown = null;
  const flushNow = (): void => {
    scheduled = false;
    const writes = queued;
    const waiting = waiters;
    queued = [];
    waiters = [];
    if (writes.length === 0) {
      waiting.forEach((w) => w.resolve());
      return;
    }
    try {
      db.transaction(() => writes.forEach((write) => write()));
      waiting.forEach((w) => w.resolve());
    } catch (error) {
      failure ??= error;
      waiting.forEach((w) => w.reject(error));
      throw error;
    }
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      try {
        flushNow();
      } catch {
        // reported through `failure` and to the writes that wait for it
      }
    });
  };

  const resultOf = (jobId: string, op: Op): Uint8Array | null =>
    op.outcome === null && op.createdIri === null
      ? null
      : seal(resultAad(jobId, op.index), { outcome: op.outcome, createdIri: op.createdIri } satisfies SealedResult);

  return {
    file,
    get failure() {
      return failure;
    },
    insertJob(job, ops) {
      flushNow();
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
    },
    updateJob(job) {
      flushNow();
      db.putJob(jobRow(job));
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
      flushNow();
      const write = (op: Op): void => db.setOpResult(jobId, op.index, op.state, op.updatedAt ?? 0, resultOf(jobId, op));
      if (ops.length === 1) write(ops[0]!);
      else if (ops.length > 1) db.transaction(() => ops.forEach(write));
    },
    load() {
      flushNow();
      return db.jobs().map((row) => {
        const body = open<SealedJob>(jobAad(row.id), row.body);
        const job: JobRecord = {
          ...body,
          id: row.id,
          state: row.state as BulkJobState,
          createdAt: row.created_at,
          startedAt: row.started_at,
          finishedAt: row.finished_at,
        };
        const ops = db.ops(row.id).map((opRow): Op => {
          const plan = open<SealedPlan>(planAad(row.id, opRow.idx), opRow.plan);
          const result = opRow.result ? open<SealedResult>(resultAad(row.id, opRow.idx), opRow.result) : null;
          return {
            ...plan,
            index: opRow.idx,
            state: opRow.state as BulkOpState,
            outcome: result?.outcome ?? null,
            createdIri: result?.createdIri ?? null,
            sentAt: opRow.sent_at,
            updatedAt: opRow.updated_at,
          };
        });
        return { job, ops };
      });
    },
    close() {
      try {
        flushNow();
      } finally {
        db.close();
      }
    },
  };
}
