import { closeSync, fdatasyncSync, openSync } from 'node:fs';
import { mkdtemp, open, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalDb, type FlushCalls, type JobRow } from '../../../src-main/bulk/journal-db.ts';
import { openDescriptors } from '../../support/open-descriptors.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'noc-journal-db-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const row = (id: string): JobRow => ({
  id,
  state: 'running',
  created_at: 1,
  started_at: 1,
  finished_at: null,
  body: new Uint8Array([1, 2, 3]),
});

/** node:fs's flush calls, each written down (with the file's name) after it returned; `failDatasync` makes the flush fail. */
function recordedFlushCalls(options: { failDatasync?: boolean } = {}): { calls: FlushCalls; seen: string[] } {
  const seen: string[] = [];
  const names = new Map<number, string>();
  const datasync = (name: string | undefined): void => {
    if (options.failDatasync) throw Object.assign(new Error('I/O error'), { code: 'EIO' });
    seen.push(`datasync ${name}`);
  };
  const calls: FlushCalls = {
    openSync: ((file: string, flags: string) => {
      const fd = openSync(file, flags);
      names.set(fd, path.basename(file));
      seen.push(`open ${path.basename(file)}`);
      return fd;
    }) as typeof openSync,
    fdatasyncSync: (fd) => {
      datasync(names.get(fd));
      fdatasyncSync(fd);
    },
    closeSync: (fd) => {
      closeSync(fd);
      seen.push(`close ${names.get(fd)}`);
    },
    open: (async (file: string, flags: string) => {
      const handle = await open(file, flags);
      const name = path.basename(file);
      seen.push(`open ${name}`);
      const recorded: Pick<FileHandle, 'datasync' | 'close'> = {
        datasync: async () => {
          datasync(name);
          await handle.datasync();
        },
        close: async () => {
          await handle.close();
          seen.push(`close ${name}`);
        },
      };
      return recorded as FileHandle;
    }) as typeof open,
  };
  return { calls, seen };
}

describe('the journal database', () => {
  it('each flush puts the write-ahead log on disk and lets go of it, on the thread and off it', async () => {
    const { calls, seen } = recordedFlushCalls();
    const file = path.join(dir, 'bulk-flush.db');
    const db = openJournalDb(file, { flushCalls: calls });
    db.transaction(() => db.putJob(row('a')));
    db.syncNow();
    await db.sync();
    const log = ['open bulk-flush.db-wal', 'datasync bulk-flush.db-wal', 'close bulk-flush.db-wal'];
    expect(seen).toEqual([...log, ...log]);
    db.close();
    // closing twice (a failed open's clean-up after a close) is harmless
    expect(() => db.close()).not.toThrow();
  });

  it('a flush that fails is reported, and the log is let go of all the same', async () => {
    const { calls, seen } = recordedFlushCalls({ failDatasync: true });
    const db = openJournalDb(path.join(dir, 'bulk-eio.db'), { flushCalls: calls });
    db.transaction(() => db.putJob(row('a')));
    expect(() => db.syncNow()).toThrow('I/O error');
    await expect(db.sync()).rejects.toThrow('I/O error');
    const log = ['open bulk-eio.db-wal', 'close bulk-eio.db-wal'];
    expect(seen).toEqual([...log, ...log]);
    db.close();
  });

  it('where there is no write-ahead log (SQLite refuses WAL for it), the journal flushes nothing itself', async () => {
    const { calls, seen } = recordedFlushCalls();
    // an in-memory database answers journal_mode 'memory' to the WAL request, as a file system without shared memory would answer 'delete'
    const db = openJournalDb(':memory:', { flushCalls: calls });
    db.transaction(() => db.putJob(row('a')));
    db.syncNow();
    await db.sync();
    expect(seen).toEqual([]);
    expect(db.jobs().map((job) => job.id)).toEqual(['a']);
    db.close();
  });

  it('a transaction that fails leaves nothing of it behind, and the next one works', () => {
    const db = openJournalDb(path.join(dir, 'bulk-test.db'));
    expect(db.isEmpty()).toBe(true);
    const failure = new Error('sealing failed');
    expect(() =>
      db.transaction(() => {
        db.putJob(row('a'));
        throw failure;
      }),
    ).toThrow(failure);
    expect(db.jobs()).toEqual([]);
    expect(db.isEmpty()).toBe(true);
    db.transaction(() => db.putJob(row('b')));
    expect(db.jobs().map((job) => job.id)).toEqual(['b']);
    expect(db.isEmpty()).toBe(false);
    db.close();
  });

  it('a file that is not a journal database is refused when opened, and not held open', async () => {
    const file = path.join(dir, 'bulk-garbage.db');
    await writeFile(file, 'this is not a database, it is long enough to look like a header to nobody '.repeat(20));
    expect(() => openJournalDb(file)).toThrow();
    const held = openDescriptors(file);
    if (held !== null) expect(held).toBe(0);
  });
});
