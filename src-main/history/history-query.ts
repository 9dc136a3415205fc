import type { BulkAuditRow, BulkJobSummary, BulkOpState } from '../../src-preload/contract/bulk.ts';
import type { HistoryFilter, HistoryJob } from '../../src-preload/contract/history.ts';
import { amsterdamDay } from '../../src-preload/contract/shared/deadlines.ts';
import { phoneSearchVariants } from '../../src-preload/contract/shared/phone-number.ts';

/** One profile's jobs and their audit rows, as the history searches them. */
export interface ProfileJobs {
  profileId: string;
  name: string;
  jobs: BulkJobSummary[];
  /** Audit rows by job id, in time order. */
  rows: Map<string, BulkAuditRow[]>;
}

const MATCHED_LABELS = 3;

/** What a typed row is compared with: its phone forms (a number typed as +31… finds 06…), or the text itself. */
export function rowMatcher(typed: string | undefined): ((row: BulkAuditRow) => boolean) | null {
  const trimmed = typed?.trim() ?? '';
  if (trimmed === '') return null;
  const needles = [...new Set([trimmed, ...phoneSearchVariants(trimmed)].map((n) => n.toLowerCase()))];
  return (row) => {
    const label = row.label.toLowerCase();
    const target = row.target.toLowerCase();
    return needles.some((needle) => label.includes(needle) || target.endsWith(`/${needle}`));
  };
}

/** The audit rows of one job that match the row and outcome asked for. */
export function matchingRows(
  rows: readonly BulkAuditRow[],
  filter: { row?: string | undefined; outcome?: BulkOpState | undefined },
): BulkAuditRow[] {
  const byRow = rowMatcher(filter.row);
  return rows.filter((row) => (!filter.outcome || row.outcome === filter.outcome) && (!byRow || byRow(row)));
}

const jobDay = (job: BulkJobSummary): string => amsterdamDay(job.startedAt ?? job.createdAt);

/** Jobs of every profile that pass the filter, newest first, each with the rows that made it match. */
export function searchJobs(profiles: readonly ProfileJobs[], filter: HistoryFilter): HistoryJob[] {
  const found: HistoryJob[] = [];
  const rowsAsked = (filter.row?.trim() ?? '') !== '' || filter.outcome !== undefined;
  for (const profile of profiles) {
    if (filter.profileId && profile.profileId !== filter.profileId) continue;
    for (const job of profile.jobs) {
      if (filter.resource && job.resource !== filter.resource) continue;
      if (filter.action && job.action !== filter.action) continue;
      const day = jobDay(job);
      if (filter.from && day < filter.from) continue;
      if (filter.to && day > filter.to) continue;
      const matched = matchingRows(profile.rows.get(job.jobId) ?? [], filter);
      if (rowsAsked && matched.length === 0) continue;
      const targets = new Map<string, string>();
      for (const row of matched) if (!targets.has(row.target)) targets.set(row.target, row.label);
      found.push({
        ...job,
        profileName: profile.name,
        matchedRows: rowsAsked ? targets.size : job.counts.total,
        matchedLabels: [...targets.values()].slice(0, MATCHED_LABELS),
      });
    }
  }
  return found.sort((a, b) => (b.startedAt ?? b.createdAt) - (a.startedAt ?? a.createdAt));
}
