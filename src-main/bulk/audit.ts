import { logText } from '../logging/ui-text.ts';
import type { BulkAuditFilter, BulkAuditRow, BulkValue } from '../../src-preload/contract/bulk.ts';
import { spreadsheetSafe } from '../../src-preload/contract/shared/spreadsheet-safe.ts';
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
          text: op.skip?.reason ?? null,
        });
      }
    }
  }
  return rows.sort((a, b) => a.at - b.at);
}

const text = (value: BulkValue): string => (value === null ? '' : String(value));

/**
 * RFC 4180 quoting with ';' as the separator (what Dutch Excel opens directly) and CRLF line ends; a cell a
 * spreadsheet would run as a formula is kept as text (spreadsheet-safe).
 */
export function csvCell(raw: string): string {
  const value = spreadsheetSafe(raw);
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const AUDIT_HEADER = [
  'time',
  'profile',
  'api_user',
  'job',
  'resource',
  'action',
  'row',
  'label',
  'field',
  'old',
  'new',
  'outcome',
  'message',
];

export function auditCsv(rows: readonly BulkAuditRow[]): string {
  const lines = [AUDIT_HEADER.join(';')];
  for (const row of rows) {
    lines.push(
      [
        new Date(row.at).toISOString(),
        row.profileId,
        row.apiUser ?? '',
        row.jobId,
        row.resource,
        row.action,
        row.target,
        row.label,
        row.field,
        text(row.old),
        text(row.new),
        row.outcome,
        row.message ?? '',
      ]
        .map(csvCell)
        .join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
