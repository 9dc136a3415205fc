import { message } from '../../src-preload/contract/messages.ts';
import { refuse } from './errors.ts';
import type { Entry } from './job-entry.ts';
import type { Op } from './types.ts';

/**
 * What resuming a cancelled job sends: the operations its cancel left unsent. Those are `cancelled` (never taken
 * from the queue, so never sent) or, when the app stopped between journalling them pending again and the job
 * running, `pending`. One in doubt (`unknown`) may have landed: it is never sent again here (retry failed re-reads
 * it first).
 */
export const remainingOps = (entry: Entry): Op[] =>
  entry.ops.filter((op) => op.skip === null && (op.state === 'cancelled' || op.state === 'pending'));

/** Refuses a resume of a cancelled job that would surprise: its changes undone since, or a count that moved. */
export function checkResumable(
  entry: Entry,
  others: Iterable<Entry>,
  confirm: { expectedCount: number } | undefined,
): Op[] {
  const rest = remainingOps(entry);
  if (rest.length === 0) throw refuse('BULK_NOTHING_TO_DO', message('bulk.resume.nothingLeft'));
  for (const other of others)
    if (other.job.kind === 'undo' && other.job.parentJobId === entry.job.id)
      throw refuse('BULK_WRONG_STATE', message('bulk.resume.undone'));
  if (confirm?.expectedCount !== rest.length)
    throw refuse(
      'BULK_COUNT_MISMATCH',
      message('bulk.resume.count', { count: rest.length, expected: confirm?.expectedCount ?? 0 }),
    );
  return rest;
}
