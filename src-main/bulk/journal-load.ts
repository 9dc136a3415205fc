import type { Localized } from '../../src-preload/contract/resources.ts';
import type { Journal } from './journal.ts';
import { transition } from './lifecycle.ts';
import type { JobRecord, Op } from './types.ts';

/**
 * Jobs the journal had running are interrupted now: the process that ran them is gone. A job whose records fail
 * their checks is left out (and left in the file), with a notice naming it.
 */
export function loadJournal(
  journal: Journal,
  at: number,
): { jobs: { job: JobRecord; ops: Op[] }[]; damaged: Localized | null } {
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
    damaged: {
      en: `${damaged.length} bulk ${damaged.length === 1 ? 'job' : 'jobs'} in the history could not be read back intact (${ids}) and ${damaged.length === 1 ? 'is' : 'are'} not shown, resumed or undone. Check on the platform whether ${damaged.length === 1 ? 'its' : 'their'} changes were applied; the records stay in the journal file.`,
      nl: `${damaged.length} ${damaged.length === 1 ? 'bulktaak' : 'bulktaken'} in de geschiedenis ${damaged.length === 1 ? 'kon' : 'konden'} niet onbeschadigd worden gelezen (${ids}) en ${damaged.length === 1 ? 'wordt' : 'worden'} niet getoond, hervat of teruggedraaid. Controleer op het platform of de wijzigingen zijn doorgevoerd; de gegevens blijven in het logboekbestand.`,
    },
  };
}
