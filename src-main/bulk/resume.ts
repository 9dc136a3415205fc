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
  if (rest.length === 0)
    throw refuse(
      'BULK_NOTHING_TO_DO',
      'Nothing is left to send: every row of this job was applied, failed or skipped.',
      'Er is niets meer te versturen: elke rij van deze taak is doorgevoerd, mislukt of overgeslagen.',
      { code: 'nothingLeft' },
    );
  for (const other of others)
    if (other.job.kind === 'undo' && other.job.parentJobId === entry.job.id)
      throw refuse(
        'BULK_WRONG_STATE',
        'This job was undone; plan the change again instead of resuming it.',
        'Deze taak is teruggedraaid; plan de wijziging opnieuw in plaats van haar te hervatten.',
        { code: 'resumeUndone' },
      );
  if (confirm?.expectedCount !== rest.length)
    throw refuse(
      'BULK_COUNT_MISMATCH',
      `${rest.length} rows are left to send, not ${String(confirm?.expectedCount ?? 0)}: look at the job again.`,
      `Er zijn nog ${rest.length} rijen te versturen, niet ${String(confirm?.expectedCount ?? 0)}: bekijk de taak opnieuw.`,
      { code: 'resumeCount', params: { count: rest.length, expected: confirm?.expectedCount ?? 0 } },
    );
  return rest;
}
