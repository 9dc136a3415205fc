import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bulkFixture,
  closeDemos,
  jwtClient,
  phoneTargets,
  refusalOf,
  refusedNow,
  startBulkDemo,
  type BulkFixture,
} from './helpers.ts';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

describe('the engine refuses, changing nothing', () => {
  it('a start whose count is not the preview’s; a resume with no connection; anything once closed', async () => {
    const demo = await startBulkDemo({ faults: { latencyMs: 20 } });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const client = jwtClient(demo);
    let connected = true;
    const engine = await fixture.open(client, {
      client: () => {
        if (!connected) throw new Error('no profile is connected');
        return client;
      },
    });
    const spec = { resource: 'phone-numbers', action: 'set-cost-center', params: { value: 'CC-REFUSE' } } as const;
    const targets = phoneTargets(demo, 200, 'CC-REFUSE').map((row) => String(row['@id']));
    const plan = await engine.plan({ ...spec, targets });
    const before = demo.requestLog.length;
    expect(refusedNow(() => engine.start(plan.jobId, { expectedCount: 199 }))).toEqual({
      code: 'BULK_COUNT_MISMATCH',
      text: 'The plan has 200 operations, not 199: review the preview again.',
    });
    expect(demo.requestLog.length).toBe(before);

    engine.start(plan.jobId, { expectedCount: 200 });
    await engine.cancel(plan.jobId);
    const cancelled = engine.detail(plan.jobId);
    const unsent = cancelled.operations.filter((o) => o.state === 'cancelled').length;
    expect(unsent).toBeGreaterThan(0);
    connected = false;
    await expect(engine.resume(plan.jobId, { expectedCount: unsent })).rejects.toThrow('no profile is connected');
    expect(engine.detail(plan.jobId)).toMatchObject({ state: 'cancelled' });
    expect(engine.detail(plan.jobId).operations.filter((o) => o.state === 'cancelled')).toHaveLength(unsent);

    connected = true;
    const waiting = await engine.plan({ ...spec, targets: targets.slice(0, 5) });
    await engine.close();
    const closed = { code: 'BULK_WRONG_STATE', text: 'The bulk engine is closed.' };
    expect(await engine.plan({ ...spec, targets }).then(() => null, refusalOf)).toEqual(closed);
    expect(refusedNow(() => engine.start(waiting.jobId, { expectedCount: 5 }))).toEqual(closed);
    expect(await engine.resume(plan.jobId, { expectedCount: unsent }).then(() => null, refusalOf)).toEqual(closed);
    // nothing is planned or read again through a closed journal
    expect(await engine.retryFailed(plan.jobId).then(() => null, refusalOf)).toEqual(closed);
    expect(await engine.planUndo(plan.jobId).then(() => null, refusalOf)).toEqual(closed);
    expect(await engine.resumeInterrupted(plan.jobId).then(() => null, refusalOf)).toEqual(closed);
  });
});
