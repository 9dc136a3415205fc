import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJournalReadOnly } from '../../../src-main/bulk/journal-load.ts';
import { english } from '../../support/ui-text.ts';
import {
  appliedPatches,
  bulkFixture,
  closeDemos,
  jwtClient,
  patchesByPath,
  phoneTargets,
  killJobChildWhen,
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

const ROWS = 20;

/**
 * A job child for `rows` numbers whose first two requests never leave, killed once it holds them and the platform
 * has applied the rest.
 */
async function killedHoldingTwo(rows: number, value: string) {
  const demo = await startBulkDemo();
  const iris = phoneTargets(demo, rows, value).map((row) => String(row['@id']));
  const unsent = iris.slice(0, 2);
  fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
  // the two held ones were marked sending before their requests were to leave
  const output = await killJobChildWhen(
    fixture,
    demo,
    { targets: iris, value, neverSend: unsent },
    (printed) => unsent.every((iri) => printed.includes(`holding ${iri}`)) && appliedPatches(demo) === rows - 2,
  );
  return { demo, iris, unsent, output };
}

describe('a job killed while two of its requests had not left yet', () => {
  it(
    'finds by re-reading that those two did not happen, makes them pending again, and resume sends them once',
    { timeout: 60_000 },
    async () => {
      const value = 'CC-UNSENT';
      const { demo, iris, unsent, output } = await killedHoldingTwo(ROWS, value);
      expect(output).not.toContain('done');

      const engine = await fixture.open(jwtClient(demo));
      const jobId = engine.interrupted()[0]!.jobId;
      const sending = engine
        .detail(jobId)
        .operations.filter((o) => o.state === 'sending')
        .map((o) => o.target);
      expect(sending).toEqual(expect.arrayContaining(unsent));

      const reconciled = await engine.reconcileInterrupted(jobId);
      const again = reconciled.operations.filter((o) => unsent.includes(o.target));
      expect(again.map((o) => o.state)).toEqual(['pending', 'pending']);
      for (const o of again) expect(english(o.outcome!.noteText!)).toMatch(/not applied/i);
      for (const o of again) expect(o.outcome).toMatchObject({ reconciled: true });
      // what the re-read found is in the journal before anything is sent again (a crash now would not lose it)
      const kept = await readJournalReadOnly({ dir: fixture.dir, profileId: fixture.profileId, vault: fixture.vault });
      const keptOps = kept.ok ? (kept.jobs.find((entry) => entry.job.id === jobId)?.ops ?? []) : [];
      expect(keptOps.filter((o) => unsent.includes(o.target)).map((o) => o.state)).toEqual(['pending', 'pending']);
      expect(reconciled.operations.filter((o) => o.state === 'applied')).toHaveLength(ROWS - 2);

      await engine.resumeInterrupted(jobId);
      expect((await engine.whenDone(jobId)).counts).toMatchObject({ total: ROWS, applied: ROWS, failed: 0 });
      const patches = patchesByPath(demo);
      for (const iri of iris) expect(patches.get(iri)?.filter((e) => e.applied)).toHaveLength(1);
      for (const iri of unsent)
        expect(demo.data.phoneNumbers.get(Number(iri.split('/').pop()))!.costCenter).toBe(value);
    },
  );

  it(
    'where the re-read of those two fails, leaves them in doubt with the reason, neither pending nor applied',
    { timeout: 60_000 },
    async () => {
      const { demo, unsent } = await killedHoldingTwo(6, 'CC-DOUBT');

      // the platform answers every read of those two with a server error, also after the client's retries
      const failing = jwtClient(demo, {
        fetch: (url, init) =>
          (init?.method ?? 'GET') === 'GET' && unsent.includes(new URL(url).pathname)
            ? Promise.resolve(new Response('{"hydra:description":"busy"}', { status: 503 }))
            : fetch(url, init),
      });
      const engine = await fixture.open(failing);
      const jobId = engine.interrupted()[0]!.jobId;
      const reconciled = await engine.reconcileInterrupted(jobId);
      const doubtful = reconciled.operations.filter((o) => unsent.includes(o.target));
      expect(doubtful.map((o) => o.state)).toEqual(['unknown', 'unknown']);
      for (const o of doubtful) expect(english(o.outcome!.noteText!)).toMatch(/could not be confirmed/);
      for (const o of doubtful) expect(o.outcome).toMatchObject({ reconciled: false });
    },
  );
});
