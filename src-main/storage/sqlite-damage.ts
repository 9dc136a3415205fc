// SQLite primary result codes (the low byte of node:sqlite's extended `errcode`).
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;
const SQLITE_IOERR_SHORT_READ = 522;

/** How a store file is damaged, when a node:sqlite failure says so. */
export type SqliteFileDamage = 'truncated' | 'corrupt' | 'unreadable';

/** node:sqlite's extended result code of a failure, or null when it is no SQLite failure. */
export function sqliteErrcode(failure: unknown): number | null {
  if (typeof failure !== 'object' || failure === null) return null;
  const { code, errcode } = failure as { code?: unknown; errcode?: unknown };
  return code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number' ? errcode : null;
}

/** Damage to the file itself; anything else (disk full, busy or locked, a caller's bad row) is null: a real error. */
export function sqliteFileDamage(failure: unknown): SqliteFileDamage | null {
  const errcode = sqliteErrcode(failure);
  if (errcode === null) return null;
  if (errcode === SQLITE_IOERR_SHORT_READ) return 'truncated';
  switch (errcode & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return 'corrupt';
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      return 'unreadable';
    default:
      return null;
  }
}
