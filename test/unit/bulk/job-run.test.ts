import { english } from '../../support/ui-text.ts';
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
import type { Op } from '../../../src-main/bulk/types.ts';
import { createPlatformClient } from '../../../src-main/platform/client.ts';
import { job, op } from './ops-builders.ts';

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

/** The journal database, its flushes to disk failing (a full or vanished disk) once `failing` is set. */
function failingFlushes(db: JournalDb): { db: JournalDb; fail: () => void } {
  let failing = false;
  return {
    fail: () => (failing = true),
    db: {
      ...db,
      sync: async () => {
        if (failing) throw new Error('flush failed: no space left on device');
        await db.sync();
      },
    },
  };
}

/** Runs a one-operation job through launchRun with `perform`, and gives the job's end state and the notices. */
async function run(journalOf: Journal, perform: (op: Op) => Promise<undefined>) {
  const entry = newEntry(job(), [op(0, 'pending')]);
  journalOf.insertJob(entry.job, entry.ops);
  const notices: UiText[] = [];
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
    perform: (_jobId, o) => perform(o),
    flushCache: async () => undefined,
    notice: (text) => notices.push(text),
    jobChanged: () => undefined,
  });
  await entry.finished;
  return { state: entry.job.state, notices: notices.map((text) => english(text)) };
}

describe('a job run whose journal cannot be written', () => {
  it('a write that fails stops the run: the job is interrupted and the operator is told why', async () => {
    const file = path.join(dir, 'j.sqlite');
    journal = createJournal(openJournalDb(file), file, randomBytes(32));
    const result = await run(journal, async () => {
      throw new Error('database or disk is full');
    });
    expect(result.state).toBe('interrupted');
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toContain('database or disk is full');
  });

  it('a flush to disk that failed interrupts the job even when every operation went through', async () => {
    const file = path.join(dir, 'j.sqlite');
    const flushes = failingFlushes(openJournalDb(file));
    journal = createJournal(flushes.db, file, randomBytes(32));
    flushes.fail();
    await journal.markSending('job-0', op(0, 'sending')).catch(() => undefined);
    expect(journal.failure).not.toBeNull();
    const result = await run(journal, async (o) => {
      o.state = 'applied';
      return undefined;
    });
    expect(result.state).toBe('interrupted');
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toContain('no space left on device');
  });
});
