import { dutch, english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import { auditCsv, csvCell, parseCsvImport, splitCsvLine } from '../../../src-main/bulk/index.ts';
import type { BulkAuditRow } from '../../../src-preload/contract/bulk.ts';
import { formulaTriggerOf, spreadsheetSafe } from '../../../src-preload/contract/shared/spreadsheet-safe.ts';

/** What a spreadsheet evaluates: the first character after blanks (not tab or CR) is a formula trigger. */
const DANGEROUS = [
  '=1+1',
  '+1+HYPERLINK("http://evil.example","x")',
  "-1+1+cmd|' /C calc'!A0",
  '@SUM(A1:A2)',
  '\t=cmd',
  '\r=cmd',
  ' =cmd',
  '   @x',
  '\uFF1D1+1',
  '\uFF0Bcmd',
  '\uFF0D1',
  '\uFF20SUM(1)',
  '\u3000=cmd',
  '+',
  '-',
  '-x',
];
const HARMLESS = ['plain', 'Sales', '12', '-12.5', '+31201234567', '+31 20 123 4567', '1e5', '', 'a=b', 'x-y'];

/** How Excel reads a cell of a file: an apostrophe keeps it text, otherwise a trigger makes it a formula. */
function opensAsText(cell: string): boolean {
  return cell.startsWith("'") || formulaTriggerOf(cell) === null;
}

describe('spreadsheet-safe cells', () => {
  it.each(DANGEROUS)('keeps %j as text', (value) => {
    expect(formulaTriggerOf(value)).not.toBeNull();
    expect(spreadsheetSafe(value)).toBe(`'${value}`);
  });

  it.each(['-1.25', '-.25', '-,5', '-1e5', '-1E+5', '-2.5e-3', '-1 ', '\t42', '+0,5'])(
    'leaves the signed number %j alone (decimals, exponents and blanks around it)',
    (value) => {
      expect(formulaTriggerOf(value)).toBeNull();
    },
  );

  it('a blank inside a value is no leading blank: "-1 2" is not a number', () => {
    expect(spreadsheetSafe('-1 2')).toBe("'-1 2");
  });

  it('tells a formula from a control character by the first character only', () => {
    expect(formulaTriggerOf('=a\tb')).toBe('formula');
    expect(formulaTriggerOf('=x')).toBe('formula');
    expect(formulaTriggerOf('\t=x')).toBe('control');
    expect(formulaTriggerOf('\0=x')).toBe('control');
  });

  it.each(HARMLESS)('leaves %j alone (a plain number, a phone number or text)', (value) => {
    expect(spreadsheetSafe(value)).toBe(value);
  });
});

function auditRow(value: string): BulkAuditRow {
  return {
    at: Date.UTC(2026, 0, 2),
    profileId: value,
    apiUser: value,
    jobId: value,
    resource: value,
    action: value,
    target: value,
    label: value,
    field: value,
    old: value,
    new: value,
    outcome: 'applied',
    message: value,
    text: null,
  };
}

/** RFC 4180 with ';', undoing the quoting the way a spreadsheet does before it looks at the cell. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += ch;
    } else if (ch === ';') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else {
      field += ch;
    }
  }
  return records;
}

describe('every export opens as text', () => {
  it('the bulk audit CSV', () => {
    const cells = readCsv(auditCsv(DANGEROUS.map(auditRow)))
      .slice(1)
      .flat();
    expect(cells.length).toBe(DANGEROUS.length * 13);
    for (const cell of cells) expect(opensAsText(cell), JSON.stringify(cell)).toBe(true);
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('-12.5')).toBe('-12.5');
  });
});

describe('CSV import', () => {
  it('refuses values a spreadsheet would run, with the line number and the reason in English and Dutch', () => {
    const lines = ['0201234567;Sales', "0201234568;=cmd|' /C calc'!A0", '0201234569;ok;@SUM(1)', '0201234570;-5'];
    const parsed = parseCsvImport(lines.join('\n'));
    expect(parsed.entries.map((entry) => entry.line)).toEqual([1, 4]);
    expect(parsed.issues.map((issue) => [issue.line, issue.problem])).toEqual([
      [2, 'invalid'],
      [3, 'invalid'],
    ]);
    expect(english(parsed.issues[0]!.message)).toContain('spreadsheet formula');
    expect(dutch(parsed.issues[0]!.message)).toContain('spreadsheetformule');
    expect(splitCsvLine('0201234567;\uFF1D1', ';')).toEqual(['0201234567', '\uFF1D1']);
    expect(parseCsvImport('0201234567;\uFF1D1').issues).toHaveLength(1);
  });
});
