import { mkdtemp, open, rm } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalWriteCause } from '../../../src-main/bulk/journal-write-cause.ts';
import { dutch, english } from '../../support/ui-text.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'noc-write-cause-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What `work` throws (it must throw). */
async function failureOf(work: () => unknown): Promise<unknown> {
  try {
    await work();
  } catch (failure) {
    return failure;
  }
  throw new Error('expected a failure');
}

/** A file-system failure as Node reports it: a code, and a message that names the file. */
const nodeFailure = (code: string): Error =>
  Object.assign(new Error(`${code}: failed, open '/home/operator/.config/noc/bulk-p1.sqlite-wal'`), {
    code,
    syscall: 'open',
    path: '/home/operator/.config/noc/bulk-p1.sqlite-wal',
  });

describe('why a journal write failed, as the operator reads it', () => {
  it('a full disk, from SQLite (a database at its page limit) or from Node, reads "the disk is full"', async () => {
    const db = new DatabaseSync(':memory:');
    db.exec('PRAGMA max_page_count = 1');
    const full = await failureOf(() => db.exec('CREATE TABLE t (x); CREATE TABLE u (x);'));
    db.close();
    expect(full).toMatchObject({ code: 'ERR_SQLITE_ERROR', errcode: 13 });
    for (const failure of [full, nodeFailure('ENOSPC'), nodeFailure('EDQUOT')]) {
      expect(english(journalWriteCause(failure))).toBe('the disk is full');
      expect(dutch(journalWriteCause(failure))).toBe('de schijf is vol');
    }
  });

  it('a file another connection holds locked, or one Node finds busy, reads "locked by another program"', async () => {
    const file = path.join(dir, 'j.sqlite');
    const holder = new DatabaseSync(file);
    holder.exec('CREATE TABLE t (x)');
    holder.exec('BEGIN EXCLUSIVE');
    const writer = new DatabaseSync(file, { timeout: 0 });
    const busy = await failureOf(() => writer.exec('INSERT INTO t VALUES (1)'));
    writer.close();
    holder.exec('ROLLBACK');
    holder.close();
    expect(busy).toMatchObject({ code: 'ERR_SQLITE_ERROR', errcode: 5 });
    for (const failure of [busy, nodeFailure('EBUSY')]) {
      expect(english(journalWriteCause(failure))).toBe('the file is locked by another program');
      expect(dutch(journalWriteCause(failure))).toBe('het bestand is vergrendeld door een ander programma');
    }
  });

  it('a read-only database, a vanished file, no permission, a read-only disk or a disk error read "cannot be written"', async () => {
    const file = path.join(dir, 'j.sqlite');
    new DatabaseSync(file).close();
    const reader = new DatabaseSync(file, { readOnly: true });
    const readOnly = await failureOf(() => reader.exec('CREATE TABLE t (x)'));
    reader.close();
    const gone = await failureOf(() => open(path.join(dir, 'gone', 'j.sqlite-wal'), 'r+'));
    expect(readOnly).toMatchObject({ code: 'ERR_SQLITE_ERROR', errcode: 8 });
    expect(gone).toMatchObject({ code: 'ENOENT' });
    for (const failure of [readOnly, gone, ...['EACCES', 'EPERM', 'EROFS', 'EIO'].map(nodeFailure)]) {
      expect(english(journalWriteCause(failure))).toBe('the file cannot be opened or written');
      expect(dutch(journalWriteCause(failure))).toBe('het bestand kan niet worden geopend of geschreven');
    }
  });

  it('anything else (a broken constraint, another error, no error object) reads "an unexpected error", never its text', async () => {
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE t (x UNIQUE); INSERT INTO t VALUES (1);');
    const constraint = await failureOf(() => db.exec('INSERT INTO t VALUES (1)'));
    db.close();
    expect(constraint).toMatchObject({ code: 'ERR_SQLITE_ERROR' });
    // an error code only counts from SQLite itself: a look-alike without its code is no disk-full
    const lookAlike = Object.assign(new Error('full'), { errcode: 13 });
    for (const failure of [constraint, lookAlike, nodeFailure('ECONNRESET'), new Error('ENOSPC'), 'ENOSPC', null]) {
      expect(english(journalWriteCause(failure))).toBe('an unexpected error');
      expect(dutch(journalWriteCause(failure))).toBe('een onverwachte fout');
    }
  });
});
