import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const ROWS = 12;

describe('a job killed after two of its changes landed but before their answers came back', () => {
  it(
    'finds by re-reading that they happened, counts them applied, puts the platform’s rows in the cache and sends nothing again',
    { timeout: 60_000 },
    async () => {
      const demo = await startBulkDemo();
      const value = 'CC-LANDED';
      const iris = phoneTargets(demo, ROWS, value).map((row) => String(row['@id']));
      const lost = iris.slice(0, 2);
      fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
      await killJobChildWhen(
        fixture,
        demo,
        { targets: iris, value, loseAnswers: lost },
        (printed) => lost.every((iri) => printed.includes(`lost ${iri}`)) && appliedPatches(demo) === ROWS,
      );

      const engine = await fixture.open(jwtClient(demo));
      const jobId = engine.interrupted()[0]!.jobId;
      const sending = engine
        .detail(jobId)
        .operations.filter((o) => o.state === 'sending')
        .map((o) => o.target);
      expect(sending.sort()).toEqual([...lost].sort());
      for (const iri of lost) expect(fixture.cache.get('/phonenumbers', iri)!['costCenter']).not.toBe(value);

      const reconciled = await engine.reconcileInterrupted(jobId);
      const landed = reconciled.operations.filter((o) => lost.includes(o.target));
      expect(landed.map((o) => o.state)).toEqual(['applied', 'applied']);
      for (const o of landed) expect(o.outcome).toMatchObject({ reconciled: true });
      for (const o of landed) expect(english(o.outcome!.noteText!)).toMatch(/the answer was lost/);
      // the rows as the platform now has them, not the rows the console had before the job
      for (const iri of lost) expect(fixture.cache.get('/phonenumbers', iri)!['costCenter']).toBe(value);

      const patches = patchesByPath(demo);
      for (const iri of iris) expect(patches.get(iri)?.filter((e) => e.applied)).toHaveLength(1);
    },
  );
});
