/**
 * Spreadsheet formula injection (OWASP "CSV Injection", ASVS 1.2.10): a cell a spreadsheet would run as a formula
 * is turned into text by an apostrophe in front. Pure code: the renderer's CSV export and Copy rows, and main's
 * audit CSV and CSV import all use this one module.
 */

// `=`, `+`, `-`, `@`, their full-width forms, tab, CR and NUL start a formula or a DDE call in Excel, LibreOffice
// and Google Sheets.
const TRIGGER = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;
// Blanks a spreadsheet skips before it looks for a formula; tab and CR are triggers of their own.
const LEADING_BLANKS = /^[^\S\t\r]+/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
// International (E.164) numbers such as +31201234567 or +31 20 123 4567: a formula would only give them back.
const PHONE_NUMBER = /^\+[1-9]\d{6,14}$/;

export type FormulaTrigger = 'formula' | 'control';

/** Why a spreadsheet would not take the value as text, or null when it would. */
export function formulaTriggerOf(value: string): FormulaTrigger | null {
  const start = value.replace(LEADING_BLANKS, '');
  if (!TRIGGER.test(start)) return null;
  const trimmed = start.trim();
  if (PLAIN_NUMBER.test(trimmed) || PHONE_NUMBER.test(trimmed.replace(/ /g, ''))) return null;
  return /^[\t\r\0]/.test(start) ? 'control' : 'formula';
}

/** The value as a spreadsheet will show it as text: an apostrophe in front of anything it would evaluate. */
export function spreadsheetSafe(value: string): string {
  return formulaTriggerOf(value) === null ? value : `'${value}`;
}
