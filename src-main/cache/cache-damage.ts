import type { CacheDropReason } from './types.ts';

/** The cache file cannot be trusted: it is dropped and the caller refetches. Never shown to the caller as a failure. */
export class CacheDamage extends Error {
  readonly reason: CacheDropReason;

  constructor(reason: CacheDropReason, detail: string) {
    super(detail);
    this.name = 'CacheDamage';
    this.reason = reason;
  }
}

// SQLite primary result codes (the low byte of node:sqlite's extended `errcode`).
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;
const SQLITE_IOERR_SHORT_READ = 522;

function sqliteErrcode(failure: unknown): number | null {
  if (typeof failure !== 'object' || failure === null) return null;
  const { code, errcode } = failure as { code?: unknown; errcode?: unknown };
  return code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number' ? errcode : null;
}

/** Damage to the file itself; anything else (disk full, busy, a caller's bad row) is a real error. */
export function asCacheDamage(failure: unknown): CacheDamage | null {
  if (failure instanceof CacheDamage) return failure;
  const errcode = sqliteErrcode(failure);
  if (errcode === null) return null;
  const message = failure instanceof Error ? failure.message : String(failure);
  if (errcode === SQLITE_IOERR_SHORT_READ)
    return new CacheDamage('corrupt', `the cache file is truncated (${message})`);
  switch (errcode & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return new CacheDamage('corrupt', `the cache file is damaged (${message})`);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      return new CacheDamage('unreadable', `the cache file cannot be read (${message})`);
    default:
      return null;
  }
}
