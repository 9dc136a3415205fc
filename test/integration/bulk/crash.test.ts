import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appliedPatches,
  bulkFixture,
  closeDemos,
  journalBytes,
  jwtClient,
  patchesByPath,
  phoneTargets,
  plaintextFound,
  sleep,
  startBulkDemo,
  startJobChild,
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

// The property does not depend on the job's size or the platform's speed, only on the kill landing mid-run with
// requests on the wire: 500 numbers, a demo latency that spreads the child's requests until the kill, none after.
const ROWS = 500;

describe('a job killed at about 40 %', () => {
  it(
    'leaves a journal naming exactly what the platform applied; resume finishes the rest without applying anything twice',
    { timeout: 60_000 },
    async () => {
      const demo = await startBulkDemo({ faults: { latencyMs: 10 } });
      const value = 'CC-CRASH';
      const targets = phoneTargets(demo, ROWS, value);
      const iris = targets.map((row) => String(row['@id']));
      fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
      const child = await startJobChild(fixture, demo, { targets: iris, value });

      await waitFor(() => appliedPatches(demo) >= ROWS * 0.4 || child.output().includes('done'), 30_000, 1);
      await child.kill();
      const output = child.output();
      expect(output).toContain('started');
      expect(output).not.toContain('done');
      // requests the child had in flight land (or not) within the demo's latency (10 ms, and their timers run before
      // this one); from here on the platform answers at once
      await sleep(300);
      demo.setFaults({ latencyMs: 0 });

      const platformApplied = new Set(
        demo.requestLog.filter((e) => e.method === 'PATCH' && e.applied).map((e) => e.path),
      );
      expect(platformApplied.size).toBeGreaterThan(ROWS * 0.3);
      expect(platformApplied.size).toBeLessThan(ROWS * 0.7);

      const engine = await fixture.open(jwtClient(demo));
      const interrupted = engine.interrupted();
      expect(interrupted).toHaveLength(1);
      const jobId = interrupted[0]!.jobId;
      const before = engine.detail(jobId);
      const journalApplied = new Set(before.operations.filter((o) => o.state === 'applied').map((o) => o.target));
      const sending = new Set(before.operations.filter((o) => o.state === 'sending').map((o) => o.target));
      // the journal is never behind by more than the operations the job had taken (6 request slots and a third
      // more, marked while the others were on the wire), and never claims what did not happen
      for (const iri of journalApplied) expect(platformApplied.has(iri)).toBe(true);
      for (const iri of platformApplied) expect(journalApplied.has(iri) || sending.has(iri)).toBe(true);
      expect(sending.size).toBeLessThanOrEqual(8);
      // killed with requests on the wire, not between two operations
      expect(sending.size).toBeGreaterThan(0);

      const reconciled = await engine.reconcileInterrupted(jobId);
      const reconciledApplied = new Set(
        reconciled.operations.filter((o) => o.state === 'applied').map((o) => o.target),
      );
      expect([...reconciledApplied].sort()).toEqual([...platformApplied].sort());
      expect(reconciled.operations.filter((o) => o.state === 'sending' || o.state === 'unknown')).toEqual([]);
      expect(reconciled.state).toBe('interrupted');

      const logBeforeResume = demo.requestLog.length;
      await engine.resumeInterrupted(jobId);
      const summary = await engine.whenDone(jobId);
      expect(summary.counts).toMatchObject({ total: ROWS, applied: ROWS, failed: 0, unknown: 0, pending: 0 });
      // only the rest was sent after the restart
      const resent = demo.requestLog.slice(logBeforeResume).filter((e) => e.method === 'PATCH');
      expect(resent.length).toBe(ROWS - platformApplied.size);
      for (const entry of resent) expect(platformApplied.has(entry.path)).toBe(false);

      const patches = patchesByPath(demo);
      expect(patches.size).toBe(ROWS);
      for (const list of patches.values()) {
        expect(list.filter((e) => e.status >= 200 && e.status < 300)).toHaveLength(1);
        expect(list.filter((e) => e.applied)).toHaveLength(1);
      }
      for (const row of targets) expect(demo.data.phoneNumbers.get(Number(row['id']))!.costCenter).toBe(value);

      // no phone number of the job in plaintext anywhere in the journal files
      const numbers = targets.map((row) => String(row['number']));
      const needles = [...numbers, ...numbers.map((number) => number.slice(1)), value];
      expect(plaintextFound(await journalBytes(fixture.dir), needles)).toEqual([]);
    },
  );
});
