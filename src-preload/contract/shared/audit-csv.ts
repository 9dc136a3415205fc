import type { BulkAuditRow, BulkValue } from '../bulk.ts';
import type { UiText } from '../messages.ts';
import { spreadsheetSafe } from './spreadsheet-safe.ts';

/**
 * The audit file of a job: one line per audit row, the operator's text of each row (its skip reason) as `say`
 * words it. The renderer writes it in the UI's language; main only in its log form.
 */
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

export function auditCsv(rows: readonly BulkAuditRow[], say: (text: UiText) => string): string {
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
        row.text ? say(row.text) : (row.message ?? ''),
      ]
        .map(csvCell)
        .join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
