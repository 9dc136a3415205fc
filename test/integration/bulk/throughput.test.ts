import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalFile } from '../../../src-main/bulk/index.ts';
import { bulkFixture, closeDemos, jwtClient, phoneTargets, sleep, startBulkDemo, type BulkFixture } from './helpers.ts';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

describe('a job keeps the request slots busy while its journal flushes', () => {
  it('takes a third more operations than slots; the platform never sees more requests than slots, and each one is journalled "sending" before it arrives', async () => {
    const demo = await startBulkDemo({ faults: { latencyMs: 40 } });
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const targets = phoneTargets(demo, 30, 'CC-SLOTS').map((row) => String(row['@id']));
    const journal = { db: null as DatabaseSync | null, indexOf: new Map<string, number>() };
    const notSending: string[] = [];
    let inFlight = 0;
    let peakRequests = 0;
    const client = jwtClient(demo, {
      concurrency: 3,
      fetch: async (url, init) => {
        if (init.method !== 'PATCH') return fetch(url, init);
        // what the journal holds at the moment the request leaves (a reader sees only committed writes)
        const index = journal.indexOf.get(new URL(url).pathname);
        const row = journal.db?.prepare('SELECT state FROM ops WHERE idx = ?').get(index ?? -1) as
          { state: string } | undefined;
        if (row?.state !== 'sending') notSending.push(`${String(index)}: ${String(row?.state)}`);
        inFlight += 1;
        peakRequests = Math.max(peakRequests, inFlight);
        try {
          return await fetch(url, init);
        } finally {
          inFlight -= 1;
        }
      },
    });
    const engine = await fixture.open(client);
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets,
      params: { value: 'CC-SLOTS' },
    });
    plan.operations.forEach((op) => journal.indexOf.set(op.target, op.index));
    journal.db = new DatabaseSync(journalFile(fixture.dir, fixture.profileId), { readOnly: true });
    engine.start(plan.jobId, { expectedCount: plan.operations.length });
    let peakTaken = 0;
    const watching = (async () => {
      while (engine.detail(plan.jobId).state === 'running') {
        const taken = engine.detail(plan.jobId).operations.filter((op) => op.state === 'sending').length;
        peakTaken = Math.max(peakTaken, taken);
        await sleep(2);
      }
    })();
    const done = await engine.whenDone(plan.jobId);
    await watching;
    journal.db.close();

    expect(done.counts.applied).toBe(30);
    expect(notSending).toEqual([]);
    expect(peakRequests).toBeLessThanOrEqual(3);
    expect(peakTaken).toBe(4);
  });
});
