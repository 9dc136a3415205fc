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
    let reads = 0;
    const engine = await fixture.open(client, {
      readRows: async (path: string) => {
        reads += 1;
        return fixture.cache.rows(path);
      },
    });
    const targets = phoneTargets(demo, 10, 'Reception');
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-description',
      targets: targets.map((row) => String(row['@id'])),
      params: { value: '  Reception  ' },
    });
    expect(plan.operations[0]!.changes[0]!.new).toBe('Reception');

    // three numbers vanish from the platform for a while: their PATCH is answered 404
    const gone = [targets[2]!, targets[5]!, targets[7]!].map((row) => demo.data.phoneNumbers.get(Number(row['id']))!);
    for (const row of gone) demo.data.phoneNumbers.remove(row.id);
    engine.start(plan.jobId, { expectedCount: 10 });
    const done = await engine.whenDone(plan.jobId);
    expect(done.counts).toMatchObject({ applied: 7, failed: 3 });
    const failed = engine.detail(plan.jobId).operations.filter((o) => o.state === 'failed');
    expect(failed.map((o) => o.outcome!.status)).toEqual([404, 404, 404]);
    expect(failed[0]!.outcome!.message).toContain('Not found');

    // they come back; someone already gave the last one the description, and the cache has read it since
    for (const row of gone) demo.data.phoneNumbers.insert(row);
    demo.data.phoneNumbers.get(gone[2]!.id)!.description = 'Reception';
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const readsBefore = reads;
    const retry = await engine.retryFailed(plan.jobId);
    // one read of the collection for all three, however many rows failed
    expect(reads - readsBefore).toBe(1);
    expect(retry).toMatchObject({
      kind: 'retry',
      parentJobId: plan.jobId,
      title: { code: 'bulk.retry.title', params: { title: plan.title } },
      confirmation: { code: 'bulk.retry.confirm', params: { count: 2 } },
    });
    // only the failed rows, each with the value it was meant to get and the one the cache holds now
    expect(retry.operations.map((o) => o.target)).toEqual(gone.slice(0, 2).map((row) => row['@id']));
    expect(retry.operations.map((o) => o.changes)).toEqual(
      gone.slice(0, 2).map((row) => [{ field: 'description', old: row.description, new: 'Reception' }]),
    );
    expect(retry.skipped.map((o) => [o.target, o.skip?.kind])).toEqual([[gone[2]!['@id'], 'unchanged']]);
    engine.start(retry.jobId, { expectedCount: 2 });
    expect((await engine.whenDone(retry.jobId)).counts).toMatchObject({ applied: 2, failed: 0 });
    for (const row of targets) expect(demo.data.phoneNumbers.get(Number(row['id']))!.description).toBe('Reception');
  });
});
