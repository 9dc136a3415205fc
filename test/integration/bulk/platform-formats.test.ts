import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkJobSpec } from '../../../src-preload/contract/bulk.ts';
import type { Row } from '../../../src-main/bulk/index.ts';
import { bulkFixture, closeDemos, jwtClient, startBulkDemo, type BulkFixture } from './helpers.ts';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

const FORWARDS = '/order-details-x2voip-numbers-scheduled-forwards';
const NUMBERS = '/order-details-x2voip-numbers';

/** A platform that answers "+31…" for the "0…" it was sent, and Amsterdam time with an offset for UTC. */
const startFormattedDemo = () => startBulkDemo({ formats: { phoneNumbers: 'international', dateTimes: 'offset' } });

describe('values the platform writes its own way are recognised by meaning', () => {
  it('create-forward: the lost answer is found by re-reading in "+31…" and offset form; planning it again creates no duplicate', async () => {
    const demo = await startFormattedDemo();
    const client = jwtClient(demo);
    // the cache holds what the platform lists, in the platform's formats
    fixture.cache.seed(FORWARDS, (await client.listAll<Row>(FORWARDS, { itemsPerPage: 500 })).items);
    fixture.cache.seed(NUMBERS, (await client.listAll<Row>(NUMBERS, { itemsPerPage: 500 })).items);
    const engine = await fixture.open(client);
    const number = demo.data.orderDetailsX2voipNumbers.all()[5]!;
    const spec: BulkJobSpec = {
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: [number['@id']],
      params: { forwardTo: '06 1234 5678', dateStart: '2030-07-01T09:00:00Z', dateEnd: '2030-07-15T17:00:00.000Z' },
    };
    const plan = await engine.plan(spec);
    expect(plan.operations).toHaveLength(1);

    demo.setFaults({ lostResponseRate: 1 });
    engine.start(plan.jobId, { expectedCount: 1 });
    const done = await engine.whenDone(plan.jobId);
    expect(done.counts).toMatchObject({ applied: 1, failed: 0, unknown: 0 });
    const op = engine.detail(plan.jobId).operations[0]!;
    expect(op.outcome).toMatchObject({ reconciled: true });

    const created = fixture.cache.get(FORWARDS, op.createdIri!)!;
    // read back in the platform's own forms, not in ours
    expect(created['forwardTo']).toBe('+31612345678');
    expect(created['dateStart']).toBe('2030-07-01T11:00:00+02:00');

    demo.setFaults({ lostResponseRate: 0 });
    const again = await engine.plan(spec);
    expect(again.operations).toEqual([]);
    expect(again.skipped[0]!.skip!.kind).toBe('duplicate');
    expect(demo.requestLog.filter((e) => e.method === 'POST' && e.path === FORWARDS)).toHaveLength(1);
    expect(
      demo.data.scheduledForwards
        .all()
        .filter((f) => f.orderDetailsX2voipNumber === number['@id'] && f.forwardTo === '0612345678'),
    ).toHaveLength(1);
  });

  it('edits: a value already held in another spelling is unchanged, and undo sees no conflict where only the format differs', async () => {
    const demo = await startFormattedDemo();
    const client = jwtClient(demo);
    fixture.cache.seed(FORWARDS, (await client.listAll<Row>(FORWARDS, { itemsPerPage: 500 })).items);
    const engine = await fixture.open(client);
    const [first] = fixture.cache.rows(FORWARDS);
    expect(String(first!['forwardTo'])).toMatch(/^\+31/);

    // the cache says "+31…": the same number typed nationally changes nothing, a time in another zone neither
    const same = await engine.plan({
      resource: 'scheduled-forwards',
      action: 'edit-cell',
      targets: [first!['@id'] as string],
      params: { field: 'forwardTo', value: `0${String(first!['forwardTo']).slice(3)}` },
    });
    expect(same.operations).toEqual([]);
    expect(same.skipped[0]!.skip!.kind).toBe('unchanged');

    const edit = await engine.plan({
      resource: 'scheduled-forwards',
      action: 'edit-cell',
      targets: [first!['@id'] as string],
      params: { field: 'forwardTo', value: '0687654321' },
    });
    engine.start(edit.jobId, { expectedCount: 1 });
    expect((await engine.whenDone(edit.jobId)).counts.applied).toBe(1);

    // the platform now answers "+31687654321" for what we set as "0687654321": not a conflict
    const undo = await engine.planUndo(edit.jobId);
    expect(undo.conflicts).toEqual([]);
    expect(undo.operations).toHaveLength(1);
    expect(undo.operations[0]!.changes[0]).toMatchObject({ field: 'forwardTo', old: '+31687654321' });
  });
});
