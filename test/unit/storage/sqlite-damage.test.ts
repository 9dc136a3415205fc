import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { isSqliteBusy, sqliteFileDamage, sqlitePrimaryCode } from '../../../src-main/storage/sqlite-damage.ts';

const sqliteError = (errcode: number): Error =>
  Object.assign(new Error(`sqlite ${errcode}`), { code: 'ERR_SQLITE_ERROR', errcode });

describe('which SQLite failures mean the store file itself is damaged', () => {
  it.each([
    [11, 'corrupt'], // SQLITE_CORRUPT
    [267, 'corrupt'], // SQLITE_CORRUPT_VTAB: an extended code of the same primary
    [26, 'corrupt'], // SQLITE_NOTADB
    [522, 'truncated'], // SQLITE_IOERR_SHORT_READ
    [10, 'unreadable'], // SQLITE_IOERR
    [266, 'unreadable'], // SQLITE_IOERR_READ
    [14, 'unreadable'], // SQLITE_CANTOPEN
    [5, null], // SQLITE_BUSY: another connection, not damage
    [6, null], // SQLITE_LOCKED
    [13, null], // SQLITE_FULL: the disk, not the file
    [19, null], // SQLITE_CONSTRAINT: a caller's bad row
  ])('errcode %i is %s', (errcode, damage) => {
    expect(sqliteFileDamage(sqliteError(errcode))).toBe(damage);
  });

  it('only node:sqlite errors count: other errors, codes and values are not damage', () => {
    expect(sqliteFileDamage(Object.assign(new Error('x'), { code: 'ENOENT', errcode: 11 }))).toBeNull();
    expect(sqliteFileDamage(Object.assign(new Error('x'), { code: 'ERR_SQLITE_ERROR', errcode: '11' }))).toBeNull();
    expect(sqliteFileDamage(new Error('database disk image is malformed'))).toBeNull();
    expect(sqliteFileDamage(null)).toBeNull();
    expect(sqliteFileDamage('corrupt')).toBeNull();
  });

  it('a real file that is no database is corrupt', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sqlite-damage-'));
    try {
      const file = path.join(dir, 'store.sqlite');
      await writeFile(file, 'no database here '.repeat(64));
      const failure = (() => {
        try {
          new DatabaseSync(file).prepare('SELECT * FROM sqlite_master').all();
        } catch (error) {
          return error;
        }
      })();
      expect(sqliteFileDamage(failure)).toBe('corrupt');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a SQLite failure by its primary code', () => {
  it('reads the primary code from an extended one, and nothing from other errors', () => {
    expect(sqlitePrimaryCode(sqliteError(266))).toBe(10); // SQLITE_IOERR_READ
    expect(sqlitePrimaryCode(sqliteError(5))).toBe(5);
    expect(sqlitePrimaryCode(Object.assign(new Error('x'), { code: 'EBUSY', errcode: 5 }))).toBeNull();
    expect(sqlitePrimaryCode(undefined)).toBeNull();
  });

  it('tells a file another connection holds (busy, locked, a busy snapshot) from every other failure', () => {
    expect([5, 6, 517, 262].map((code) => isSqliteBusy(sqliteError(code)))).toEqual([true, true, true, true]);
    expect([11, 13, 26, 8].map((code) => isSqliteBusy(sqliteError(code)))).toEqual([false, false, false, false]);
    expect(isSqliteBusy(Object.assign(new Error('x'), { errcode: 5 }))).toBe(false);
  });
});
