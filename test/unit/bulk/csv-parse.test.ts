import { dutch, english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import { auditCsv, csvCell, parseCsvImport, replaceLiteral, splitCsvLine } from '../../../src-main/bulk/index.ts';

describe('parseCsvImport', () => {
  it('reads the three notations, an optional header, quotes, blank lines and CRLF', () => {
    const parsed = parseCsvImport(
      '\uFEFFnumber;costCenter;description\r\n0201234567;A\r\n\r\n+31 20 123 4568;B;desc\n31201234569;"C;D";"x ""y"""\n',
    );
    expect(parsed.headerLine).toBe(1);
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries).toEqual([
      { line: 2, text: '0201234567;A', number: '0201234567', costCenter: 'A' },
      { line: 4, text: '+31 20 123 4568;B;desc', number: '0201234568', costCenter: 'B', description: 'desc' },
      { line: 5, text: '31201234569;"C;D";"x ""y"""', number: '0201234569', costCenter: 'C;D', description: 'x "y"' },
    ]);
  });

  it('has no header when the first line starts with a number; empty fields clear', () => {
    const parsed = parseCsvImport('0201234567;;\n0031201234568;X');
    expect(parsed.headerLine).toBeNull();
    expect(parsed.entries[0]).toMatchObject({ number: '0201234567', costCenter: null, description: null });
    expect(parsed.entries[1]).toMatchObject({ number: '0201234568', costCenter: 'X' });
    expect(parsed.entries[1]).not.toHaveProperty('description');
  });

  it('lists every line it cannot use with its line number, never dropping one', () => {
    const parsed = parseCsvImport(
      ['0201234567;A', 'only-one-field', '0201234567;B', 'abc;C', '0201234568;a;b;c', '+44 20 7946 0000;UK'].join('\n'),
    );
    expect(parsed.entries.map((e) => e.line)).toEqual([1]);
    expect(parsed.issues.map((i) => [i.line, i.problem])).toEqual([
      [2, 'malformed'],
      [3, 'duplicate'],
      [4, 'malformed'],
      [5, 'malformed'],
      [6, 'malformed'],
    ]);
    expect(english(parsed.issues[1]!.message)).toContain('line 1');
    expect(dutch(parsed.issues[1]!.message)).toContain('regel 1');
  });

  it('reads a quoted cell holding line breaks as one record, numbering the lines after it right', () => {
    const parsed = parseCsvImport(
      '0201234567;Sales;"Reception\r\nfloor 2"\r\n0201234568;"IT\nsupport";x\n0201234569;B',
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries).toEqual([
      {
        line: 1,
        text: '0201234567;Sales;"Reception\nfloor 2"',
        number: '0201234567',
        costCenter: 'Sales',
        description: 'Reception\nfloor 2',
      },
      {
        line: 3,
        text: '0201234568;"IT\nsupport";x',
        number: '0201234568',
        costCenter: 'IT\nsupport',
        description: 'x',
      },
      { line: 5, text: '0201234569;B', number: '0201234569', costCenter: 'B' },
    ]);
  });

  it('a quote never closed spoils only its own line; the lines after it are read on their own, in linear time', () => {
    const input = (lines: number): string =>
      `0201234567;"open\n${Array.from({ length: lines }, (_, i) => `02012${String(i).padStart(5, '0')};A`).join('\n')}`;
    // Ten times the lines in about ten times the time (a rescan per line would make it about a hundred): a ratio
    // of the fastest of three runs each, so a loaded machine or an instrumented build does not decide it.
    const fastest = (text: string): number =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const started = performance.now();
          parseCsvImport(text);
          return performance.now() - started;
        }),
      );
    const small = input(2_000);
    const large = input(20_000);
    fastest(small);
    expect(fastest(large) / fastest(small)).toBeLessThan(40);

    const parsed = parseCsvImport(large);
    expect(parsed.issues.map((issue) => [issue.line, issue.problem])).toEqual([[1, 'malformed']]);
    expect(english(parsed.issues[0]!.message)).toContain('never closed');
    expect(parsed.entries).toHaveLength(20_000);
    expect(parsed.entries[0]).toMatchObject({ line: 2, number: '0201200000', costCenter: 'A' });
    expect(parsed.entries.at(-1)).toMatchObject({ line: 20_001, number: '0201219999' });
  });

  it('takes tabs (pasted from a spreadsheet) or commas when there is no semicolon', () => {
    expect(parseCsvImport('0201234567\tSales\tReception').entries[0]).toMatchObject({
      costCenter: 'Sales',
      description: 'Reception',
    });
    expect(parseCsvImport('0201234567,Sales').entries[0]).toMatchObject({ costCenter: 'Sales' });
    expect(splitCsvLine(' a ; "b;c" ;d', ';')).toEqual(['a', 'b;c', 'd']);
  });
});

describe('replaceLiteral', () => {
  it('replaces literal text, every occurrence, case-insensitively unless asked', () => {
    expect(replaceLiteral('Sales sales SALES', 'sales', 'Ops', false)).toBe('Ops Ops Ops');
    expect(replaceLiteral('Sales sales SALES', 'sales', 'Ops', true)).toBe('Sales Ops SALES');
    expect(replaceLiteral('a.b a*b (x)', 'a.b', '$&', false)).toBe('$& a*b (x)');
    expect(replaceLiteral('(x) (x)', '(x)', '[y]', true)).toBe('[y] [y]');
  });
});

describe('audit CSV', () => {
  it('quotes per RFC 4180 with ";" and guards against spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('+31201234567')).toBe('+31201234567');
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('-x')).toBe("'-x");
    const csv = auditCsv([
      {
        at: Date.UTC(2026, 0, 2, 3, 4, 5),
        profileId: 'p',
        apiUser: null,
        jobId: 'j',
        resource: 'phone-numbers',
        action: 'set-cost-center',
        target: '/phonenumbers/1',
        label: '0201234567',
        field: 'costCenter',
        old: null,
        new: 'A;B',
        outcome: 'applied',
        message: null,
        text: null,
      },
    ]);
    expect(csv).toBe(
      'time;profile;api_user;job;resource;action;row;label;field;old;new;outcome;message\r\n' +
        '2026-01-02T03:04:05.000Z;p;;j;phone-numbers;set-cost-center;/phonenumbers/1;0201234567;costCenter;;"A;B";applied;\r\n',
    );
  });
});
