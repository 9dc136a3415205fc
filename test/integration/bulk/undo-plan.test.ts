import { afterEach, describe, expect, it } from 'vitest';
import type { UiText } from '../../../src-preload/contract/messages.ts';
import { planUndo, type UndoDeps } from '../../../src-main/bulk/undo.ts';
import type { ForwardExpectation, Op, Row } from '../../../src-main/bulk/types.ts';
import { job, op } from '../../support/bulk-ops.ts';
import { dutch, english } from '../../support/ui-text.ts';
import { closeDemos, jwtClient, signInNotFoundClient, startBulkDemo, type Demo } from './helpers.ts';

afterEach(closeDemos);

const PHONES = '/phonenumbers';
const FORWARDS = '/order-details-x2voip-numbers-scheduled-forwards';
const NAMES = {
  number: 'orderDetailsX2voipNumber',
  forwardTo: 'forwardTo',
  dateStart: 'dateStart',
  dateEnd: 'dateEnd',
};
const TITLE: UiText = { en: 'Cost center to CC-NEW', nl: 'Kostenplaats naar CC-NEW' };

/** The undo's reads against the demo, with the rows it hands back to the cache recorded. */
function depsOf(demo: Demo): UndoDeps & { refreshed: { path: string; ids: string[] }[] } {
  const refreshed: { path: string; ids: string[] }[] = [];
  return {
    client: jwtClient(demo),
    // the collections as the cache knows them: a few rows of thousands are read one by one
    readRows: async (path) => [...(path === PHONES ? demo.data.phoneNumbers.all() : demo.data.scheduledForwards.all())],
    refreshCache: async (path, items: Row[]) => {
      refreshed.push({ path, ids: items.map((row) => String(row['@id'])) });
    },
    fieldLabel: (_path, field) => (field === 'costCenter' ? 'Cost center' : field),
    refreshed,
  };
}

/** A cost-center change of a demo phone number from `old` to `now`, recorded in `state`. */
function costCenterOp(index: number, iri: string, state: Op['state'], old: string | null, now: string): Op {
  return op(index, state, {
    target: iri,
    label: `number ${index}`,
    resourcePath: PHONES,
    changes: [{ field: 'costCenter', old, new: now }],
    request: { method: 'PATCH', path: iri, body: { costCenter: now } },
  });
}

/** Demo phone numbers whose cost center is set to `value` now. */
function phones(demo: Demo, count: number, value: string | null): string[] {
  return demo.data.phoneNumbers
    .all()
    .slice(0, count)
    .map((row) => {
      row.costCenter = value;
      return row['@id'];
    });
}

describe('planning an undo', () => {
  it('puts back only the applied changes, hands the rows it read to the cache, and says what it will do', async () => {
    const demo = await startBulkDemo();
    const [a, b, same, gone, failed, pending] = phones(demo, 6, 'CC-NEW');
    demo.data.phoneNumbers.get(Number(same!.split('/').pop()))!.costCenter = 'CC-OLD';
    demo.data.phoneNumbers.remove(Number(gone!.split('/').pop()));
    const deps = depsOf(demo);
    const ops = [
      costCenterOp(0, a!, 'applied', 'CC-OLD', 'CC-NEW'),
      costCenterOp(1, b!, 'applied', null, 'CC-NEW'),
      costCenterOp(2, same!, 'applied', 'CC-OLD', 'CC-NEW'),
      costCenterOp(3, gone!, 'applied', 'CC-OLD', 'CC-NEW'),
      costCenterOp(4, failed!, 'failed', 'CC-OLD', 'CC-NEW'),
      costCenterOp(5, pending!, 'pending', 'CC-OLD', 'CC-NEW'),
    ];

    const plan = await planUndo(deps, job({ title: TITLE }), ops, false);

    const sent = plan.ops.filter((p) => p.skip === null);
    expect(sent).toEqual([
      {
        kind: 'patch',
        resourcePath: PHONES,
        target: a,
        label: 'number 0',
        changes: [{ field: 'costCenter', old: 'CC-NEW', new: 'CC-OLD' }],
        request: { method: 'PATCH', path: a, body: { costCenter: 'CC-OLD' } },
        skip: null,
      },
      expect.objectContaining({
        target: b,
        changes: [{ field: 'costCenter', old: 'CC-NEW', new: null }],
        request: { method: 'PATCH', path: b, body: { costCenter: null } },
      }),
    ]);
    const skippedRows = plan.ops
      .filter((p) => p.skip !== null)
      .map((p) => ({ target: p.target, kind: p.skip!.kind, en: english(p.skip!.reason), nl: dutch(p.skip!.reason) }));
    expect(skippedRows).toEqual([
      { target: same, kind: 'unchanged', en: 'Already holds the old value.', nl: 'Heeft de oude waarde al.' },
      {
        target: gone,
        kind: 'missing',
        en: 'No longer exists on the platform: nothing to put back.',
        nl: expect.any(String),
      },
    ]);
    // a failed or unsent change was never made: there is nothing of it to put back, and it is not even read
    const read = demo.requestLog.filter((e) => e.method === 'GET').map((e) => e.path);
    expect(read.sort()).toEqual([a, b, same, gone].sort());
    expect(deps.refreshed.map((r) => ({ ...r, ids: r.ids.sort() }))).toEqual([
      { path: PHONES, ids: [a, b, same].sort() },
    ]);

    expect(english(plan.title)).toBe('Undo: Cost center to CC-NEW');
    expect(dutch(plan.title)).toContain('Kostenplaats naar CC-NEW');
    expect(english(plan.confirmation)).toBe('Put back 2 rows as they were before "Cost center to CC-NEW"?');
    expect(plan.conflicts).toEqual([]);
    expect(plan.notes).toEqual([]);
    expect(plan.undo).toEqual({ available: true, note: null });
  });

  it('counts the conflicts in its confirmation: left alone, or overwritten when forced', async () => {
    const demo = await startBulkDemo();
    const [a, b, changed] = phones(demo, 3, 'CC-NEW');
    demo.data.phoneNumbers.get(Number(changed!.split('/').pop()))!.costCenter = 'CC-ELSEWHERE';
    const ops = [
      costCenterOp(0, a!, 'applied', 'CC-OLD', 'CC-NEW'),
      costCenterOp(1, b!, 'applied', 'CC-OLD', 'CC-NEW'),
      costCenterOp(2, changed!, 'applied', 'CC-OLD', 'CC-NEW'),
    ];

    const left = await planUndo(depsOf(demo), job({ title: TITLE }), ops, false);
    expect(left.ops.filter((p) => p.skip === null).map((p) => p.target)).toEqual([a, b]);
    expect(english(left.confirmation)).toBe(
      'Put back 2 rows as they were before "Cost center to CC-NEW"? 1 changed since and are left alone.',
    );
    expect(left.conflicts).toEqual([
      {
        target: changed,
        label: 'number 2',
        field: 'costCenter',
        ours: 'CC-NEW',
        current: 'CC-ELSEWHERE',
        restore: 'CC-OLD',
        forced: false,
      },
    ]);

    const forced = await planUndo(depsOf(demo), job({ title: TITLE }), ops, true);
    expect(forced.ops.filter((p) => p.skip === null).map((p) => p.target)).toEqual([a, b, changed]);
    expect(english(forced.confirmation)).toBe(
      'Put back 3 rows as they were before "Cost center to CC-NEW"? 1 changed since and will be overwritten.',
    );
    expect(forced.conflicts).toEqual([expect.objectContaining({ target: changed, forced: true })]);
  });

  it('deletes the forwards a job created, named by number and destination, under the field name the job recorded', async () => {
    const demo = await startBulkDemo();
    const [first, second, deleted, described] = demo.data.scheduledForwards.all();
    demo.data.scheduledForwards.remove(deleted!.id);
    const expectation = (forwardTo: string, names?: ForwardExpectation['names']): ForwardExpectation => ({
      numberIri: '/order-details-x2voip-numbers/1',
      forwardTo,
      dateStart: null,
      dateEnd: null,
      preexisting: [],
      ...(names ? { names } : {}),
    });
    const create = (
      index: number,
      createdIri: string | null,
      forward: ForwardExpectation | null,
      state: Op['state'],
    ): Op =>
      op(index, state, {
        kind: 'create-forward',
        target: '/order-details-x2voip-numbers/1',
        label: `number ${index}`,
        resourcePath: FORWARDS,
        createdIri,
        ...(forward ? { forward } : {}),
        changes: [{ field: 'forwardTo', old: null, new: forward?.forwardTo ?? '0666666666' }],
        request: { method: 'POST', path: FORWARDS },
      });
    const ops = [
      // a journal of an older version: no field names recorded, so the console's own name
      create(0, first!['@id'], expectation('0611111111'), 'applied'),
      // the platform's name for the destination as the job recorded it
      create(1, second!['@id'], expectation('0622222222', { ...NAMES, forwardTo: 'destination' }), 'applied'),
      create(2, deleted!['@id'], expectation('0633333333'), 'applied'),
      // created, but which forward it made is not known: nothing to delete
      create(3, null, expectation('0644444444'), 'applied'),
      create(4, '/order-details-x2voip-numbers-scheduled-forwards/999999', expectation('0655555555'), 'failed'),
      // a journal older still: not even the forward asked for is described
      create(5, described!['@id'], null, 'applied'),
    ];

    const plan = await planUndo(depsOf(demo), job({ title: TITLE }), ops, false);

    expect(plan.ops).toEqual([
      {
        kind: 'delete-forward',
        resourcePath: FORWARDS,
        target: first!['@id'],
        label: 'number 0 → 0611111111',
        changes: [{ field: 'forwardTo', old: first!.forwardTo, new: null }],
        request: { method: 'DELETE', path: first!['@id'] },
        skip: null,
      },
      expect.objectContaining({
        target: second!['@id'],
        label: 'number 1 → 0622222222',
        changes: [{ field: 'destination', old: null, new: null }],
        request: { method: 'DELETE', path: second!['@id'] },
      }),
      expect.objectContaining({
        target: deleted!['@id'],
        label: 'number 2 → 0633333333',
        request: { method: 'DELETE', path: deleted!['@id'] },
        skip: expect.objectContaining({ kind: 'missing' }),
      }),
      expect.objectContaining({
        target: described!['@id'],
        label: 'number 5 → ',
        changes: [{ field: 'forwardTo', old: described!.forwardTo, new: null }],
        skip: null,
      }),
    ]);
    expect(english(plan.confirmation)).toBe('Put back 3 rows as they were before "Cost center to CC-NEW"?');
  });

  it("says why the job's splits, ended cool-offs, accepted outports and deleted forwards are not undone, once each", async () => {
    const demo = await startBulkDemo();
    const ops = (['split', 'end-cool-off', 'accept-outport', 'delete-forward', 'split'] as const).map((kind, index) =>
      op(index, 'applied', { kind }),
    );
    ops.push(op(5, 'failed', { kind: 'create-forward' }));
    const plan = await planUndo(depsOf(demo), job({ title: TITLE }), ops, false);
    expect(plan.ops).toEqual([]);
    expect((plan.notes ?? []).map((note) => english(note))).toEqual([
      'Splits are not undone: the platform has no way to merge blocks.',
      'Ended cool-offs are not undone: the platform cannot restart a cool-off.',
      'Accepted outports are not undone: an accepted port cannot be taken back through the platform.',
      'Deleted forwards are not recreated automatically: they would come back as new items; create them again if needed.',
    ]);
    expect(english(plan.confirmation)).toBe('Put back 0 rows as they were before "Cost center to CC-NEW"?');
  });

  it('a 404 of the sign-in on the way is no proof that the rows are gone: the undo is not planned', async () => {
    const demo = await startBulkDemo();
    const [a] = phones(demo, 1, 'CC-NEW');
    const deps = { ...depsOf(demo), client: signInNotFoundClient(demo) };
    const planning = planUndo(deps, job({ title: TITLE }), [costCenterOp(0, a!, 'applied', 'CC-OLD', 'CC-NEW')], false);
    await expect(planning).rejects.toMatchObject({ kind: 'http', status: 404, path: '/authentication-token' });
    expect(deps.refreshed).toEqual([]);
  });
});
