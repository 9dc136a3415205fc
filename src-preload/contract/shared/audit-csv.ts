import { spreadsheetSafe } from './spreadsheet-safe.ts';

type Value = string | number | boolean | null;

/** An audit row (contract/bulk.ts) as the file needs it; `T` is the operator text main sends. */
export interface AuditCsvRow<T> {
  at: number;
  profileId: string;
  apiUser: string | null;
  jobId: string;
  resource: string;
  action: string;
  target: string;
  label: string;
  field: string;
  old: Value;
  new: Value;
  outcome: string;
  message: string | null;
  text: T | null;
}

/**
 * The audit file of a job: one line per audit row, the operator's text of each row (its skip reason) as `say`
 * words it. The renderer writes it in the UI's language; main only in its log form.
 */
const text = (value: Value): string => (value === null ? '' : String(value));

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

export function auditCsv<T>(rows: readonly AuditCsvRow<T>[], say: (text: T) => string): string {
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
