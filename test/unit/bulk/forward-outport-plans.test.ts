import { dutch, english } from '../../support/ui-text.ts';
import { describe, expect, it } from 'vitest';
import { scheduledForwardModel } from '../../../src-main/api-model/index.ts';
import type { Row } from '../../../src-main/bulk/index.ts';
import { idOfIri } from '../../../src-main/bulk/actions/outports.ts';
import { planAction } from '../../../src-main/bulk/planner.ts';
import type { BulkError } from '../../../src-main/bulk/errors.ts';
import type { ResourceBinding } from '../../../src-main/schema/index.ts';
import { documented, field } from '../../support/platform-fields.ts';

const FORWARDS = '/order-details-x2voip-numbers-scheduled-forwards';
const tables: Record<string, Row[]> = {
  '/outports': [
    { '@id': '/outports/401', status: 'pending', numbers: ['0201234567'] },
    { '@id': '/outports/402', status: 'denied', numbers: ['0301234567'] },
    { '@id': '/outports/403', status: 'pending', numbers: ['0401234567'] },
  ],
  [FORWARDS]: [
    {
      '@id': `${FORWARDS}/1`,
      orderDetailsX2voipNumber: '/order-details-x2voip-numbers/10001',
      forwardTo: '0612345678',
      dateStart: null,
      dateEnd: null,
    },
    {
      '@id': `${FORWARDS}/2`,
      orderDetailsX2voipNumber: '/order-details-x2voip-numbers/10002',
      forwardTo: '0611111111',
      dateStart: '2030-01-01T00:00:00Z',
      dateEnd: null,
    },
  ],
  '/order-details-x2voip-numbers': [
    { '@id': '/order-details-x2voip-numbers/10001', number: '0851234560' },
    { '@id': '/order-details-x2voip-numbers/10002', number: '0851234567' },
  ],
};
const readRows = async (path: string): Promise<Row[]> => tables[path] ?? [];
const plan = (resource: string, action: string, targets: string[], params: Record<string, unknown> = {}) =>
  planAction({ spec: { resource, action, targets, params }, readRows }).then((r) => r.plan);

/** A platform that requires the whole window on create. */
const WINDOW_REQUIRED: ResourceBinding = documented(scheduledForwardModel, [
  field('orderDetailsX2voipNumber', { type: 'iri', creatable: true, required: true, nullable: false }),
  field('forwardTo', { creatable: true, writable: true, required: true, nullable: false }),
  field('dateStart', { format: 'date-time', creatable: true, writable: true, required: true }),
  field('dateEnd', { format: 'date-time', creatable: true, writable: true, required: true }),
]);
const planWindowRequired = (params: Record<string, unknown>) =>
  planAction({
    spec: {
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: ['/order-details-x2voip-numbers/10002'],
      params,
    },
    readRows,
    binding: () => WINDOW_REQUIRED,
  }).then((r) => r.plan);

/** A platform under its own names whose forward fields can be set on create only and never be empty. */
const CREATE_ONLY: ResourceBinding = documented(scheduledForwardModel, [
  field('orderDetailsX2voipNumber', { type: 'iri', creatable: true, required: true, nullable: false }),
  field('forwardNumber', { creatable: true, required: true, nullable: false }),
  field('startsAt', { format: 'date-time', creatable: true, nullable: false }),
  field('endsAt', { format: 'date-time', creatable: true, nullable: false }),
]);
const planCreateOnly = (params: Record<string, unknown>) =>
  planAction({
    spec: {
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: ['/order-details-x2voip-numbers/10002'],
      params,
    },
    readRows,
    binding: () => CREATE_ONLY,
  }).then((r) => r.plan);

async function refused(attempt: Promise<unknown>): Promise<{ code: string; en: string; nl: string }> {
  const failure = (await attempt.then(
    () => {
      throw new Error('expected the plan to be refused');
    },
    (error: unknown) => error,
  )) as BulkError;
  return { code: failure.code, en: english(failure.localized), nl: dutch(failure.localized) };
}

describe('accept-outport plan', () => {
  it('asks to accept only the pending outports, counted, and says it cannot be undone', async () => {
    const p = await plan('outports', 'accept-outport', ['/outports/401', '/outports/402', '/outports/403']);
    expect(english(p.title)).toBe('Accept outports');
    expect(dutch(p.title)).toBe('Outports accepteren');
    expect(english(p.confirmation)).toBe('Accept 2 outports? The numbers will leave for the receiving provider.');
    expect(dutch(p.confirmation)).toBe('2 outports accepteren? De nummers gaan naar de ontvangende aanbieder.');
    expect(english(p.undo.note)).toBe('No undo: an accepted outport cannot be taken back through the platform.');
  });

  it('sends the id from the last path segment of the IRI only', () => {
    expect(idOfIri('/outports/403')).toBe(403);
    expect(idOfIri('/api/2/outports/403')).toBe(403);
    expect(idOfIri('/outports/403/x')).toBeNaN();
  });
});

describe('create-forward plan', () => {
  it('counts only the numbers that get a forward, names the forward-to and offers undo', async () => {
    const p = await plan(
      'scheduled-forwards',
      'create-forward',
      ['/order-details-x2voip-numbers/10001', '/order-details-x2voip-numbers/10002', '/phonenumbers/1'],
      { forwardTo: '0612345678' },
    );
    expect(english(p.title)).toBe('Forward to 0612345678');
    expect(dutch(p.title)).toBe('Doorschakelen naar 0612345678');
    expect(english(p.confirmation)).toBe('Create a forward to 0612345678 for 1 number?');
    expect(dutch(p.confirmation)).toBe('Een doorschakeling naar 0612345678 aanmaken voor 1 nummer?');
    expect(p.undo.available).toBe(true);
    expect(english(p.undo.note)).toBe('Undo deletes the forwards this job created.');
    expect(p.ops.map((o) => (o.skip ? english(o.skip.reason) : null))).toEqual([
      'This number already has exactly this forward.',
      null,
      'Not an X2VoIP number: forwards are created for X2VoIP numbers.',
    ]);
  });

  it('remembers the forwards a number already had, for undo to leave alone', async () => {
    const p = await plan('scheduled-forwards', 'create-forward', ['/order-details-x2voip-numbers/10001'], {
      forwardTo: '0699999999',
    });
    expect(p.ops[0]!.forward).toMatchObject({ preexisting: [`${FORWARDS}/1`] });
  });

  it('a blank date is no date; an end equal to the start is refused', async () => {
    const p = await plan('scheduled-forwards', 'create-forward', ['/order-details-x2voip-numbers/10002'], {
      forwardTo: '0612345678',
      dateStart: '   ',
      dateEnd: '',
    });
    expect(p.ops[0]!.request.body).toEqual({
      orderDetailsX2voipNumber: '/order-details-x2voip-numbers/10002',
      forwardTo: '0612345678',
    });
    const same = await refused(
      plan('scheduled-forwards', 'create-forward', ['/order-details-x2voip-numbers/10002'], {
        forwardTo: '0612345678',
        dateStart: '2030-07-01T00:00:00Z',
        dateEnd: '2030-07-01T00:00:00Z',
      }),
    );
    expect(same.en).toBe('The end must be after the start.');
  });

  it('a platform that requires the window gets it when given and refuses the plan when it is not', async () => {
    const window = { forwardTo: '0612345678', dateStart: '2030-07-01T00:00:00Z', dateEnd: '2030-07-02T00:00:00Z' };
    const p = await planWindowRequired(window);
    expect(p.ops[0]!.request.body).toMatchObject({
      dateStart: '2030-07-01T00:00:00.000Z',
      dateEnd: '2030-07-02T00:00:00.000Z',
    });
    for (const params of [
      { forwardTo: '0612345678', dateEnd: window.dateEnd },
      { forwardTo: '0612345678', dateStart: window.dateStart },
    ]) {
      expect((await refused(planWindowRequired(params))).code).toBe('BULK_INVALID_PARAMS');
    }
  });

  it('fields the platform accepts only on create are checked as creatable, by its own names; a blank date is left out', async () => {
    const blank = await planCreateOnly({ forwardTo: '0612345678', dateStart: '  ', dateEnd: '' });
    expect(blank.ops[0]!.request.body).toEqual({
      orderDetailsX2voipNumber: '/order-details-x2voip-numbers/10002',
      forwardNumber: '0612345678',
    });
    const dated = await planCreateOnly({ forwardTo: '0612345678', dateStart: '2030-07-01T00:00:00Z' });
    expect(dated.ops[0]!.request.body).toMatchObject({ startsAt: '2030-07-01T00:00:00.000Z' });
  });

  it('a forward-to the platform does not list as creatable is checked as a writable field', async () => {
    const writableOnly = documented(scheduledForwardModel, [
      field('orderDetailsX2voipNumber', { type: 'iri', creatable: true, required: true, nullable: false }),
      field('forwardTo', { writable: true, nullable: false }),
    ]);
    const p = await planAction({
      spec: {
        resource: 'scheduled-forwards',
        action: 'create-forward',
        targets: ['/order-details-x2voip-numbers/10002'],
        params: { forwardTo: '06-12345678' },
      },
      readRows,
      binding: () => writableOnly,
    }).then((r) => r.plan);
    expect(p.ops[0]!.request.body).toEqual({
      orderDetailsX2voipNumber: '/order-details-x2voip-numbers/10002',
      forwardTo: '0612345678',
    });
  });

  it('a blank forward-to on a platform that allows it empty refuses the plan and says what to enter', async () => {
    const nullable = documented(scheduledForwardModel, [
      field('orderDetailsX2voipNumber', { type: 'iri', creatable: true, required: true, nullable: false }),
      field('forwardTo', { creatable: true, writable: true }),
    ]);
    const none = await refused(
      planAction({
        spec: {
          resource: 'scheduled-forwards',
          action: 'create-forward',
          targets: ['/order-details-x2voip-numbers/10002'],
          params: { forwardTo: ' ' },
        },
        readRows,
        binding: () => nullable,
      }),
    );
    expect(none.en).toBe('Enter the number to forward to.');
    expect(none.nl).toBe('Voer het doorschakelnummer in.');
  });
});

describe('delete-forward plan', () => {
  it('deletes each forward found, records its forward-to, and says there is no automatic undo', async () => {
    const p = await plan('scheduled-forwards', 'delete-forward', [`${FORWARDS}/1`, `${FORWARDS}/2`, `${FORWARDS}/3`]);
    expect(english(p.title)).toBe('Delete forwards');
    expect(dutch(p.title)).toBe('Doorschakelingen verwijderen');
    expect(english(p.confirmation)).toBe('Delete 2 scheduled forwards?');
    expect(dutch(p.confirmation)).toBe('2 geplande doorschakelingen verwijderen?');
    expect(p.undo.available).toBe(false);
    expect(english(p.undo.note)).toBe(
      'No automatic undo: a deleted forward can only be created anew (as a new item); use "Create forward".',
    );
    expect(p.ops[0]).toMatchObject({
      request: { method: 'DELETE', path: `${FORWARDS}/1` },
      changes: [{ field: 'forwardTo', old: '0612345678', new: null }],
    });
    expect(p.ops.map((o) => o.skip === null)).toEqual([true, true, false]);
  });
});
