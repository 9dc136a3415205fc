import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../../src-preload/contract/messages.ts';
import { operatorError } from '../../../src-main/ipc/operator-error.ts';
import { english } from '../../support/ui-text.ts';
import {
  bulkFixture,
  closeDemos,
  jwtClient,
  phoneTargets,
  refusalOf,
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

const spec = (value: string, targets: string[]) =>
  ({ resource: 'phone-numbers', action: 'set-cost-center', params: { value }, targets }) as const;

describe('what the engine tells the renderer and the log', () => {
  it('a job it does not know is named in the refusal', async () => {
    const demo = await startBulkDemo();
    const engine = await fixture.open(jwtClient(demo));
    let refusal: unknown;
    try {
      engine.detail('job-that-never-was');
    } catch (error) {
      refusal = error;
    }
    expect(refusalOf(refusal)).toEqual({ code: 'BULK_UNKNOWN_JOB', text: 'There is no job job-that-never-was.' });
  });

  it('each state change is reported at once, progress included; progress between them at most four times a second', async () => {
    const demo = await startBulkDemo({ faults: { latencyMs: 5 } });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    // a clock that stands still: no quarter second ever passes, so only the forced progress events get through
    const engine = await fixture.open(jwtClient(demo), { now: () => 1_800_000_000_000 });
    const targets = phoneTargets(demo, 30, 'CC-EVENTS').map((row) => String(row['@id']));
    const plan = await engine.plan(spec('CC-EVENTS', targets));
    engine.start(plan.jobId, { expectedCount: 30 });
    engine.pause(plan.jobId);
    const jobStates = () => fixture.events.flatMap((e) => (e.type === 'job' ? [e.job.state] : []));
    const progressStates = () => fixture.events.flatMap((e) => (e.type === 'progress' ? [e.progress.state] : []));
    expect(jobStates()).toEqual(['running', 'paused']);
    expect(progressStates()).toEqual(['running', 'paused']);

    await engine.resume(plan.jobId);
    const done = await engine.whenDone(plan.jobId);
    expect(done.counts).toMatchObject({ applied: 30 });
    expect(jobStates().slice(0, 3)).toEqual(['running', 'paused', 'running']);
    expect(jobStates().at(-1)).toBe('completed');
    // one per state change (and the run's end), not one for each of the 60 operation changes
    expect(progressStates().length).toBeLessThanOrEqual(jobStates().length + 1);
    expect(fixture.events.findLast((e) => e.type === 'progress')).toMatchObject({
      progress: { state: 'completed', done: 30, total: 30 },
    });
  });

  it('a run stopped because the profile was disconnected says so to the operator and in the log', async () => {
    const demo = await startBulkDemo({ faults: { latencyMs: 20 } });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const client = jwtClient(demo);
    let connected = true;
    const logged: { text: string; fields: unknown }[] = [];
    const engine = await fixture.open(client, {
      client: () => {
        if (!connected) throw operatorError('NOT_CONNECTED', message('errors.notConnected'));
        return client;
      },
      logger: { warn: (text, fields) => logged.push({ text, fields }) },
    });
    const targets = phoneTargets(demo, 200, 'CC-GONE').map((row) => String(row['@id']));
    const plan = await engine.plan(spec('CC-GONE', targets));
    engine.start(plan.jobId, { expectedCount: 200 });
    await waitFor(() => demo.requestLog.some((entry) => entry.method === 'PATCH'));
    connected = false;
    await engine.whenDone(plan.jobId);
    expect(logged).toEqual([{ text: 'bulk job stopped', fields: expect.objectContaining({ jobId: plan.jobId }) }]);
    const notices = fixture.events.flatMap((e) => (e.type === 'notice' ? [english(e.notice.message)] : []));
    expect(notices).toEqual([english(message('errors.notConnected'))]);
  });
});
