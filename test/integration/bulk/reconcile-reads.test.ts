import { afterEach, describe, expect, it } from 'vitest';
import { reconcileOps } from '../../../src-main/bulk/reconcile.ts';
import type { Op } from '../../../src-main/bulk/types.ts';
import { op } from '../../support/bulk-ops.ts';
import { closeDemos, jwtClient, signInNotFoundClient, startBulkDemo, type Demo } from './helpers.ts';

afterEach(closeDemos);

const PHONES = '/phonenumbers';
const FORWARDS = '/order-details-x2voip-numbers-scheduled-forwards';

/** An operation of `kind` on `target` whose answer was lost. */
function lost(index: number, kind: Op['kind'], target: string, changes: Op['changes'], resourcePath: string): Op {
  return op(index, 'unknown', { kind, target, changes, resourcePath, request: { method: 'GET', path: target } });
}

const gets = (demo: Demo, from: number): string[] =>
  demo.requestLog
    .slice(from)
    .filter((e) => e.method === 'GET')
    .map((e) => e.path);

describe('reconciling by reading the item back: what the read proves', () => {
  it('a patch is applied only when every field it changed holds the new value; then its verdict carries the item', async () => {
    const demo = await startBulkDemo();
    const [both, one] = demo.data.phoneNumbers.all();
    both!.costCenter = 'CC-NEW';
    both!.description = 'new text';
    one!.costCenter = 'CC-NEW';
    one!.description = 'old text';
    const changes: Op['changes'] = [
      { field: 'costCenter', old: 'CC-OLD', new: 'CC-NEW' },
      { field: 'description', old: 'old text', new: 'new text' },
    ];
    const verdicts = await reconcileOps(
      jwtClient(demo),
      [lost(0, 'patch', both!['@id'], changes, PHONES), lost(1, 'patch', one!['@id'], changes, PHONES)],
      new Set(),
    );
    expect(verdicts.get(0)).toEqual({
      type: 'applied',
      items: [expect.objectContaining({ '@id': both!['@id'], costCenter: 'CC-NEW', description: 'new text' })],
      removed: [],
      createdIri: null,
    });
    expect(verdicts.get(1)).toEqual({ type: 'not-applied' });
  });

  it('a 404 of the sign-in on the way to the item says nothing about the item: the row stays unsettled', async () => {
    const demo = await startBulkDemo();
    const [forward] = demo.data.scheduledForwards.all();
    const [phone] = demo.data.phoneNumbers.all();
    const verdicts = await reconcileOps(
      signInNotFoundClient(demo),
      [
        lost(0, 'delete-forward', forward!['@id'], [{ field: 'forwardTo', old: '0612345678', new: null }], FORWARDS),
        lost(1, 'patch', phone!['@id'], [{ field: 'costCenter', old: 'A', new: 'B' }], PHONES),
      ],
      new Set(),
    );
    // the sign-in's failure, not "the item no longer exists" nor a forward taken as deleted
    for (const index of [0, 1])
      expect(verdicts.get(index)).toMatchObject({ type: 'unsettled', text: { code: 'platform.signInAddress' } });
    expect(demo.data.scheduledForwards.get(forward!.id)).toBeDefined();
  });

  it('an outport whose accepted spelling was unknown when planned is not taken as accepted for an empty status', async () => {
    const demo = await startBulkDemo();
    const outport = demo.data.outports.all().find((o) => o.status === 'pending')!;
    (outport as { status: unknown }).status = null;
    const verdicts = await reconcileOps(
      jwtClient(demo),
      [lost(0, 'accept-outport', outport['@id'], [{ field: 'status', old: 'pending', new: null }], '/outports')],
      new Set(),
    );
    expect(verdicts.get(0)).toMatchObject({ type: 'unsettled', message: 'the outport is now null' });
  });

  it('a create is found by listing the forwards once, never by reading its number; the other kinds are read item by item', async () => {
    const demo = await startBulkDemo();
    const [phone] = demo.data.phoneNumbers.all();
    const number = demo.data.orderDetailsX2voipNumbers.all()[0]!['@id'];
    const create = op(1, 'unknown', {
      kind: 'create-forward',
      target: number,
      resourcePath: FORWARDS,
      changes: [{ field: 'forwardTo', old: null, new: '0699999999' }],
      request: { method: 'POST', path: FORWARDS },
      sentAt: Date.now(),
      forward: { numberIri: number, forwardTo: '0699999999', dateStart: null, dateEnd: null, preexisting: [] },
    });
    const client = jwtClient(demo);
    await client.session.signIn();
    const before = demo.requestLog.length;
    const verdicts = await reconcileOps(
      client,
      [lost(0, 'patch', phone!['@id'], [{ field: 'costCenter', old: 'A', new: 'B' }], PHONES), create],
      new Set(),
    );
    expect(verdicts.get(1)).toEqual({ type: 'not-applied' });
    expect([...new Set(gets(demo, before))]).toEqual([phone!['@id'], FORWARDS]);
  });
});
