import { operationText } from './outcome-text.ts';
import { logText } from '../logging/ui-text.ts';
import type { BulkAuditFilter, BulkAuditRow } from '../../src-preload/contract/bulk.ts';
import { auditCsv as writeAuditCsv } from '../../src-preload/contract/shared/audit-csv.ts';
import type { JobRecord, Op } from './types.ts';

/** One row per changed field of every operation that reached the journal (skipped rows included, with reason). */
export function auditRows(
  jobs: readonly { job: JobRecord; ops: readonly Op[] }[],
  filter: BulkAuditFilter = {},
): BulkAuditRow[] {
  const rows: BulkAuditRow[] = [];
  for (const { job, ops } of jobs) {
    if (filter.jobId !== undefined && job.id !== filter.jobId) continue;
    for (const op of ops) {
      const at = op.updatedAt ?? job.startedAt ?? job.createdAt;
      if (filter.since !== undefined && at < filter.since) continue;
      if (filter.until !== undefined && at > filter.until) continue;
      const message =
        (op.skip ? logText(op.skip.reason) : null) ??
        [op.outcome?.message, op.outcome?.platformMessage, op.outcome?.note].filter((m) => m).join(' — ') ??
        null;
      const changes = op.changes.length > 0 ? op.changes : [{ field: '', old: null, new: null }];
      for (const change of changes) {
        rows.push({
          at,
          profileId: job.profileId,
          apiUser: job.apiUser,
          jobId: job.id,
          resource: job.resource,
          action: job.action,
          target: op.target,
          label: op.label,
          field: change.field,
          old: change.old,
          new: change.new,
          outcome: op.state,
          message: message === '' ? null : message,
          text: operationText(op.skip?.reason, op.outcome),
        });
      }
    }
  }
  return rows.sort((a, b) => a.at - b.at);
}

export { AUDIT_HEADER, csvCell } from '../../src-preload/contract/shared/audit-csv.ts';

/** The audit file in its log form (a skip reason as its message code); the operator's file is written by the renderer. */
export function auditCsv(rows: readonly BulkAuditRow[]): string {
  return writeAuditCsv(rows, logText);
}
