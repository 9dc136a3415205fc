import { message, type Message } from '../../src-preload/contract/messages.ts';
import { sqliteErrcode } from '../storage/sqlite-damage.ts';

// SQLite primary result codes (the low byte of node:sqlite's extended `errcode`).
const SQLITE_PERM = 3;
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;

const DISK_FULL = { node: ['ENOSPC', 'EDQUOT'], sqlite: [SQLITE_FULL] };
const LOCKED = { node: ['EBUSY'], sqlite: [SQLITE_BUSY, SQLITE_LOCKED] };
const NOT_WRITABLE = {
  node: ['EACCES', 'EPERM', 'EROFS', 'EIO', 'ENOENT'],
  sqlite: [SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN],
};

/**
 * Why a journal write failed, in the operator's words, chosen by the failure's code (Node's file-system code or
 * SQLite's result code). Never the failure's own text: it is English and names the journal's path.
 */
export function journalWriteCause(failure: unknown): Message {
  const errcode = sqliteErrcode(failure);
  const sqlite = errcode === null ? null : errcode & 0xff;
  const code = errcode === null ? (failure as { code?: unknown } | null)?.code : null;
  const is = (kind: { node: string[]; sqlite: number[] }): boolean =>
    sqlite === null ? typeof code === 'string' && kind.node.includes(code) : kind.sqlite.includes(sqlite);
  if (is(DISK_FULL)) return message('bulk.journal.cause.diskFull');
  if (is(LOCKED)) return message('bulk.journal.cause.locked');
  if (is(NOT_WRITABLE)) return message('bulk.journal.cause.notWritable');
  return message('bulk.journal.cause.unknown');
}
