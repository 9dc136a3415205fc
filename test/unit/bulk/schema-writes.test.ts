import { dutch, english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import {
  numberBlockModel,
  outportModel,
  phoneNumberModel,
  scheduledForwardModel,
} from '../../../src-main/api-model/index.ts';
import type { Row } from '../../../src-main/bulk/index.ts';
import { planAction } from '../../../src-main/bulk/planner.ts';
import type { BulkError } from '../../../src-main/bulk/errors.ts';
import { assumedSchema, bindResource, type ResourceBinding } from '../../../src-main/schema/index.ts';
import { documented, field } from '../../support/platform-fields.ts';

/** A platform in another dialect: other names, other status spellings, other writable fields. */
const DIALECT: Record<string, ResourceBinding> = {
  '/number-blocks': documented(numberBlockModel, [
    field('firstNumber'),
    field('lastNumber'),
    field('blockSize', { type: 'integer' }),
    field('state', { enum: ['FREE', 'IN_USE', 'COOLING_OFF'], nullable: false }),
    field('coolOffEnd', { format: 'date-time' }),
  ]),
  '/outports': documented(outportModel, [
    field('state', { enum: ['OPEN', 'APPROVED', 'REJECTED'] }),
    field('phoneNumbers', { type: 'array', itemType: 'string' }),
  ]),
  '/phonenumbers': documented(phoneNumberModel, [
    field('number'),
    field('cost_center', { writable: true, maxLength: 20 }),
    field('usage', { writable: true, enum: ['VOICE', 'DATA'], nullable: false }),
    field('priority', { type: 'integer', writable: true }),
    field('listed', { type: 'boolean', writable: true, nullable: false }),
  ]),
  '/order-details-x2voip-numbers-scheduled-forwards': documented(scheduledForwardModel, [
    field('orderDetailsX2voipNumber', { type: 'iri', creatable: true, required: true, nullable: false }),
    field('forwardNumber', { creatable: true, writable: true, required: true, nullable: false }),
    field('startsAt', { format: 'date-time', creatable: true, writable: true }),
    field('endsAt', { format: 'date-time', creatable: true, writable: true }),
    field('label', { creatable: true, required: true, nullable: false, maxLength: 30 }),
  ]),
};

const NOW = Date.parse('2026-11-27T10:00:00Z');
const tables: Record<string, Row[]> = {
  '/number-blocks': [
    { '@id': '/number-blocks/1', firstNumber: '0201230000', lastNumber: '0201230099', state: 'COOLING_OFF' },
    {
      '@id': '/number-blocks/2',
      firstNumber: '0201231000',
      lastNumber: '0201231099',
      state: 'FREE',
      coolOffEnd: '2026-12-01T00:00:00+01:00',
    },
    {
      '@id': '/number-blocks/3',
      firstNumber: '0201232000',
      lastNumber: '0201232099',
      state: 'FREE',
      coolOffEnd: '2026-11-01T00:00:00+01:00',
    },
    {
      '@id': '/number-blocks/4',
      firstNumber: '0201233000',
      lastNumber: '0201233099',
      state: 'ON_HOLD',
      coolOffEnd: null,
    },
  ],
  '/outports': [
    { '@id': '/outports/1', state: 'OPEN', phoneNumbers: ['0201234567'] },
    { '@id': '/outports/2', state: 'APPROVED', phoneNumbers: ['0201234568'] },
    { '@id': '/outports/3', state: 'WAITING_FOR_DONOR', phoneNumbers: ['0201234569'] },
  ],
  '/phonenumbers': [{ '@id': '/phonenumbers/1', number: '0201234567', cost_center: 'Sales', usage: 'VOICE' }],
  '/order-details-x2voip-numbers-scheduled-forwards': [],
};

const plan = (resource: string, action: string, targets: string[], params: Record<string, unknown> = {}) =>
  planAction({
    spec: { resource, action, targets, params },
    readRows: async (path) => tables[path] ?? [],
    binding: (path) => DIALECT[path] ?? bindResource(numberBlockModel, assumedSchema(numberBlockModel)),
    now: NOW,
  }).then((r) => r.plan);

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

describe('status-driven actions follow the platform status values and the data', () => {
  it('end cool-off: by status meaning cool-off, or a cool-off end ahead; an unreadable status is sent for the platform to decide', async () => {
    const p = await plan(
      'number-blocks',
      'end-cool-off',
      [1, 2, 3, 4].map((n) => `/number-blocks/${n}`),
    );
    expect(p.ops.map((o) => [o.target, o.skip?.kind ?? 'send'])).toEqual([
      ['/number-blocks/1', 'send'],
      ['/number-blocks/2', 'send'],
      ['/number-blocks/3', 'not-applicable'],
      ['/number-blocks/4', 'send'],
    ]);
    expect(p.ops[0]).toMatchObject({
      label: '0201230000–0201230099',
      changes: [
        { field: 'state', old: 'COOLING_OFF', new: 'FREE' },
        { field: 'coolOffEnd', old: null, new: null },
      ],
    });
    expect(english(p.ops[0]!.rule!)).toBe('Cooling off: its status "COOLING_OFF" means cool-off.');
    expect(english(p.ops[1]!.rule!)).toBe('Cooling off: its cool-off ends 2026-12-01T00:00:00+01:00, still ahead.');
    expect(english(p.ops[2]!.skip!.reason)).toBe(
      'Not cooling off: its status "FREE" means available, and no cool-off end lies ahead.',
    );
    expect(dutch(p.ops[2]!.skip!.reason)).toContain('betekent beschikbaar');
    expect(english(p.ops[3]!.rule!)).toContain(
      'Status "ON_HOLD" is not one the console can read: sent so that the platform decides',
    );
  });

  it('accept outport: the pending spelling is the platform’s; an unknown status goes to the platform', async () => {
    const p = await plan('outports', 'accept-outport', ['/outports/1', '/outports/2', '/outports/3']);
    expect(p.ops.map((o) => o.skip?.kind ?? o.request.body)).toEqual([{ id: 1 }, 'not-applicable', { id: 3 }]);
    expect(p.ops[0]!.changes).toEqual([{ field: 'state', old: 'OPEN', new: 'APPROVED' }]);
    expect(p.ops[0]!.label).toBe('0201234567');
    expect(english(p.ops[1]!.skip!.reason)).toBe(
      'Only pending outports can be accepted: its status "APPROVED" means accepted.',
    );
  });
});

describe('writes follow the platform schema', () => {
  it('bulk edit is offered for any writable field, under the platform’s name, checked from its type, enum and length', async () => {
    const edit = (field: string, value: string | null) =>
      plan('phone-numbers', 'bulk-edit', ['/phonenumbers/1'], { field, value });
    expect((await edit('costCenter', 'Finance')).ops[0]!.request.body).toEqual({ cost_center: 'Finance' });
    expect((await edit('usage', 'data')).ops[0]!.request.body).toEqual({ usage: 'DATA' });
    expect((await edit('priority', '3')).ops[0]!.request.body).toEqual({ priority: 3 });
    expect((await edit('listed', 'ja')).ops[0]!.request.body).toEqual({ listed: true });
    expect((await edit('usage', 'VOICE')).ops[0]!.skip!.kind).toBe('unchanged');
    expect(await refused(edit('usage', 'fax'))).toEqual({
      code: 'BULK_INVALID_PARAMS',
      en: 'Choose one of: VOICE, DATA.',
      nl: 'Kies een van: VOICE, DATA.',
    });
    expect((await refused(edit('usage', ''))).en).toBe('This field cannot be empty.');
    expect((await refused(edit('priority', '2.5'))).en).toBe('Enter a whole number.');
    expect(await refused(edit('cost_center', 'x'.repeat(21)))).toMatchObject({
      en: 'At most 20 characters (this has 21).',
      nl: 'Maximaal 20 tekens (dit zijn er 21).',
    });
    expect((await refused(edit('number', '0201234568'))).en).toBe('"number" cannot be changed here.');
  });

  it('a resource our model keeps read-only gets bulk and cell edits where the platform makes a field writable', async () => {
    const writableNote: Record<string, ResourceBinding> = {
      '/outports': documented(outportModel, [
        field('state', { enum: ['OPEN', 'APPROVED', 'REJECTED'] }),
        field('note', { writable: true, maxLength: 40 }),
      ]),
    };
    const edit = (action: string) =>
      planAction({
        spec: { resource: 'outports', action, targets: ['/outports/1'], params: { field: 'note', value: 'Call back' } },
        readRows: async (path) => tables[path] ?? [],
        binding: (path) => writableNote[path] ?? DIALECT[path]!,
        now: NOW,
      }).then((r) => r.plan.ops.map((op) => op.request.body));
    expect(await edit('bulk-edit')).toEqual([{ note: 'Call back' }]);
    expect(await edit('edit-cell')).toEqual([{ note: 'Call back' }]);
  });

  it('where nothing is writable there is no bulk edit', async () => {
    await expect(
      plan('outports', 'bulk-edit', ['/outports/1'], { field: 'state', value: 'OPEN' }),
    ).rejects.toMatchObject({ code: 'BULK_UNKNOWN_ACTION' });
  });

  it('a new forward is sent under the platform’s names with every field it requires; one missing refuses the plan', async () => {
    const number = '/order-details-x2voip-numbers/7';
    const params = { forwardTo: '+31 6 1234 5678', dateStart: '2030-07-01T09:00:00+02:00' };
    const refusal: unknown = await plan('scheduled-forwards', 'create-forward', [number], params).catch((e) => e);
    expect(refusal).toMatchObject({ code: 'BULK_INVALID_PARAMS' });
    expect(english((refusal as BulkError).localized)).toBe('The platform needs a value for label to create this.');
    expect(dutch((refusal as BulkError).localized)).toBe(
      'Het platform heeft een waarde nodig voor label om dit aan te maken.',
    );
    const owner = await refused(
      plan('scheduled-forwards', 'create-forward', [number], { ...params, fields: { label: 'x', owner: 'me' } }),
    );
    expect(owner.en).toBe('"owner" cannot be changed here.');
    const p = await plan('scheduled-forwards', 'create-forward', [number], { ...params, fields: { label: 'Holiday' } });
    expect(p.ops[0]!.request.body).toEqual({
      label: 'Holiday',
      orderDetailsX2voipNumber: number,
      forwardNumber: '0612345678',
      startsAt: '2030-07-01T07:00:00.000Z',
    });
  });
});
