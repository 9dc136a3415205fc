import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { message, type UiText } from '../../src-preload/contract/messages.ts';
import { openText } from '../cache/sealed-text.ts';
import type { SecretVault } from '../secrets/secret-vault.ts';
import { openJournalDb, type JournalDb } from './journal-db.ts';
import { journalKeyAccount } from './journal-key.ts';
import { createJournal, journalFile, KEY_CHECK, type Journal } from './journal.ts';
import { transition } from './lifecycle.ts';
import type { JobRecord, Op } from './types.ts';

/**
 * Jobs the journal had running are interrupted now: the process that ran them is gone. A job whose records fail
 * their checks is left out (and left in the file), with a notice naming it.
 */
export function loadJournal(
  journal: Journal,
  at: number,
): { jobs: { job: JobRecord; ops: Op[] }[]; damaged: UiText | null } {
  const { jobs, damaged } = journal.load();
  for (const { job } of jobs) {
    if (job.state === 'running' || job.state === 'paused' || job.state === 'reconciling') {
      transition(job, 'interrupted', at);
      journal.updateJob(job);
    }
  }
  if (damaged.length === 0) return { jobs, damaged: null };
  const ids = damaged.map((d) => d.id.slice(0, 8)).join(', ');
  return {
    jobs,
    damaged: message('bulk.journal.damaged', { count: damaged.length, ids }),
  };
}

/** Why another profile's journal could not be read: no key in the keychain, a key that does not open it, or a file. */
export type JournalReadProblem = 'no-key' | 'wrong-key' | 'unreadable';

export type ReadOnlyJournal =
  { ok: true; jobs: { job: JobRecord; ops: Op[] }[]; damaged: number } | { ok: false; problem: JournalReadProblem };

/**
 * The journal of a profile that is not open, read without changing anything: no key is created, nothing is set
 * aside, jobs found running stay as recorded (the caller shows them as interrupted). A missing file is no jobs.
 */
export async function readJournalReadOnly(options: {
  dir: string;
  profileId: string;
  vault: SecretVault;
}): Promise<ReadOnlyJournal> {
  const file = journalFile(options.dir, options.profileId);
  if (
    !(await stat(file).then(
      (info) => info.isFile(),
      () => false,
    ))
  )
    return { ok: true, jobs: [], damaged: 0 };
  const stored = await options.vault.get(journalKeyAccount(options.profileId));
  if (stored === null) return { ok: false, problem: 'no-key' };
  const key = Buffer.from(stored, 'base64');
  let db: JournalDb;
  try {
    db = openJournalDb(file, { readOnly: true });
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  try {
    const check = db.readKeyCheck();
    let opens = false;
    try {
      opens = check !== null && openText(key, 'key-check', check) === KEY_CHECK;
    } catch {
      opens = false;
    }
    if (!opens) return { ok: false, problem: check === null ? 'unreadable' : 'wrong-key' };
    const { jobs, damaged } = createJournal(db, file, key).load();
    return { ok: true, jobs, damaged: damaged.length };
  } catch {
    return { ok: false, problem: 'unreadable' };
  } finally {
    db.close();
  }
}

/**
 * Size and time of a journal and its write-ahead log, and which key the keychain holds for it: a change in any means
 * there is something new to read. An empty log is no log: a read-only read leaves one behind, and it holds nothing.
 * The key is named by a short digest, never itself.
 */
export async function journalStamp(options: { dir: string; profileId: string; vault: SecretVault }): Promise<string> {
  const file = journalFile(options.dir, options.profileId);
  const parts = await Promise.all(
    [file, `${file}-wal`].map((path) =>
      stat(path).then(
        (info) => (info.size === 0 && path !== file ? '-' : `${info.size}:${info.mtimeMs}`),
        () => '-',
      ),
    ),
  );
  // no journal, nothing to open: the keychain is not asked
  if (parts[0] === '-') return [...parts, '-'].join('|');
  const key = await options.vault.get(journalKeyAccount(options.profileId));
  const keyPart = key === null ? '-' : createHash('sha256').update(key).digest('hex').slice(0, 12);
  return [...parts, keyPart].join('|');
}
