import { dutch, english } from '../../support/ui-text.ts';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UiText } from '../../../src-preload/contract/messages.ts';
import { newEntry } from '../../../src-main/bulk/job-entry.ts';
import { openJournalDb, type JournalDb } from '../../../src-main/bulk/journal-db.ts';
import { createJournal, type Journal } from '../../../src-main/bulk/journal.ts';
import { launchRun } from '../../../src-main/bulk/job-run.ts';
import { createProgressReporter } from '../../../src-main/bulk/progress.ts';
import type { BulkEvent } from '../../../src-preload/contract/bulk.ts';
import { message } from '../../../src-preload/contract/messages.ts';
import type { Op } from '../../../src-main/bulk/types.ts';
import type { LogFields } from '../../../src-main/logging/logger.ts';
import { createPlatformClient } from '../../../src-main/platform/client.ts';
import { job, op } from '../../support/bulk-ops.ts';

let dir: string;
let journal: Journal | null = null;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'noc-job-run-'));
});
afterEach(async () => {
  journal?.close();
  journal = null;
  await rm(dir, { recursive: true, force: true });
});

/** The journal database, its flushes to disk failing once `fail` is called, as Node fails them: with a code and the path. */
function failingFlushes(db: JournalDb, walFile: string): { db: JournalDb; fail: (code: string, text: string) => void } {
  let failure: Error | null = null;
  return {
    fail: (code, text) => {
      failure = Object.assign(new Error(`${code}: ${text}, open '${walFile}'`), {
        code,
        syscall: 'open',
        path: walFile,
      });
    },
    db: {
      ...db,
      sync: async () => {
        if (failure) throw failure;
        await db.sync();
      },
    },
  };
}

/**
 * Runs a one-operation job through launchRun with `perform`; gives the job's end state, the notices in English and
 * Dutch, and what went to the log.
 */
async function run(journalOf: Journal, perform: (jobId: string, op: Op) => Promise<undefined>) {
  const notices: UiText[] = [];
  const logged: { message: string; fields: LogFields }[] = [];
  const entry = newEntry(job(), [op(0, 'pending')]);
  const client = createPlatformClient({
    baseUrl: 'http://127.0.0.1:9',
    auth: { mode: 'static-key', clientId: 'client-123', authToken: async () => 'unused' },
    fetch: (url, init) => fetch(url, init),
  });
  launchRun(entry, {
    journal: journalOf,
    client: () => client,
    now: () => 5_000,
    concurrency: 1,
    perform,
    flushCache: async () => undefined,
    notice: (text) => notices.push(text),
    log: (message, fields) => logged.push({ message, fields }),
    jobChanged: () => undefined,
  });
  await entry.finished;
  return {
    state: entry.job.state,
    english: notices.map((text) => english(text)),
    dutch: notices.map((text) => dutch(text)),
    logged,
  };
}

describe('a job run whose journal cannot be written', () => {
  it('a journal write the file refuses (read-only) stops the run: interrupted, and the operator reads why in plain words, the log the error', async () => {
    const file = path.join(dir, 'j.sqlite');
    const key = randomBytes(32);
    const writable = createJournal(openJournalDb(file), file, key);
    writable.insertJob(job(), [op(0, 'pending')]);
    writable.close();
    journal = createJournal(openJournalDb(file, { readOnly: true }), file, key);
    const result = await run(journal, async (jobId, o) => {
      o.state = 'sending';
      await journal!.markSending(jobId, o);
      o.state = 'applied';
      return undefined;
    });
    expect(result.state).toBe('interrupted');
    expect(result.english).toEqual([
      'The job stopped because its journal could not be written (the file cannot be opened or written); it can be resumed.',
    ]);
    expect(result.dutch).toEqual([
      'De taak is gestopt omdat het logboek niet kon worden geschreven (het bestand kan niet worden geopend of geschreven); ze kan worden hervat.',
    ]);
    expect(result.logged).toEqual([
      {
        message: 'bulk journal write failed',
        fields: { jobId: 'job-1', code: 'ERR_SQLITE_ERROR', errcode: 8, error: 'attempt to write a readonly database' },
      },
    ]);
  });

  it('a flush to disk that failed for a full disk interrupts the job even when every operation went through; the path stays in the log', async () => {
    const file = path.join(dir, 'j.sqlite');
    const flushes = failingFlushes(openJournalDb(file), `${file}-wal`);
    journal = createJournal(flushes.db, file, randomBytes(32));
    journal.insertJob(job(), [op(0, 'pending')]);
    flushes.fail('ENOSPC', 'no space left on device');
    await journal.markSending('job-1', op(0, 'sending')).catch(() => undefined);
    expect(journal.failure).not.toBeNull();
    const result = await run(journal, async (_jobId, o) => {
      o.state = 'applied';
      return undefined;
    });
    expect(result.state).toBe('interrupted');
    expect(result.english).toEqual([
      'The job stopped because its journal could not be written (the disk is full); it can be resumed.',
    ]);
    expect(result.dutch).toEqual([
      'De taak is gestopt omdat het logboek niet kon worden geschreven (de schijf is vol); ze kan worden hervat.',
    ]);
    expect(result.logged).toEqual([
      {
        message: 'bulk journal write failed',
        fields: {
          jobId: 'job-1',
          code: 'ENOSPC',
          errcode: null,
          error: `ENOSPC: no space left on device, open '${file}-wal'`,
        },
      },
    ]);
  });
});

describe('a resumed run', () => {
  it('reports its rate from the operations it settled itself, not those a run before it settled or skipped', async () => {
    const file = path.join(dir, 'j.sqlite');
    journal = createJournal(openJournalDb(file), file, randomBytes(32));
    const ops = [
      op(0, 'applied'),
      op(1, 'failed'),
      op(2, 'skipped', { skip: { kind: 'unchanged', reason: message('bulk.skip.unchanged') } }),
      op(3, 'pending'),
      op(4, 'pending'),
    ];
    journal.insertJob(job(), ops);
    const entry = newEntry(job(), ops);
    let t = 5_000;
    const client = createPlatformClient({
      baseUrl: 'http://127.0.0.1:9',
      auth: { mode: 'static-key', clientId: 'client-123', authToken: async () => 'unused' },
      fetch: (url, init) => fetch(url, init),
    });
    launchRun(entry, {
      journal,
      client: () => client,
      now: () => t,
      concurrency: 1,
      perform: async (_jobId, o) => {
        o.state = 'applied';
        return undefined;
      },
      flushCache: async () => undefined,
      notice: () => undefined,
      log: () => undefined,
      jobChanged: () => undefined,
    });
    await entry.finished;
    const events: BulkEvent[] = [];
    t = 7_000;
    createProgressReporter(
      (event) => events.push(event),
      () => t,
    )(entry, true);
    // two operations settled in the two seconds of this run; the two settled before it do not count
    expect(events).toEqual([
      expect.objectContaining({ progress: expect.objectContaining({ done: 4, total: 4, ratePerSecond: 1 }) }),
    ]);
  });
});
