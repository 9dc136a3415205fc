import type { BulkAuditRow, BulkJobSummary } from '../../src-preload/contract/bulk.ts';
import { message } from '../../src-preload/contract/messages.ts';
import type { RowHistory } from '../../src-preload/contract/history.ts';

/** The slice of the bulk engine a row's history reads. */
export interface HistorySource {
  auditRows(): BulkAuditRow[];
  list(): BulkJobSummary[];
}

/** Every change the journal holds for one row, newest first, each with the title of its job. */
export function rowHistory(source: HistorySource, iri: string): RowHistory {
  const titles = new Map(source.list().map((job) => [job.jobId, job.title]));
  const entries = source
    .auditRows()
    .filter((row) => row.target === iri && row.field !== '')
    .map((row) => ({
      jobId: row.jobId,
      title: titles.get(row.jobId) ?? message('bulk.untitledJob', { action: row.action }),
      at: row.at,
      field: row.field,
      old: row.old,
      new: row.new,
      outcome: row.outcome,
      message: row.message,
      text: row.text,
    }))
    .sort((a, b) => b.at - a.at);
  return { iri, entries };
}
