import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkFixture, closeDemos, jwtClient, phoneTargets, startBulkDemo, type BulkFixture } from './helpers.ts';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

describe('retry failed', () => {
  it('plans a new job with only the failed operations, against the current cache values', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const targets = phoneTargets(demo, 10, 'Reception');
    const engine = await fixture.open(client);
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-description',
      targets: targets.map((row) => String(row['@id'])),
      params: { value: '  Reception  ' },
    });
    expect(plan.operations[0]!.changes[0]!.new).toBe('Reception');

    // two numbers vanish from the platform for a while: their PATCH is answered 404
    const gone = [targets[2]!, targets[7]!].map((row) => demo.data.phoneNumbers.get(Number(row['id']))!);
    for (const row of gone) demo.data.phoneNumbers.remove(row.id);
    engine.start(plan.jobId, { expectedCount: 10 });
    const done = await engine.whenDone(plan.jobId);
    expect(done.counts).toMatchObject({ applied: 8, failed: 2 });
    const failed = engine.detail(plan.jobId).operations.filter((o) => o.state === 'failed');
    expect(failed.map((o) => o.outcome!.status)).toEqual([404, 404]);
    expect(failed[0]!.outcome!.message).toContain('Not found');

    for (const row of gone) demo.data.phoneNumbers.insert(row);
    const retry = await engine.retryFailed(plan.jobId);
    expect(retry).toMatchObject({ kind: 'retry', parentJobId: plan.jobId });
    expect(retry.operations.map((o) => o.target)).toEqual(gone.map((row) => row['@id']));
    engine.start(retry.jobId, { expectedCount: 2 });
    expect((await engine.whenDone(retry.jobId)).counts).toMatchObject({ applied: 2, failed: 0 });
    for (const row of targets) expect(demo.data.phoneNumbers.get(Number(row['id']))!.description).toBe('Reception');
  });
});
