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

describe('a cancelled job sent on', () => {
  it('has its unsent operations journalled as pending again: the app closed right after finds them to resume, not cancelled', async () => {
    const demo = await startBulkDemo({ faults: { latencyMs: 30 } });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const engine = await fixture.open(jwtClient(demo));
    const targets = phoneTargets(demo, 120, 'CC-AGAIN').map((row) => String(row['@id']));
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      params: { value: 'CC-AGAIN' },
      targets,
    });
    engine.start(plan.jobId, { expectedCount: 120 });
    await engine.cancel(plan.jobId);
    const cancelled = engine.detail(plan.jobId).operations.filter((o) => o.state === 'cancelled').length;
    expect(cancelled).toBeGreaterThan(60);
    await engine.resume(plan.jobId, { expectedCount: cancelled });
    // the app quits at once: the operations still waiting stay waiting, as the journal must say
    await engine.close();
    const waiting = (states: string[]) => states.filter((state) => state === 'pending').length;
    const closedStates = engine.detail(plan.jobId).operations.map((o) => o.state);
    expect(waiting(closedStates)).toBeGreaterThan(0);

    const reopened = await fixture.open(jwtClient(demo));
    const after = reopened.detail(plan.jobId);
    expect(after.state).toBe('interrupted');
    const states = after.operations.map((o) => o.state);
    expect(states.filter((state) => state === 'cancelled')).toEqual([]);
    expect(waiting(states)).toBe(waiting(closedStates));
  });
});
