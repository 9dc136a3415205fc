import { dutch, english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import { planAction } from '../../../src-main/bulk/planner.ts';
import type { BulkError } from '../../../src-main/bulk/errors.ts';
import type { Row } from '../../../src-main/bulk/index.ts';

/** Block 1 is available (end-cool-off skips it); blocks 2–8 are cooling off, 100 numbers each. */
const blocks: Row[] = Array.from({ length: 8 }, (_, i) => ({
  '@id': `/number-blocks/${i + 1}`,
  start: `02012${i}0000`,
  end: `02012${i}0099`,
  size: 100,
  status: i === 0 ? 'available' : 'cool-off',
  coolOffUntil: i === 0 ? null : '2030-01-01T00:00:00Z',
}));
const phones: Row[] = [
  { '@id': '/phonenumbers/1', number: '0201234567', costCenter: 'Sales', description: 'Reception desk' },
  { '@id': '/phonenumbers/2', number: '0201234568', costCenter: null, description: null },
];
const forwards: Row[] = [
  {
    '@id': '/order-details-x2voip-numbers-scheduled-forwards/1',
    orderDetailsX2voipNumber: '/order-details-x2voip-numbers/10001',
    forwardTo: '0612345678',
    dateStart: '2030-06-01T00:00:00Z',
    dateEnd: '2030-07-01T00:00:00Z',
  },
  {
    // a window the platform holds the wrong way round (its end before its start)
    '@id': '/order-details-x2voip-numbers-scheduled-forwards/2',
    orderDetailsX2voipNumber: '/order-details-x2voip-numbers/10002',
    forwardTo: '0612345679',
    dateStart: '2030-07-01T00:00:00Z',
    dateEnd: '2030-06-01T00:00:00Z',
  },
];
const tables: Record<string, Row[]> = {
  '/number-blocks': blocks,
  '/phonenumbers': phones,
  '/order-details-x2voip-numbers-scheduled-forwards': forwards,
};
const readRows = async (path: string): Promise<Row[]> => tables[path] ?? [];
const plan = (resourceId: string, action: string, targets: string[], params: Record<string, unknown> = {}) =>
  planAction({ spec: { resource: resourceId, action, targets, params }, readRows }).then((r) => r.plan);
const block = (n: number): string => `/number-blocks/${n}`;
const range = (n: number): string => `02012${n - 1}0000–02012${n - 1}0099`;

async function refusal(attempt: Promise<unknown>): Promise<{ code: string; en: string; nl: string }> {
  const failure = (await attempt.then(
    () => {
      throw new Error('expected the plan to be refused');
    },
    (error: unknown) => error,
  )) as BulkError;
  return { code: failure.code, en: english(failure.localized), nl: dutch(failure.localized) };
}

describe('number-block plans: what the operator is asked', () => {
  it('end-cool-off counts and lists only the blocks it sends, the first five and "+N" for the rest', async () => {
    const p = await plan('number-blocks', 'end-cool-off', [1, 2, 3, 4, 5, 6, 7].map(block));
    expect(p.ops.map((o) => o.skip?.kind ?? 'send')).toEqual(['not-applicable', ...Array(6).fill('send')]);
    expect(english(p.title)).toBe('End cool-off');
    expect(english(p.confirmation)).toBe(
      `End the cool-off of 6 number blocks: ${[2, 3, 4, 5, 6].map(range).join(', ')}, +1?`,
    );
    expect(dutch(p.confirmation)).toBe(
      `De quarantaine van 6 nummerblokken beëindigen: ${[2, 3, 4, 5, 6].map(range).join(', ')}, +1?`,
    );
    expect(p.undo).toEqual({ available: false, note: { code: 'bulk.blocks.noUndo' } });
  });

  it('end-cool-off lists exactly five blocks in full, without a "+" count', async () => {
    const p = await plan('number-blocks', 'end-cool-off', [1, 2, 3, 4, 5, 6].map(block));
    expect(english(p.confirmation)).toBe(
      `End the cool-off of 5 number blocks: ${[2, 3, 4, 5, 6].map(range).join(', ')}?`,
    );
  });

  it('split: title names the size, the list holds only blocks sent, and a split cannot be undone', async () => {
    const p = await plan('number-blocks', 'split', [1, 2, 3, 4, 5, 6, 7, 8].map(block), { size: 10 });
    expect(english(p.title)).toBe('Split into blocks of 10');
    expect(dutch(p.title)).not.toBe(english(p.title));
    expect(english(p.confirmation)).toContain('Split ');
    expect(p.undo.available).toBe(false);
  });

  it('split into blocks of 1 is allowed (every block divides by 1)', async () => {
    const p = await plan('number-blocks', 'split', [block(2)], { size: 1 });
    expect(p.ops.map((o) => o.request?.path ?? o.skip?.kind)).toEqual(['/number-blocks/2/split/1']);
  });

  it.each([0, -100, 2.5])('split refuses size %s as not a whole number of at least 1', async (size) => {
    const r = await refusal(plan('number-blocks', 'split', [block(2)], { size }));
    expect(r.code).toBe('BULK_INVALID_PARAMS');
    expect(r.en).not.toContain('cannot be split');
    expect(r.en.length).toBeGreaterThan(0);
    expect(r.en).not.toBe('bulk.blocks.sizeNotWhole');
  });

  it('split with nothing to send but no unfit size shows a preview of skipped rows instead of refusing', async () => {
    const p = await plan('number-blocks', 'split', ['/number-blocks/99'], { size: 10 });
    expect(p.ops.map((o) => o.skip?.kind)).toEqual(['missing']);
  });
});

describe('phone-number field plans: titles and questions', () => {
  const both = ['/phonenumbers/1', '/phonenumbers/2'];
  it.each([
    [
      'set-cost-center',
      { value: 'Ops' },
      'Set cost center to "Ops"',
      'Set the cost center of 2 phone numbers to "Ops"?',
      'De kostenplaats van 2 telefoonnummers instellen op "Ops"?',
    ],
    [
      'clear-cost-center',
      {},
      'Clear cost center',
      'Clear the cost center of 1 phone number?',
      'De kostenplaats van 1 telefoonnummer wissen?',
    ],
    [
      'set-description',
      { value: 'X' },
      'Set description to "X"',
      'Set the description of 2 phone numbers to "X"?',
      'De omschrijving van 2 telefoonnummers instellen op "X"?',
    ],
    [
      'clear-description',
      {},
      'Clear description',
      'Clear the description of 1 phone number?',
      'De omschrijving van 1 telefoonnummer wissen?',
    ],
    [
      'replace-in-description',
      { find: 'desk', replace: 'balie' },
      'Replace "desk" with "balie" in descriptions',
      'Replace "desk" with "balie" in the description of 1 phone number?',
      '"desk" vervangen door "balie" in de omschrijving van 1 telefoonnummer?',
    ],
  ])('%s', async (action, params, title, en, nl) => {
    const p = await plan('phone-numbers', action, both, params);
    expect(english(p.title)).toBe(title);
    expect(english(p.confirmation)).toBe(en);
    expect(dutch(p.confirmation)).toBe(nl);
  });

  it('set-description with only spaces shows the value as (empty) in the title', async () => {
    const p = await plan('phone-numbers', 'set-description', ['/phonenumbers/1'], { value: '   ' });
    expect(english(p.title)).toBe('Set description to (empty)');
  });

  it('replace-in-description says which text a skipped row lacks, also for an empty description', async () => {
    const p = await plan('phone-numbers', 'replace-in-description', ['/phonenumbers/2'], {
      find: 'Stryker',
      replace: 'x',
    });
    expect(p.ops.map((o) => (o.skip ? english(o.skip.reason) : 'send'))).toEqual([
      'The description does not contain "Stryker".',
    ]);
  });

  it('replace-in-description refuses an empty search text with a readable reason', async () => {
    const r = await refusal(plan('phone-numbers', 'replace-in-description', both, { find: '', replace: 'x' }));
    expect(r.en).not.toBe('bulk.replace.enterFind');
    expect(r.en.length).toBeGreaterThan(0);
  });
});

describe('edit-cell and bulk-edit: titles and questions', () => {
  it.each([
    [
      'edit-cell',
      ['/phonenumbers/2'],
      'description',
      'New',
      'Set Description to "New"',
      'Set description of 1 row to "New"?',
    ],
    [
      'edit-cell',
      ['/phonenumbers/1'],
      'description',
      null,
      'Set Description to (empty)',
      'Set description of 1 row to (empty)?',
    ],
    [
      'bulk-edit',
      ['/phonenumbers/1', '/phonenumbers/2'],
      'costCenter',
      'Ops',
      'Set Cost center to "Ops"',
      'Set cost center of 2 rows to "Ops"?',
    ],
  ])('%s %s %s = %s', async (action, targets, field, value, title, en) => {
    const p = await plan('phone-numbers', action, targets, { field, value });
    expect(english(p.title)).toBe(title);
    expect(english(p.confirmation)).toBe(en);
  });

  it('edit-cell on two rows is refused with a readable reason', async () => {
    const r = await refusal(
      plan('phone-numbers', 'edit-cell', ['/phonenumbers/1', '/phonenumbers/2'], { field: 'description', value: 'x' }),
    );
    expect(r.code).toBe('BULK_INVALID_PARAMS');
    expect(r.en).not.toBe('bulk.cellEditOneRow');
    expect(r.en.length).toBeGreaterThan(0);
  });

  it.each([
    ['2030-05-01T00:00:00Z', 'invalid'],
    ['2030-06-01T00:00:00Z', 'invalid'],
    ['2030-06-02T00:00:00Z', 'send'],
  ])('bulk-edit dateEnd = %s against a start of 2030-06-01: %s', async (value, outcome) => {
    const p = await plan('scheduled-forwards', 'bulk-edit', ['/order-details-x2voip-numbers-scheduled-forwards/1'], {
      field: 'dateEnd',
      value,
    });
    expect(p.ops.map((o) => o.skip?.kind ?? 'send')).toEqual([outcome]);
  });

  it('an edit that leaves the window alone is sent even where the platform holds that window the wrong way round', async () => {
    const p = await plan('scheduled-forwards', 'bulk-edit', ['/order-details-x2voip-numbers-scheduled-forwards/2'], {
      field: 'forwardTo',
      value: '0612345670',
    });
    expect(p.ops.map((o) => o.skip?.kind ?? 'send')).toEqual(['send']);
  });
});
