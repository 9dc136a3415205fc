import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fdatasyncSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkError } from '../../../src-main/bulk/errors.ts';
import { journalFile, journalKeyAccount } from '../../../src-main/bulk/index.ts';
import { openJournalDb, type FlushCalls } from '../../../src-main/bulk/journal-db.ts';
import { createJournal, openJournal, type Journal } from '../../../src-main/bulk/journal.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import type { SecretVault } from '../../../src-main/secrets/secret-vault.ts';
import { job, op } from '../../support/bulk-ops.ts';
import { testKeychainService } from '../../support/keychain.ts';
import { openDescriptors } from '../../support/open-descriptors.ts';
import { dutch, english } from '../../support/ui-text.ts';

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

let dir: string;
let file: string;
let key: Buffer;
const journals: Journal[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'noc-journal-commits-'));
  file = path.join(dir, 'bulk-test.sqlite');
  key = randomBytes(32);
});
afterEach(async () => {
  for (const journal of journals.splice(0)) journal.close();
  await rm(dir, { recursive: true, force: true });
});

/** node:fs's flush calls, counting the flushes of the log that returned: in the thread, and in libuv's pool. */
function countedFlushes(): { calls: FlushCalls; inThread: () => number; offThread: () => number } {
  let inThread = 0;
  let offThread = 0;
  const calls: FlushCalls = {
    openSync,
    closeSync,
    fdatasyncSync: (fd) => {
      fdatasyncSync(fd);
      inThread += 1;
    },
    open: (async (name: string, flags: string) => {
      const handle = await open(name, flags);
      const counted: Pick<FileHandle, 'datasync' | 'close'> = {
        datasync: async () => {
          await handle.datasync();
          offThread += 1;
        },
        close: () => handle.close(),
      };
      return counted as FileHandle;
    }) as typeof open,
  };
  return { calls, inThread: () => inThread, offThread: () => offThread };
}

/** A journal on the real file (its flushes counted when `calls` is given), closed after the test. */
function journalOn(calls?: FlushCalls): Journal {
  const journal = createJournal(openJournalDb(file, calls ? { flushCalls: calls } : {}), file, key);
  journals.push(journal);
  return journal;
}

/** What another connection reads in the file now: the committed states of a job and its operations. */
function committed(jobId: string): { job: string | undefined; ops: string[] } {
  const reader = new DatabaseSync(file, { readOnly: true });
  try {
    const row = reader.prepare('SELECT state FROM jobs WHERE id = ?').get(jobId) as { state: string } | undefined;
    const ops = reader.prepare('SELECT state FROM ops WHERE job_id = ? ORDER BY idx').all(jobId) as { state: string }[];
    return { job: row?.state, ops: ops.map((o) => o.state) };
  } finally {
    reader.close();
  }
}

const outcome = (status: number) => ({
  status,
  message: null,
  platformMessage: null,
  violations: [],
  note: null,
  reconciled: false,
});

describe('job records are committed and flushed in the thread before the call returns, after what was queued', () => {
  it('insertJob: the job and its operations, and a "sending" mark queued before it, are committed and flushed', async () => {
    const flushes = countedFlushes();
    const journal = journalOn(flushes.calls);
    journal.insertJob(job(), [op(0, 'pending'), op(1, 'pending')]);
    expect(committed('job-1')).toEqual({ job: 'running', ops: ['pending', 'pending'] });
    expect(journal.counts()).toEqual({ commits: 1, flushes: 1 });
    expect(flushes.inThread()).toBe(1);

    const mark = journal.markSending('job-1', op(0, 'sending', { sentAt: 5_000, updatedAt: 5_000, attempts: 1 }));
    journal.insertJob(job({ id: 'job-2', createdAt: 1_100 }), [op(0, 'pending')]);
    // in the same turn: nothing ran in between but insertJob itself
    expect(committed('job-1').ops).toEqual(['sending', 'pending']);
    expect(committed('job-2')).toEqual({ job: 'running', ops: ['pending'] });
    // the mark's own commit and its flush (begun off the thread), then the job's commit and its flush in the thread
    expect(journal.counts()).toEqual({ commits: 3, flushes: 3 });
    expect(flushes.inThread()).toBe(2);
    await mark;
  });

  it('updateJob: the job record, and a "sending" mark queued before it, are committed and flushed', async () => {
    const flushes = countedFlushes();
    const journal = journalOn(flushes.calls);
    journal.insertJob(job(), [op(0, 'pending')]);
    const mark = journal.markSending('job-1', op(0, 'sending', { sentAt: 5_000, updatedAt: 5_000, attempts: 1 }));
    journal.updateJob(job({ state: 'paused' }));
    expect(committed('job-1')).toEqual({ job: 'paused', ops: ['sending'] });
    expect(journal.counts()).toEqual({ commits: 3, flushes: 3 });
    expect(flushes.inThread()).toBe(2);
    await mark;
  });

  it('recordOps: the operations now, after an outcome queued for the same one (the later state stays)', async () => {
    const flushes = countedFlushes();
    const journal = journalOn(flushes.calls);
    journal.insertJob(job(), [op(0, 'pending'), op(1, 'pending')]);
    journal.queueOutcome('job-1', op(0, 'unknown', { updatedAt: 6_000, attempts: 1, outcome: outcome(502) }));
    journal.recordOps('job-1', [op(0, 'applied', { updatedAt: 7_000, attempts: 1, outcome: outcome(200) })]);
    expect(committed('job-1').ops).toEqual(['applied', 'pending']);
    expect(journal.counts()).toEqual({ commits: 3, flushes: 2 });
    expect(flushes.inThread()).toBe(2);
    await turn();
    await turn();
    expect(committed('job-1').ops).toEqual(['applied', 'pending']);
    expect(journal.load().jobs[0]!.ops[0]).toMatchObject({ state: 'applied', outcome: { status: 200 } });
  });

  it('recordOps of no operation costs no commit and no flush', () => {
    const flushes = countedFlushes();
    const journal = journalOn(flushes.calls);
    journal.insertJob(job(), [op(0, 'pending')]);
    journal.recordOps('job-1', []);
    expect(journal.counts()).toEqual({ commits: 1, flushes: 1 });
    expect(flushes.inThread()).toBe(1);
  });
});

describe('a queued outcome', () => {
  it('is committed in the next turn of the loop by itself; it waits for the next flush (nobody awaits it)', async () => {
    const flushes = countedFlushes();
    const journal = journalOn(flushes.calls);
    journal.insertJob(job(), [op(0, 'pending')]);
    journal.queueOutcome('job-1', op(0, 'applied', { updatedAt: 6_000, attempts: 1, outcome: outcome(200) }));
    expect(committed('job-1').ops).toEqual(['pending']);
    await turn();
    await turn();
    expect(committed('job-1').ops).toEqual(['applied']);
    expect(journal.counts()).toEqual({ commits: 2, flushes: 1 });
    expect(flushes.inThread()).toBe(1);
    expect(flushes.offThread()).toBe(0);
  });

  it('queued by two callbacks of one turn shares one commit with the other', async () => {
    const journal = journalOn();
    journal.insertJob(job(), [op(0, 'pending'), op(1, 'pending')]);
    const settled = (index: number) => op(index, 'applied', { updatedAt: 6_000, attempts: 1, outcome: outcome(200) });
    const callbacks: Promise<void>[] = [];
    const later = (work: () => void): void => {
      callbacks.push(new Promise<void>((resolve) => setImmediate(() => resolve(work()))));
    };
    // two workers mark their operations in this turn, and each settles it in a callback of the next turn; the
    // journal's commit of both marks runs first in that turn, so both outcomes come after it and wait together
    const marks = [0, 1].map((index) => {
      const mark = journal.markSending('job-1', op(index, 'sending', { sentAt: 5_000, updatedAt: 5_000, attempts: 1 }));
      later(() => journal.queueOutcome('job-1', settled(index)));
      return mark;
    });
    await Promise.all([...marks, ...callbacks]);
    await turn();
    await turn();
    expect(committed('job-1').ops).toEqual(['applied', 'applied']);
    // the job, the two marks, the two outcomes
    expect(journal.counts().commits).toBe(3);
  });

  it('is read by load in the same turn', () => {
    const journal = journalOn();
    journal.insertJob(job(), [op(0, 'pending')]);
    journal.queueOutcome('job-1', op(0, 'applied', { updatedAt: 6_000, attempts: 1, outcome: outcome(200) }));
    expect(journal.load().jobs[0]!.ops[0]).toMatchObject({ state: 'applied', outcome: { status: 200 } });
  });

  it('is on disk when close returns', () => {
    const flushes = countedFlushes();
    const first = journalOn(flushes.calls);
    first.insertJob(job(), [op(0, 'pending')]);
    first.queueOutcome('job-1', op(0, 'applied', { updatedAt: 6_000, attempts: 1, outcome: outcome(200) }));
    first.close();
    journals.splice(0);
    expect(flushes.inThread()).toBe(2);
    expect(committed('job-1').ops).toEqual(['applied']);
    expect(journalOn().load().jobs[0]!.ops[0]).toMatchObject({ state: 'applied', outcome: { status: 200 } });
  });
});

describe('operations read back', () => {
  it('as they were written, and one left "sending" counts as sent once', async () => {
    const forward = {
      numberIri: '/order-details-x2voip-numbers/7',
      forwardTo: '0687654321',
      dateStart: null,
      dateEnd: null,
      preexisting: ['/order-details-x2voip-numbers-scheduled-forwards/3'],
    };
    const create = op(2, 'applied', {
      kind: 'create-forward',
      request: { method: 'POST', path: '/order-details-x2voip-numbers-scheduled-forwards' },
      forward,
      outcome: outcome(201),
      createdIri: '/order-details-x2voip-numbers-scheduled-forwards/9',
      sentAt: 4_000,
      updatedAt: 4_100,
      attempts: 2,
    });
    // the journal keeps a created address it is given even without an outcome
    const createdOnly = op(3, 'unknown', { createdIri: '/x/created', sentAt: 4_000, updatedAt: 4_200, attempts: 1 });
    const first = journalOn();
    first.insertJob(job(), [op(0, 'pending'), op(1, 'pending'), create, createdOnly]);
    await first.markSending('job-1', op(1, 'sending', { sentAt: 5_000, updatedAt: 5_000, attempts: 1 }));
    first.close();
    journals.splice(0);

    const [read] = journalOn().load().jobs;
    expect(read!.ops[0]).toEqual(op(0, 'pending'));
    expect(read!.ops[1]).toEqual(op(1, 'sending', { sentAt: 5_000, updatedAt: 5_000, attempts: 1 }));
    expect(read!.ops[2]).toEqual(create);
    expect(read!.ops[3]).toEqual(createdOnly);
    expect('forward' in read!.ops[0]!).toBe(false);
  });

  it('a job whose columns fail their schema is damaged in its job record, and one whose op row fails in that op', () => {
    const journal = journalOn();
    journal.insertJob(job(), [op(0, 'pending')]);
    journal.insertJob(job({ id: 'job-2', createdAt: 1_100 }), [op(0, 'pending')]);
    journal.insertJob(job({ id: 'job-3', createdAt: 1_200 }), [op(0, 'pending'), op(1, 'pending')]);
    journal.insertJob(job({ id: 'job-4', createdAt: 1_300 }), [op(0, 'pending')]);
    const db = new DatabaseSync(file);
    db.prepare("UPDATE jobs SET state = 'planned' WHERE id = 'job-1'").run();
    db.prepare("UPDATE jobs SET created_at = 'yesterday' WHERE id = 'job-2'").run();
    db.prepare("UPDATE ops SET state = 'sent' WHERE job_id = 'job-3' AND idx = 1").run();
    db.close();
    const { jobs, damaged } = journal.load();
    expect(jobs.map((read) => read.job.id)).toEqual(['job-4']);
    expect(damaged).toEqual([
      { id: 'job-1', createdAt: 1_000, record: 'job:job-1' },
      { id: 'job-3', createdAt: 1_200, record: 'op:job-3:1' },
      // a creation time that is no number is not passed on as one
      { id: 'job-2', createdAt: null, record: 'job:job-2' },
    ]);
  });
});

describe('opening the journal file of a profile', () => {
  const PROFILE = '6f1c7d0e-0000-4000-8000-0000000c0111';
  let vault: SecretVault;
  let cleanupKeychain: () => Promise<number>;
  beforeEach(() => {
    const keychain = testKeychainService();
    vault = createKeytarVault(keychain.service);
    cleanupKeychain = keychain.cleanup;
  });
  afterEach(async () => {
    await cleanupKeychain();
  });
  const openProfileJournal = async () => {
    const opened = await openJournal({ dir, profileId: PROFILE, vault, now: () => 1_000 });
    journals.push(opened.journal);
    return opened;
  };

  it('a journal opened with its key again is left as it was, and nothing holds it once closed', async () => {
    const { journal, notice } = await openProfileJournal();
    expect(notice).toBeNull();
    journal.insertJob(job({ profileId: PROFILE }), [op(0, 'pending')]);
    journal.close();
    journals.splice(0);
    const profileFile = journalFile(dir, PROFILE);
    const bytes = await readFile(profileFile);

    const again = await openProfileJournal();
    expect(again.notice).toBeNull();
    expect(again.journal.load().jobs.map((read) => read.job.id)).toEqual(['job-1']);
    again.journal.close();
    journals.splice(0);
    // no second connection left open: SQLite removes the log when the last one closes
    expect(existsSync(`${profileFile}-wal`)).toBe(false);
    const held = openDescriptors(profileFile);
    if (held !== null) expect(held).toBe(0);
    expect((await readFile(profileFile)).equals(bytes)).toBe(true);
  });

  it('a journal whose key is gone is set aside with a notice that says so', async () => {
    (await openProfileJournal()).journal.close();
    journals.splice(0);
    await vault.delete(journalKeyAccount(PROFILE));
    const { notice } = await openProfileJournal();
    expect(english(notice!)).toBe(
      'The bulk job history could not be read (the file is damaged, or the key in the keychain does not open it); it was set aside and a new history started.',
    );
    expect(dutch(notice!)).toContain('apart gezet');
  });

  it('a first journal that cannot be created is refused saying nothing was changed (nothing was set aside)', async () => {
    // a new database writes its first page through a rollback journal: a folder in its place fails that
    await mkdir(`${journalFile(dir, PROFILE)}-journal`);
    const refusal = (await openProfileJournal().catch((error: unknown) => error)) as BulkError;
    expect(refusal.code).toBe('BULK_JOURNAL');
    expect(english(refusal.localized)).toBe(
      'The bulk job history could not be opened (the file cannot be opened or written). Nothing was changed and the history stays as it is; check the disk and the folder of the console’s data, then try again.',
    );
  });
});
