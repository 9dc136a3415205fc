/** SQLite primary result codes (the low byte of node:sqlite's extended `errcode`), the ones the stores tell apart. */
export const SQLITE = {
  PERM: 3,
  BUSY: 5,
  LOCKED: 6,
  READONLY: 8,
  IOERR: 10,
  CORRUPT: 11,
  FULL: 13,
  CANTOPEN: 14,
  NOTADB: 26,
} as const;
const SQLITE_IOERR_SHORT_READ = 522;

/** How a store file is damaged, when a node:sqlite failure says so. */
export type SqliteFileDamage = 'truncated' | 'corrupt' | 'unreadable';

/** node:sqlite's extended result code of a failure, or null when it is no SQLite failure. */
function sqliteErrcode(failure: unknown): number | null {
  if (typeof failure !== 'object' || failure === null) return null;
  const { code, errcode } = failure as { code?: unknown; errcode?: unknown };
  return code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number' ? errcode : null;
}

/** The primary result code of a SQLite failure (BUSY for BUSY_SNAPSHOT…), or null when it is no SQLite failure. */
export function sqlitePrimaryCode(failure: unknown): number | null {
  const errcode = sqliteErrcode(failure);
  return errcode === null ? null : errcode & 0xff;
}

/** Another connection holds the file (past the busy timeout): the store is fine, try again later. */
export function isSqliteBusy(failure: unknown): boolean {
  const code = sqlitePrimaryCode(failure);
  return code === SQLITE.BUSY || code === SQLITE.LOCKED;
}

/** Damage to the file itself; anything else (disk full, busy or locked, a caller's bad row) is null: a real error. */
export function sqliteFileDamage(failure: unknown): SqliteFileDamage | null {
  const errcode = sqliteErrcode(failure);
  if (errcode === null) return null;
  if (errcode === SQLITE_IOERR_SHORT_READ) return 'truncated';
  switch (errcode & 0xff) {
    case SQLITE.CORRUPT:
    case SQLITE.NOTADB:
      return 'corrupt';
    case SQLITE.IOERR:
    case SQLITE.CANTOPEN:
      return 'unreadable';
    default:
      return null;
  }
}
