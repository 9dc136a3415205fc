import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalDb, type JournalDb } from '../../../src-main/bulk/journal-db.ts';
import { createJournal, type Journal } from '../../../src-main/bulk/journal.ts';
import { job, op } from '../../support/bulk-ops.ts';

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The real journal database, with its flushes to disk held until the test lets them go. */
function heldFlushes(db: JournalDb): { db: JournalDb; log: string[]; release: () => void; inThread: () => number } {
  const log: string[] = [];
  let held: (() => void)[] = [];
  let inThread = 0;
  return {
    log,
    inThread: () => inThread,
    release: () => {
      const list = held;
      held = [];
      list.forEach((go) => go());
    },
    db: {
      ...db,
      transaction: (work) => {
        db.transaction(work);
        log.push('commit');
      },
      syncNow: () => {
        db.syncNow();
        inThread += 1;
        log.push('flush in thread');
      },
      sync: async () => {
        log.push('flush');
        await new Promise<void>((resolve) => held.push(resolve));
        await db.sync();
      },
    },
  };
}

let dir: string;
let journal: Journal | null = null;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'noc-journal-flush-'));
});
afterEach(async () => {
  journal?.close();
  journal = null;
  await rm(dir, { recursive: true, force: true });
});

describe('the journal flushes grouped commits off the main thread', () => {
  it('a "sending" mark resolves only once a flush to disk after its commit has returned', async () => {
    const file = path.join(dir, 'j.sqlite');
    const held = heldFlushes(openJournalDb(file));
    journal = createJournal(held.db, file, randomBytes(32));
    let durable = false;
    const mark = journal.markSending('job', op(0, 'sending')).then(() => {
      durable = true;
    });
    await turn();
    await turn();
    expect(held.log).toEqual(['commit', 'flush']);
    expect(durable).toBe(false);
    held.release();
    await mark;
    expect(durable).toBe(true);
    expect(held.inThread()).toBe(0);
  });

  it('commits made while a flush runs share the next flush: one flush per gathering, not one per operation', async () => {
    const file = path.join(dir, 'j.sqlite');
    const held = heldFlushes(openJournalDb(file));
    journal = createJournal(held.db, file, randomBytes(32));
    const first = journal.markSending('job', op(0, 'sending'));
    await turn();
    // three workers mark their operations in three later turns while the first flush is still under way
    const later: Promise<void>[] = [];
    for (const index of [1, 2, 3]) {
      journal.queueOutcome('job', op(index - 1, 'applied'));
      later.push(journal.markSending('job', op(index, 'sending')));
      await turn();
    }
    expect(held.log).toEqual(['commit', 'flush', 'commit', 'commit', 'commit']);
    held.release();
    await first;
    await turn();
    expect(held.log.filter((entry) => entry === 'flush')).toHaveLength(2);
    held.release();
    await Promise.all(later);
    expect(journal.counts()).toEqual({ commits: 4, flushes: 2 });
  });

  it('a flush that fails rejects the marks it covered and is the failure the job stops on', async () => {
    const file = path.join(dir, 'j.sqlite');
    const db = openJournalDb(file);
    journal = createJournal({ ...db, sync: () => Promise.reject(new Error('disk gone')) }, file, randomBytes(32));
    await expect(journal.markSending('job', op(0, 'sending'))).rejects.toThrow('disk gone');
    expect(String(journal.failure)).toContain('disk gone');
  });

  it('a commit that fails rejects the writes waiting on it and is the failure the job stops on; the first one stays', async () => {
    const file = path.join(dir, 'j.sqlite');
    const db = openJournalDb(file);
    let failing = false;
    let fails = 0;
    journal = createJournal(
      {
        ...db,
        transaction: (work) => {
          if (!failing) return db.transaction(work);
          fails += 1;
          throw new Error(`disk full ${fails}`);
        },
      },
      file,
      randomBytes(32),
    );
    failing = true;
    await expect(journal.markSending('job', op(0, 'sending'))).rejects.toThrow('disk full 1');
    await expect(journal.markSending('job', op(1, 'sending'))).rejects.toThrow('disk full 2');
    expect(String(journal.failure)).toBe('Error: disk full 1');
  });

  it('a flush that fails after close changes nothing: close had flushed everything in the thread', async () => {
    const file = path.join(dir, 'j.sqlite');
    const db = openJournalDb(file);
    let failFlush: ((error: Error) => void) | null = null;
    const closing = createJournal(
      { ...db, sync: () => new Promise<void>((_resolve, reject) => (failFlush = reject)) },
      file,
      randomBytes(32),
    );
    const mark = closing.markSending('job', op(0, 'sending'));
    mark.catch(() => undefined);
    await turn();
    await turn();
    expect(failFlush).not.toBeNull();
    closing.close();
    failFlush!(new Error('late'));
    await expect(mark).rejects.toThrow('late');
    expect(closing.failure).toBeNull();
  });

  it('a job whose operations cannot be read back is listed as damaged as a whole, not passed over', () => {
    const file = path.join(dir, 'j.sqlite');
    const db = openJournalDb(file);
    journal = createJournal(
      {
        ...db,
        ops: () => {
          throw new Error('disk I/O error');
        },
      },
      file,
      randomBytes(32),
    );
    journal.insertJob(job(), [op(0, 'pending')]);
    expect(journal.load()).toEqual({ jobs: [], damaged: [{ id: 'job-1', createdAt: 1_000, record: 'job' }] });
  });

  it('writes that must be durable on return (outcomes of a cancel, close) flush in the thread', async () => {
    const file = path.join(dir, 'j.sqlite');
    const held = heldFlushes(openJournalDb(file));
    journal = createJournal(held.db, file, randomBytes(32));
    journal.recordOps('job', [op(0, 'cancelled')]);
    expect(held.log).toEqual(['flush in thread']);
    journal.close();
    journal = null;
    expect(held.inThread()).toBe(2);
  });
});
