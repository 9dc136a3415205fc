import { dutch, english } from '../../support/ui-text.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('a write whose answer is lost after the platform applied it', () => {
  it('create-forward: reported unknown, reconciled by listing, applied, no duplicate; undo deletes it', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    fixture.cache.seed(FORWARDS, demo.data.scheduledForwards.all());
    fixture.cache.seed('/order-details-x2voip-numbers', demo.data.orderDetailsX2voipNumbers.all());
    const engine = await fixture.open(client);
    const number = demo.data.orderDetailsX2voipNumbers.all()[3]!;
    const plan = await engine.plan({
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: [number['@id']],
      params: { forwardTo: '+31 6 1234 5678', dateStart: '2030-07-01T09:00:00Z', dateEnd: '2030-07-15T17:00:00Z' },
    });
    expect(plan.operations).toHaveLength(1);
    expect(plan.operations[0]).toMatchObject({ method: 'POST', label: number.number });
    expect(plan.operations[0]!.changes[0]).toEqual({ field: 'forwardTo', old: null, new: '0612345678' });

    demo.setFaults({ lostResponseRate: 1 });
    engine.start(plan.jobId, { expectedCount: 1 });
    const done = await engine.whenDone(plan.jobId);
    expect(done.counts).toMatchObject({ applied: 1, unknown: 0, failed: 0 });
    const op = engine.detail(plan.jobId).operations[0]!;
    expect(op.outcome).toMatchObject({ reconciled: true, note: expect.stringContaining('confirmed by re-reading') });
    expect(dutch(op.outcome!.noteText)).toBe('bevestigd door terug te lezen (het antwoord ging verloren)');
    const audit = engine.auditRows({ jobId: plan.jobId });
    expect(english(audit[0]!.text)).toBe('confirmed by reading it back (the answer was lost)');

    const created = demo.data.scheduledForwards
      .all()
      .filter((f) => f.orderDetailsX2voipNumber === number['@id'] && f.forwardTo === '0612345678');
    expect(created).toHaveLength(1);
    expect(op.createdIri).toBe(created[0]!['@id']);
    expect(demo.requestLog.filter((e) => e.method === 'POST' && e.path === FORWARDS)).toHaveLength(1);
    // the state went through unknown before it was reported
    const states = fixture.events.flatMap((e) =>
      e.type === 'ops' && e.batch.jobId === plan.jobId ? e.batch.ops.map((o) => o.state) : [],
    );
    expect(states).toEqual(['sending', 'unknown', 'applied']);
    expect(fixture.cache.get(FORWARDS, created[0]!['@id'])).toBeDefined();

    // planning the same again finds the forward exists: no duplicate on a second click either
    const again = await engine.plan({
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: [number['@id']],
      params: { forwardTo: '0612345678', dateStart: '2030-07-01T09:00:00Z', dateEnd: '2030-07-15T17:00:00Z' },
    });
    expect(again.operations).toEqual([]);
    expect(again.skipped[0]!.skip!.kind).toBe('duplicate');

    demo.setFaults({ lostResponseRate: 0 });
    const undo = await engine.planUndo(plan.jobId);
    // a job of its own, named as the undo of this one (the history and the audit list it so)
    expect(undo).toMatchObject({ kind: 'undo', action: 'undo', parentJobId: plan.jobId });
    // the job's own note ("undo deletes the forwards this job created") describes an undo that is there: not repeated
    expect(undo.notes).toEqual([]);
    expect(undo.operations).toEqual([expect.objectContaining({ method: 'DELETE', target: created[0]!['@id'] })]);
    engine.start(undo.jobId, { expectedCount: 1 });
    expect((await engine.whenDone(undo.jobId)).counts.applied).toBe(1);
    expect(demo.data.scheduledForwards.get(created[0]!.id)).toBeUndefined();
    expect(fixture.cache.get(FORWARDS, created[0]!['@id'])).toBeUndefined();
  });

  it("an outport accepted elsewhere meanwhile is reported failed with the platform's 409 message", async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    const outports = demo.data.outports.all();
    fixture.cache.seed('/outports', outports);
    const engine = await fixture.open(client);
    const pending = outports.filter((o) => o.status === 'pending').slice(0, 2);
    // one was accepted elsewhere after the cache was filled
    demo.data.outports.get(pending[1]!.id)!.status = 'accepted';
    const plan = await engine.plan({
      resource: 'outports',
      action: 'accept-outport',
      targets: pending.map((o) => o['@id']),
      params: {},
    });
    expect(plan.notes.map((n) => english(n)).join(' ')).toContain('Denying is not offered');
    engine.start(plan.jobId, { expectedCount: 2 });
    const done = await engine.whenDone(plan.jobId);
    expect(done.counts).toMatchObject({ applied: 1, failed: 1 });
    const failed = engine.detail(plan.jobId).operations.find((o) => o.state === 'failed')!;
    expect(failed.outcome).toMatchObject({ status: 409, platformMessage: expect.stringContaining('is not pending') });
  });

  it('accept-outport: unknown, reconciled by re-reading the outport, applied once', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    fixture.cache.seed('/outports', demo.data.outports.all());
    const engine = await fixture.open(client);
    const pending = demo.data.outports
      .all()
      .filter((o) => o.status === 'pending')
      .slice(0, 3);
    const plan = await engine.plan({
      resource: 'outports',
      action: 'accept-outport',
      targets: pending.map((o) => o['@id']),
      params: {},
    });
    demo.setFaults({ lostResponseRate: 1 });
    engine.start(plan.jobId, { expectedCount: 3 });
    const done = await engine.whenDone(plan.jobId);
    expect(done.counts).toMatchObject({ applied: 3, unknown: 0 });
    for (const op of engine.detail(plan.jobId).operations)
      expect(op.outcome!.note).toContain('confirmed by re-reading');
    for (const o of pending) expect(demo.data.outports.get(o.id)!.status).toBe('accepted');
    expect(demo.requestLog.filter((e) => e.path === '/outports/accept-outport')).toHaveLength(3);
  });

  it('split: the side-effect GET is sent once, reconciled by re-reading the block, and the new blocks reach the cache', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    fixture.cache.seed('/number-blocks', demo.data.numberBlocks.all());
    const engine = await fixture.open(client);
    const [lost, answered] = demo.data.numberBlocks.all().filter((b) => b.size === 1000 && b.status !== 'in-use');
    const plan = await engine.plan({
      resource: 'number-blocks',
      action: 'split',
      targets: [lost!['@id']],
      params: { size: 100 },
    });
    expect(english(plan.confirmation)).toContain(lost!.start);
    demo.setFaults({ lostResponseRate: 1 });
    engine.start(plan.jobId, { expectedCount: 1 });
    expect((await engine.whenDone(plan.jobId)).counts.applied).toBe(1);
    expect(demo.data.numberBlocks.get(lost!.id)!.size).toBe(100);
    expect(demo.requestLog.filter((e) => e.path.endsWith('/split/100'))).toHaveLength(1);

    demo.setFaults({ lostResponseRate: 0 });
    const second = await engine.plan({
      resource: 'number-blocks',
      action: 'split',
      targets: [answered!['@id']],
      params: { size: 100 },
    });
    engine.start(second.jobId, { expectedCount: 1 });
    await engine.whenDone(second.jobId);
    expect(
      fixture.cache
        .rows('/number-blocks')
        .filter((b) => String(b['start']).slice(0, -3) === answered!.start.slice(0, -3)),
    ).toHaveLength(10);
  });
});
