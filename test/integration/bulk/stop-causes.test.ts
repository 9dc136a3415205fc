import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../../src-preload/contract/messages.ts';
import { operatorError } from '../../../src-main/ipc/operator-error.ts';
import type { BulkEvent } from '../../../src-preload/contract/bulk.ts';
import {
  appliedPatches,
  bulkFixture,
  closeDemos,
  jwtClient,
  phoneTargets,
  startBulkDemo,
  waitFor,
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

const notices = (): BulkEvent[] => fixture.events.filter((event) => event.type === 'notice');

describe('why a job stopped, as the operator reads it', () => {
  it('another profile connected mid-job: the job stops, resumable, saying so (not a journal failure)', async () => {
    const demo = await startBulkDemo({ faults: { latencyMs: 20 } });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const api = jwtClient(demo);
    let switched = false;
    const engine = await fixture.open(api, {
      concurrency: 2,
      client: () => {
        if (switched) throw operatorError('PROFILE_CHANGED', message('errors.profileChanged'));
        return api;
      },
    });
    const targets = phoneTargets(demo, 60, 'CC-SWITCH').map((row) => String(row['@id']));
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets,
      params: { value: 'CC-SWITCH' },
    });
    engine.start(plan.jobId, { expectedCount: 60 });
    await waitFor(() => appliedPatches(demo) >= 5);
    switched = true;
    const done = await engine.whenDone(plan.jobId);
    expect(done.state).toBe('interrupted');
    expect(notices().map((event) => event.type === 'notice' && event.notice.message)).toEqual([
      message('errors.profileChanged'),
    ]);
    // nothing is left marked as being sent: what was in flight came back and was recorded
    const counts = engine.detail(plan.jobId).counts;
    expect(counts.sending).toBe(0);
    expect(counts.applied).toBeGreaterThanOrEqual(5);
    expect(counts.applied + counts.pending).toBe(60);
    expect(counts.applied).toBe(appliedPatches(demo));

    // back on its own profile, the job resumes and finishes the rest, each row once
    switched = false;
    await engine.resume(plan.jobId);
    expect((await engine.whenDone(plan.jobId)).state).toBe('completed');
    expect(appliedPatches(demo)).toBe(60);
  });
});
