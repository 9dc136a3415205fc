import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import type { BulkEngine } from '../../../src-main/bulk/index.ts';
import {
  appliedPatches,
  bulkFixture,
  closeDemos,
  jwtClient,
  nodeCompileCache,
  patchesByPath,
  phoneTargets,
  sleep,
  startBulkDemo,
  waitFor,
  type BulkFixture,
  type Demo,
} from './helpers.ts';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

/** Plans and starts a cost-center job on `count` numbers and cancels it once about `cancelAt` are applied. */
async function cancelledJob(
  demo: Demo,
  engine: BulkEngine,
  count: number,
  cancelAt: number,
  value: string,
): Promise<{ jobId: string; iris: string[] }> {
  const iris = phoneTargets(demo, count, value).map((row) => String(row['@id']));
  const plan = await engine.plan({
    resource: 'phone-numbers',
    action: 'set-cost-center',
    targets: iris,
    params: { value },
  });
  engine.start(plan.jobId, { expectedCount: count });
  await waitFor(() => appliedPatches(demo) >= cancelAt);
  expect((await engine.cancel(plan.jobId)).state).toBe('cancelled');
  return { jobId: plan.jobId, iris };
}

/** Every target was changed on the platform by exactly one applied PATCH, and holds the value. */
function expectEachAppliedOnce(demo: Demo, iris: string[], value: string): void {
  const patches = patchesByPath(demo);
  for (const iri of iris) {
    expect(patches.get(iri)?.filter((e) => e.applied).length, iri).toBe(1);
    expect(demo.data.phoneNumbers.get(Number(iri.split('/').pop()))?.costCenter).toBe(value);
  }
}

describe('resuming a cancelled job', () => {
  it(
    'after a restart, sends exactly the rows the cancel left unsent, once each, and the job completes',
    { timeout: 60_000 },
    async () => {
      const demo = await startBulkDemo({ faults: { latencyMs: 20 } });
      const client = jwtClient(demo);
      fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
      const first = await fixture.open(client);
      const { jobId, iris } = await cancelledJob(demo, first, 200, 60, 'CC-RESUME');
      const atCancel = first.detail(jobId).counts;
      expect(atCancel.cancelled).toBeGreaterThan(0);
      expect(atCancel.applied + atCancel.cancelled).toBe(200);
      const sentBefore = new Set(patchesByPath(demo).keys());
      await first.close();

      // a new engine on the same journal: all it knows of the job is what the journal says
      const engine = await fixture.open(client);
      expect(engine.detail(jobId).state).toBe('cancelled');
      await expect(engine.resume(jobId, { expectedCount: atCancel.cancelled + 1 })).rejects.toMatchObject({
        code: 'BULK_COUNT_MISMATCH',
      });
      await expect(engine.resume(jobId)).rejects.toMatchObject({ code: 'BULK_COUNT_MISMATCH' });
      expect(engine.detail(jobId).state).toBe('cancelled');
      const resumed = await engine.resume(jobId, { expectedCount: atCancel.cancelled });
      expect(resumed.state).toBe('running');
      expect(resumed.finishedAt).toBeNull();
      const done = await engine.whenDone(jobId);
      expect(done.state).toBe('completed');
      expect(done.counts).toMatchObject({ applied: 200, cancelled: 0, failed: 0, pending: 0, unknown: 0 });
      expect(done.finishedAt).not.toBeNull();
      expectEachAppliedOnce(demo, iris, 'CC-RESUME');
      // the rows applied before the cancel were not sent again
      for (const iri of sentBefore) expect(patchesByPath(demo).get(iri)).toHaveLength(1);

      const again = await fixture.open(client);
      expect(again.detail(jobId).state).toBe('completed');
      await expect(again.resume(jobId, { expectedCount: 0 })).rejects.toMatchObject({ code: 'BULK_WRONG_STATE' });
    },
  );

  it(
    'killed in the middle of the resumed run, the next start resumes it from the journal without applying a row twice',
    { timeout: 90_000 },
    async () => {
      // started first, so that it loads its modules while this process runs the job it will resume; it opens the
      // journal only once it is told where its config is (below)
      const child = spawn(
        process.execPath,
        ['--disable-warning=ExperimentalWarning', path.join(import.meta.dirname, 'fixtures', 'resume-job.ts')],
        { env: { ...process.env, NODE_COMPILE_CACHE: nodeCompileCache() }, stdio: ['pipe', 'pipe', 'pipe'] },
      );
      onTestFinished(() => void child.kill('SIGKILL'));
      let output = '';
      child.stdout.on('data', (data: Buffer) => (output += data.toString()));
      child.stderr.on('data', (data: Buffer) => (output += data.toString()));
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

      // a demo latency spreads the requests until the kill lands mid-run with requests on the wire; none after
      const demo = await startBulkDemo({ faults: { latencyMs: 10 } });
      const client = jwtClient(demo);
      const value = 'CC-RESUME-KILL';
      fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
      const first = await fixture.open(client);
      const { jobId, iris } = await cancelledJob(demo, first, 200, 40, value);
      const left = first.detail(jobId).counts.cancelled;
      await first.close();

      const rowsFile = path.join(fixture.dir, 'rows.json');
      await writeFile(rowsFile, JSON.stringify(demo.data.phoneNumbers.all()));
      const configFile = path.join(fixture.dir, 'resume.json');
      await writeFile(
        configFile,
        JSON.stringify({
          url: demo.url,
          email: demo.credentials.email,
          clientId: demo.credentials.clientId,
          password: demo.credentials.password,
          journalDir: fixture.dir,
          service: fixture.service,
          profileId: fixture.profileId,
          rowsFile,
          jobId,
          expectedCount: left,
        }),
      );
      const before = appliedPatches(demo);
      child.stdin.end(`${configFile}\n`);
      await waitFor(() => appliedPatches(demo) >= before + left / 2 || output.includes('done'), 30_000, 1);
      child.kill('SIGKILL');
      await exited;
      expect(output).toContain('resumed running');
      expect(output).not.toContain('done');
      // requests the child had in flight land (or not) within the demo's latency (10 ms, and their timers run before
      // this one); from here on the platform answers at once
      await sleep(300);
      demo.setFaults({ latencyMs: 0 });
      expect(appliedPatches(demo)).toBeLessThan(200);

      const engine = await fixture.open(client);
      expect(engine.interrupted().map((job) => job.jobId)).toEqual([jobId]);
      // killed with requests on the wire: the journal holds operations marked sent, not known applied
      expect(engine.detail(jobId).operations.some((op) => op.state === 'sending')).toBe(true);
      const resumed = await engine.resumeInterrupted(jobId);
      expect(['running', 'completed']).toContain(resumed.state);
      const done = await engine.whenDone(jobId);
      expect(done.state).toBe('completed');
      expect(done.counts).toMatchObject({ applied: 200, cancelled: 0, failed: 0, unknown: 0 });
      expectEachAppliedOnce(demo, iris, value);
    },
  );

  it('is refused once the job has been undone', { timeout: 60_000 }, async () => {
    const demo = await startBulkDemo({ faults: { latencyMs: 10 } });
    const client = jwtClient(demo);
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const engine = await fixture.open(client);
    const { jobId } = await cancelledJob(demo, engine, 120, 30, 'CC-UNDONE');
    const left = engine.detail(jobId).counts.cancelled;
    const undo = await engine.planUndo(jobId, { force: true });
    engine.start(undo.jobId, { expectedCount: undo.operations.length });
    await engine.whenDone(undo.jobId);
    const sent = demo.requestLog.length;
    await expect(engine.resume(jobId, { expectedCount: left })).rejects.toMatchObject({ code: 'BULK_WRONG_STATE' });
    expect(engine.detail(jobId).state).toBe('cancelled');
    expect(demo.requestLog.length).toBe(sent);
  });
});
