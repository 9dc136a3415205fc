import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, planCsvImport } from '../../../src-main/bulk/actions/csv-import.ts';
import type { BulkError } from '../../../src-main/bulk/errors.ts';
import { getResource } from '../../../src-main/resources/index.ts';

const rows = [
  { '@id': '/phonenumbers/1', number: '0201234567', costCenter: 'OLD', description: null },
  { '@id': '/phonenumbers/2', number: 31201234568, costCenter: 'OLD', description: null },
  { '@id': '/phonenumbers/3', number: '0201234569', costCenter: 'SAME', description: null },
];

const plan = (targets: string[], params: Record<string, unknown>) =>
  planCsvImport(getResource('phone-numbers')!, targets, params, async () => rows.map((r) => ({ ...r })));

const refusalOf = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('not refused');
    },
    (error: BulkError) => error.localized,
  );

describe('planCsvImport', () => {
  it('refuses a list without any line to read', async () => {
    expect(await refusalOf(plan([], { text: 'number;costCenter\n\n' }))).toEqual({ code: 'bulk.csv.empty' });
  });

  it('a list of only unusable lines is planned, to show those lines', async () => {
    const result = await plan([], { text: '12345;A' });
    expect(result.ops).toEqual([]);
    expect(result.title).toEqual({ code: 'bulk.csv.title' });
    expect(result.undo).toMatchObject({ available: true });
    expect(result.lines?.map((l) => l.line)).toEqual([1]);
  });

  it('reads a list of exactly the largest size, and refuses one character more as too large', async () => {
    const blanks = ' '.repeat(MAX_IMPORT_CHARS);
    expect(await refusalOf(plan([], { text: blanks }))).toEqual({ code: 'bulk.csv.empty' });
    expect(await refusalOf(plan([], { text: `${blanks} ` }))).toMatchObject({ code: 'bulk.csv.tooLarge' });
  });

  it('refuses a request without text as a missing parameter', async () => {
    expect(await refusalOf(plan([], {}))).toEqual({ code: 'bulk.paramMissing', params: { name: 'text' } });
  });

  it('matches a number the platform sends as a number, and counts only the rows it changes', async () => {
    const result = await plan([], { text: '0201234567;NEW\n0201234568;NEW\n0201234569;SAME' });
    expect(result.ops.filter((o) => o.skip === null).map((o) => o.target)).toEqual([
      '/phonenumbers/1',
      '/phonenumbers/2',
    ]);
    expect(result.confirmation).toEqual({ code: 'bulk.csv.confirm', params: { count: 2 } });
    expect(result.lines).toEqual([]);
  });

  it('with a selection, a line for a row outside it is listed as not selected', async () => {
    const result = await plan(['/phonenumbers/1'], { text: '0201234567;NEW\n0201234568;NEW' });
    expect(result.ops.map((o) => o.target)).toEqual(['/phonenumbers/1']);
    expect(result.lines).toEqual([
      {
        line: 2,
        text: '0201234568;NEW',
        problem: 'unmatched',
        message: { code: 'bulk.csv.notSelected', params: { number: '0201234568' } },
      },
    ]);
  });

  it('a line whose value the platform would refuse (a cost center over 50 characters) is listed as that line’s problem, and not counted', async () => {
    const long = 'C'.repeat(51);
    const result = await plan([], { text: `0201234567;NEW\n0201234568;${long}` });
    expect(result.ops.filter((o) => o.skip === null).map((o) => o.target)).toEqual(['/phonenumbers/1']);
    expect(result.ops.find((o) => o.target === '/phonenumbers/2')?.skip?.kind).toBe('invalid');
    expect(result.confirmation).toEqual({ code: 'bulk.csv.confirm', params: { count: 1 } });
    expect(result.lines).toEqual([
      {
        line: 2,
        text: `0201234568;${long}`,
        problem: 'invalid',
        message: { code: 'resources.edit.tooLong', params: { count: 50, actual: 51 } },
      },
    ]);
  });
});
