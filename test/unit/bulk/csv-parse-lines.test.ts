import { describe, expect, it } from 'vitest';
import { parseCsvImport } from '../../../src-main/bulk/index.ts';
import { parseCsvImportInSlices } from '../../../src-main/bulk/actions/csv-parse.ts';

describe('parseCsvImport: what each unusable line says', () => {
  it.each([
    ['0201234567', 'malformed', { code: 'bulk.csv.fieldCount', params: { count: 1 } }],
    ['0201234567;a;b;c', 'malformed', { code: 'bulk.csv.fieldCount', params: { count: 4 } }],
    ['12345;A', 'malformed', { code: 'bulk.csv.notDutchNumber', params: { value: '12345' } }],
    ['0201234568;=1+1', 'invalid', { code: 'bulk.csv.formula', params: { value: '=1+1' } }],
    ['0201234568;A;@SUM(A1)', 'invalid', { code: 'bulk.csv.formula', params: { value: '@SUM(A1)' } }],
  ])('line %j is %s with its own message', (text, problem, msg) => {
    const parsed = parseCsvImport(`0201234560;first\n${text}`);
    expect(parsed.entries.map((e) => e.number)).toEqual(['0201234560']);
    expect(parsed.issues).toEqual([{ line: 2, text, problem, message: msg }]);
  });

  it('a quote inside a field is part of the value, not the start of a quoted field', () => {
    const parsed = parseCsvImport('0201234567;A"B;C');
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries[0]).toMatchObject({ costCenter: 'A"B', description: 'C' });
  });

  it('a line of only spaces carries nothing', () => {
    const parsed = parseCsvImport('0201234567;A\n   \n0201234568;B');
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries.map((e) => e.line)).toEqual([1, 3]);
  });

  it('a byte order mark before a number is dropped; one inside a value is kept', () => {
    const parsed = parseCsvImport('\uFEFF0201234567;A\uFEFFB');
    expect(parsed.headerLine).toBeNull();
    expect(parsed.entries).toEqual([
      { line: 1, text: '0201234567;A\uFEFFB', number: '0201234567', costCenter: 'A\uFEFFB' },
    ]);
    expect(parseCsvImport('0201234567;A\uFEFFB').entries[0]?.costCenter).toBe('A\uFEFFB');
  });

  it('a list read in slices (an import) drops the byte order mark the same way, so its header is a header', async () => {
    const parsed = await parseCsvImportInSlices('\uFEFFnumber;costCenter\n0201234567;A', async () => undefined);
    expect(parsed.headerLine).toBe(1);
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries).toEqual([{ line: 2, text: '0201234567;A', number: '0201234567', costCenter: 'A' }]);
  });

  it.each(['+31 (0)20 123 4567', '+31-20-123-4567', '+31 20 123 4567'])(
    'a number written with its country code (%j) is a number, not a formula: only the values are checked',
    (written) => {
      const parsed = parseCsvImport(`${written};CC-1`);
      expect(parsed.issues).toEqual([]);
      expect(parsed.entries).toEqual([{ line: 1, text: `${written};CC-1`, number: '0201234567', costCenter: 'CC-1' }]);
    },
  );
});
