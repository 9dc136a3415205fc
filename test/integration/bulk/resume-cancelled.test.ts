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

  it('an interrupted job with nothing in doubt is cancelled without a pass through reconciling or a read of the platform', async () => {
    const demo = await startBulkDemo({ faults: { latencyMs: 30 } });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const engine = await fixture.open(jwtClient(demo));
    const targets = phoneTargets(demo, 60, 'CC-HALF').map((row) => String(row['@id']));
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      params: { value: 'CC-HALF' },
      targets,
    });
    engine.start(plan.jobId, { expectedCount: 60 });
    // the app quits with operations still waiting; close lets the ones on their way settle
    await engine.close();
    const reopened = await fixture.open(jwtClient(demo));
    const interrupted = reopened.detail(plan.jobId);
    expect(interrupted.state).toBe('interrupted');
    expect(interrupted.operations.some((o) => o.state === 'sending' || o.state === 'unknown')).toBe(false);
    const pending = interrupted.operations.filter((o) => o.state === 'pending').length;
    expect(pending).toBeGreaterThan(0);
    fixture.events.length = 0;
    const requestsBefore = demo.requestLog.length;

    expect((await reopened.cancel(plan.jobId)).state).toBe('cancelled');
    const states = fixture.events.flatMap((event) =>
      event.type === 'job' && event.job.jobId === plan.jobId ? [event.job.state] : [],
    );
    expect(states).toEqual(['cancelled']);
    expect(demo.requestLog.slice(requestsBefore)).toEqual([]);
    expect(reopened.detail(plan.jobId).operations.filter((o) => o.state === 'cancelled')).toHaveLength(pending);
  });
});
