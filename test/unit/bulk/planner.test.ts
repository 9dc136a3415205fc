import { dutch, english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import { planAction } from '../../../src-main/bulk/planner.ts';
import type { BulkError } from '../../../src-main/bulk/errors.ts';
import type { Row } from '../../../src-main/bulk/index.ts';

const phones: Row[] = [
  { '@id': '/phonenumbers/1', number: '0201234567', costCenter: 'Sales', description: 'Reception desk' },
  { '@id': '/phonenumbers/2', number: '0201234568', costCenter: null, description: null },
  { '@id': '/phonenumbers/3', number: '0201234569', costCenter: 'Ops', description: 'Night line reception' },
];
const blocks: Row[] = [
  { '@id': '/number-blocks/101', start: '0201230000', end: '0201230999', size: 1000, status: 'available' },
  {
    '@id': '/number-blocks/102',
    start: '0201231000',
    end: '0201231099',
    size: 100,
    status: 'cool-off',
    coolOffUntil: '2030-01-01T00:00:00Z',
  },
  { '@id': '/number-blocks/103', start: '0201232000', end: '0201232999', size: 1000, status: 'in-use' },
];
const outports: Row[] = [
  { '@id': '/outports/401', status: 'pending', numbers: ['0201234567', '0201234568', '0201234569', '0201234570'] },
  { '@id': '/outports/402', status: 'denied', numbers: ['0301234567'] },
];
const forwards: Row[] = [
  {
    '@id': '/order-details-x2voip-numbers-scheduled-forwards/1',
    orderDetailsX2voipNumber: '/order-details-x2voip-numbers/10001',
    forwardTo: '0612345678',
    dateStart: null,
    dateEnd: null,
  },
];
const tables: Record<string, Row[]> = {
  '/phonenumbers': phones,
  '/number-blocks': blocks,
  '/outports': outports,
  '/order-details-x2voip-numbers-scheduled-forwards': forwards,
  '/order-details-x2voip-numbers': [{ '@id': '/order-details-x2voip-numbers/10002', number: '0851234567' }],
};
const readRows = async (path: string): Promise<Row[]> => tables[path] ?? [];
const plan = (resourceId: string, action: string, targets: string[], params: Record<string, unknown> = {}) =>
  planAction({ spec: { resource: resourceId, action, targets, params }, readRows }).then((r) => r.plan);

/** The code of a refused plan and what the operator reads of it, in English and Dutch. */
async function refused(attempt: Promise<unknown>): Promise<{ code: string; en: string; nl: string }> {
  const failure = (await attempt.then(
    () => {
      throw new Error('expected the plan to be refused');
    },
    (error: unknown) => error,
  )) as BulkError;
  return { code: failure.code, en: english(failure.localized), nl: dutch(failure.localized) };
}

describe('planning (pure: nothing is sent)', () => {
  it('set-cost-center: one op per row that changes, skipped rows with reasons, values trimmed by the registry', async () => {
    const p = await plan(
      'phone-numbers',
      'set-cost-center',
      ['/phonenumbers/1', '/phonenumbers/2', '/phonenumbers/2', '/phonenumbers/9'],
      { value: ' Sales ' },
    );
    expect(p.ops.map((o) => [o.target, o.skip?.kind ?? 'send'])).toEqual([
      ['/phonenumbers/1', 'unchanged'],
      ['/phonenumbers/2', 'send'],
      ['/phonenumbers/9', 'missing'],
    ]);
    expect(p.ops[1]).toMatchObject({
      label: '0201234568',
      request: { method: 'PATCH', path: '/phonenumbers/2', body: { costCenter: 'Sales' } },
    });
    expect(english(p.confirmation)).toBe('Set the cost center of 1 phone number to "Sales"?');
  });

  it('clear-description sends null; replace-in-description skips rows without the text', async () => {
    const cleared = await plan('phone-numbers', 'clear-description', ['/phonenumbers/1', '/phonenumbers/2']);
    expect(cleared.ops.map((o) => o.skip?.kind ?? o.request.body)).toEqual([{ description: null }, 'unchanged']);
    const replaced = await plan(
      'phone-numbers',
      'replace-in-description',
      ['/phonenumbers/1', '/phonenumbers/2', '/phonenumbers/3'],
      { find: 'reception', replace: 'Front desk' },
    );
    expect(replaced.ops.map((o) => o.skip?.kind ?? o.changes[0]!.new)).toEqual([
      'Front desk desk',
      'not-applicable',
      'Night line Front desk',
    ]);
    const sensitive = await plan('phone-numbers', 'replace-in-description', ['/phonenumbers/1', '/phonenumbers/3'], {
      find: 'reception',
      replace: 'x',
      caseSensitive: true,
    });
    expect(sensitive.ops.map((o) => o.skip?.kind ?? o.changes[0]!.new)).toEqual(['not-applicable', 'Night line x']);
    await expect(
      plan('phone-numbers', 'replace-in-description', ['/phonenumbers/1'], { find: '' }),
    ).rejects.toMatchObject({ code: 'BULK_INVALID_PARAMS' });
  });

  it('a value the registry refuses stops the whole plan, in English and Dutch', async () => {
    expect(
      await refused(plan('phone-numbers', 'set-description', ['/phonenumbers/1'], { value: 'x'.repeat(256) })),
    ).toEqual({
      code: 'BULK_INVALID_PARAMS',
      en: 'At most 255 characters (this has 256).',
      nl: 'Maximaal 255 tekens (dit zijn er 256).',
    });
    await expect(plan('phone-numbers', 'set-cost-center', ['/phonenumbers/1'], { value: 5 })).rejects.toMatchObject({
      code: 'BULK_INVALID_PARAMS',
    });
    await expect(plan('phone-numbers', 'set-cost-center', [], { value: 'x' })).rejects.toMatchObject({
      code: 'BULK_NOTHING_TO_DO',
    });
    // settings that are not even a set of fields: the refusal names the job as a whole
    const whole = await refused(
      planAction({
        spec: { resource: 'phone-numbers', action: 'set-cost-center', targets: ['/phonenumbers/1'], params: 'x' },
        readRows,
      }),
    );
    expect(whole.code).toBe('BULK_INVALID_PARAMS');
    expect(whole.en).toMatch(/^The action's settings are not valid \(job: .+\)\.$/);
  });

  it('each refused setting is named by its place in the settings, nested ones too, all of them in one refusal', async () => {
    const both = await refused(
      plan('scheduled-forwards', 'create-forward', ['/order-details-x2voip-numbers/10001'], {
        forwardTo: '0'.repeat(65),
        fields: { label: 'x'.repeat(10_001) },
      }),
    );
    expect(both.code).toBe('BULK_INVALID_PARAMS');
    expect(both.en).toMatch(/^The action's settings are not valid \(forwardTo: [^;]+; fields\.label: [^;]+\)\.$/);
    expect(both.nl).toMatch(
      /^De instellingen van de actie zijn ongeldig \(forwardTo: [^;]+; fields\.label: [^;]+\)\.$/,
    );
  });

  it('split: N must divide each block and be smaller; blocks it does not fit are listed, all unfit refuses', async () => {
    const p = await plan('number-blocks', 'split', ['/number-blocks/101', '/number-blocks/102', '/number-blocks/103'], {
      size: 100,
    });
    expect(p.ops.map((o) => o.skip?.kind ?? o.request.path)).toEqual([
      '/number-blocks/101/split/100',
      'invalid',
      'not-applicable',
    ]);
    expect(english(p.confirmation)).toContain('0201230000–0201230999');
    const unfit = await plan('number-blocks', 'split', ['/number-blocks/102'], { size: 7 }).catch((e: unknown) => e);
    expect(english((unfit as BulkError).localized)).toContain(
      'A block of 100 numbers cannot be split into blocks of 7',
    );
    await expect(plan('number-blocks', 'split', ['/number-blocks/102'], { size: 100 })).rejects.toMatchObject({
      code: 'BULK_INVALID_PARAMS',
    });
    await expect(plan('number-blocks', 'split', ['/number-blocks/101'], { size: 0 })).rejects.toMatchObject({
      code: 'BULK_INVALID_PARAMS',
    });
  });

  it('end-cool-off skips blocks not cooling off; accept-outport skips outports not pending and explains the missing deny', async () => {
    const cool = await plan('number-blocks', 'end-cool-off', ['/number-blocks/101', '/number-blocks/102']);
    expect(cool.ops.map((o) => o.skip?.kind ?? o.request.path)).toEqual([
      'not-applicable',
      '/number-blocks/102/end-cool-off',
    ]);
    const accept = await plan('outports', 'accept-outport', ['/outports/401', '/outports/402']);
    expect(accept.ops.map((o) => o.skip?.kind ?? o.request.body)).toEqual([{ id: 401 }, 'not-applicable']);
    expect(accept.ops[0]!.label).toBe('0201234567, 0201234568, 0201234569 +1');
    expect(accept.undo.available).toBe(false);
    expect(english(accept.notes![0]!)).toContain('Deny in the portal');
  });

  it('create-forward: validated forward-to and window, duplicates and non-X2VoIP targets skipped', async () => {
    const p = await plan(
      'scheduled-forwards',
      'create-forward',
      ['/order-details-x2voip-numbers/10001', '/order-details-x2voip-numbers/10002', '/phonenumbers/1'],
      { forwardTo: '06-12345678' },
    );
    expect(p.ops.map((o) => o.skip?.kind ?? o.label)).toEqual(['duplicate', '0851234567', 'invalid']);
    expect(p.ops[1]!.request.body).toEqual({
      orderDetailsX2voipNumber: '/order-details-x2voip-numbers/10002',
      forwardTo: '0612345678',
    });
    expect(p.ops[1]!.forward).toMatchObject({ preexisting: [] });
    const backwards = await refused(
      plan('scheduled-forwards', 'create-forward', ['/order-details-x2voip-numbers/10002'], {
        forwardTo: '0612345678',
        dateStart: '2030-07-02T00:00:00Z',
        dateEnd: '2030-07-01T00:00:00Z',
      }),
    );
    expect(backwards.en).toBe('The end must be after the start.');
    await expect(
      plan('scheduled-forwards', 'create-forward', ['/order-details-x2voip-numbers/10002'], {}),
    ).rejects.toMatchObject({ code: 'BULK_INVALID_PARAMS' });
  });

  it('edit-cell is a job of one through the same planner; unknown resources and actions are refused', async () => {
    const p = await plan('phone-numbers', 'edit-cell', ['/phonenumbers/3'], { field: 'description', value: 'New' });
    expect(p.ops[0]).toMatchObject({
      request: { method: 'PATCH', body: { description: 'New' } },
      changes: [{ field: 'description', old: 'Night line reception', new: 'New' }],
    });
    await expect(
      plan('phone-numbers', 'edit-cell', ['/phonenumbers/1', '/phonenumbers/3'], { field: 'description', value: 'x' }),
    ).rejects.toMatchObject({ code: 'BULK_INVALID_PARAMS' });
    await expect(
      plan('phone-numbers', 'edit-cell', ['/phonenumbers/1'], { field: 'number', value: 'x' }),
    ).rejects.toMatchObject({ code: 'BULK_INVALID_PARAMS' });
    await expect(plan('sim-cards', 'bulk-edit', ['/simcards/1'], { field: 'x', value: 'y' })).rejects.toMatchObject({
      code: 'BULK_UNKNOWN_ACTION',
    });
    await expect(plan('outports', 'deny-outport', ['/outports/401'])).rejects.toMatchObject({
      code: 'BULK_UNKNOWN_ACTION',
    });
    await expect(plan('nope', 'split', ['/x/1'])).rejects.toMatchObject({ code: 'BULK_UNKNOWN_RESOURCE' });
  });
});

describe('no-op detection by meaning', () => {
  it('clearing a field that is already "", null or absent sends nothing', async () => {
    const empty: Row[] = [
      { '@id': '/phonenumbers/1', number: '0201234567', costCenter: '', description: '' },
      { '@id': '/phonenumbers/2', number: '0201234568', costCenter: null, description: null },
      { '@id': '/phonenumbers/3', number: '0201234569' },
      { '@id': '/phonenumbers/4', number: '0201234570', costCenter: 'Sales', description: 'Reception' },
    ];
    for (const action of ['clear-description', 'clear-cost-center']) {
      const { plan: p } = await planAction({
        spec: { resource: 'phone-numbers', action, targets: empty.map((r) => String(r['@id'])), params: {} },
        readRows: async () => empty,
      });
      expect(p.ops.map((o) => o.skip?.kind ?? o.request.body)).toEqual([
        'unchanged',
        'unchanged',
        'unchanged',
        { [action === 'clear-description' ? 'description' : 'costCenter']: null },
      ]);
    }
  });
});
