import { message, type Message } from '../../src-preload/contract/messages.ts';
import { SQLITE, sqlitePrimaryCode } from '../storage/sqlite-damage.ts';

const DISK_FULL = { node: ['ENOSPC', 'EDQUOT'], sqlite: [SQLITE.FULL] };
const LOCKED = { node: ['EBUSY'], sqlite: [SQLITE.BUSY, SQLITE.LOCKED] };
const NOT_WRITABLE = {
  node: ['EACCES', 'EPERM', 'EROFS', 'EIO', 'ENOENT'],
  sqlite: [SQLITE.PERM, SQLITE.READONLY, SQLITE.IOERR, SQLITE.CANTOPEN],
};

/**
 * Why a journal write failed, in the operator's words, chosen by the failure's code (Node's file-system code or
 * SQLite's result code). Never the failure's own text: it is English and names the journal's path.
 */
export function journalWriteCause(failure: unknown): Message {
  const sqlite = sqlitePrimaryCode(failure);
  const code = (failure as { code?: unknown } | null)?.code;
  const is = (kind: { node: string[]; sqlite: number[] }): boolean =>
    sqlite === null ? typeof code === 'string' && kind.node.includes(code) : kind.sqlite.includes(sqlite);
  if (is(DISK_FULL)) return message('bulk.journal.cause.diskFull');
  if (is(LOCKED)) return message('bulk.journal.cause.locked');
  if (is(NOT_WRITABLE)) return message('bulk.journal.cause.notWritable');
  return message('bulk.journal.cause.unknown');
}
