import { dutch, english } from '../../support/ui-text.ts';
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

describe('undo', () => {
  it(
    'restores all 300 old values; a row changed on the server since is a conflict, left alone, and overwritten only when forced',
    { timeout: 60_000 },
    async () => {
      // neither the number of rows nor the platform's speed matters to what this shows: 300 numbers, no latency
      const demo = await startBulkDemo();
      const client = jwtClient(demo);
      fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
      const targets = phoneTargets(demo, 300, 'CC-UNDO');
      const old = new Map(targets.map((row) => [Number(row['id']), (row['costCenter'] as string | null) ?? null]));
      const engine = await fixture.open(client);

      const plan = await engine.plan({
        resource: 'phone-numbers',
        action: 'set-cost-center',
        targets: targets.map((row) => String(row['@id'])),
        params: { value: 'CC-UNDO' },
      });
      expect(plan.undo.available).toBe(true);
      engine.start(plan.jobId, { expectedCount: 300 });
      const done = await engine.whenDone(plan.jobId);
      expect(done.counts.applied).toBe(300);
      expect(done.undoAvailable).toBe(true);

      // someone changes one number on the platform in between
      const changedId = Number(targets[17]!['id']);
      demo.data.phoneNumbers.get(changedId)!.costCenter = 'CHANGED-ELSEWHERE';
      const logBefore = demo.requestLog.length;

      const undo = await engine.planUndo(plan.jobId);
      expect(demo.requestLog.slice(logBefore).every((e) => e.method === 'GET')).toBe(true);
      expect(undo.kind).toBe('undo');
      expect(undo.parentJobId).toBe(plan.jobId);
      expect(undo.operations).toHaveLength(299);
      expect(undo.conflicts).toEqual([
        expect.objectContaining({
          target: `/phonenumbers/${changedId}`,
          field: 'costCenter',
          ours: 'CC-UNDO',
          current: 'CHANGED-ELSEWHERE',
          restore: old.get(changedId),
          forced: false,
        }),
      ]);
      expect(undo.skipped).toEqual([
        expect.objectContaining({
          target: `/phonenumbers/${changedId}`,
          skip: expect.objectContaining({ kind: 'conflict' }),
        }),
      ]);
      expect(undo.operations[0]!.changes).toEqual([
        { field: 'costCenter', old: 'CC-UNDO', new: old.get(Number(targets[0]!['id'])) },
      ]);

      engine.start(undo.jobId, { expectedCount: 299 });
      expect((await engine.whenDone(undo.jobId)).counts).toMatchObject({ applied: 299, skipped: 1, failed: 0 });
      for (const [id, value] of old) {
        const now = demo.data.phoneNumbers.get(id)!.costCenter ?? null;
        if (id === changedId) expect(now).toBe('CHANGED-ELSEWHERE');
        else expect(now).toBe(value);
      }

      // forced: the conflicting row is put back too; the rest already hold their old values
      const forced = await engine.planUndo(plan.jobId, { force: true });
      expect(forced.operations.map((o) => o.target)).toEqual([`/phonenumbers/${changedId}`]);
      expect(forced.conflicts[0]).toMatchObject({ forced: true });
      expect(forced.skipped.filter((o) => o.skip?.kind === 'unchanged')).toHaveLength(299);
      engine.start(forced.jobId, { expectedCount: 1 });
      await engine.whenDone(forced.jobId);
      expect(demo.data.phoneNumbers.get(changedId)!.costCenter ?? null).toBe(old.get(changedId));

      // the history and its audit
      expect(engine.list().map((j) => j.kind)).toEqual(['undo', 'undo', 'action']);
      const csv = engine.auditCsv({ jobId: undo.jobId });
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('time;profile;api_user;job;resource;action;row;label;field;old;new;outcome;message');
      expect(lines).toHaveLength(301);
      const first = targets[0]!;
      expect(
        lines.some((l) =>
          l.includes(`;/phonenumbers/${String(first['id'])};${String(first['number'])};costCenter;CC-UNDO;`),
        ),
      ).toBe(true);
      expect(lines.filter((l) => l.includes(';applied;'))).toHaveLength(299);
      expect(lines.filter((l) => l.includes(';skipped;'))).toHaveLength(1);
    },
  );

  it('reads the current values one by one while that takes no more requests than listing the numbers, else lists them in pages of 500', async () => {
    // 3,000 numbers: listing them takes 6 pages of 500
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const engine = await fixture.open(client);
    /** The requests the undo's check of a job on `count` numbers sent (sorted), and the job's targets. */
    const undoReads = async (count: number, value: string): Promise<{ reads: string[]; targets: string[] }> => {
      const targets = phoneTargets(demo, count, value).map((row) => String(row['@id']));
      const plan = await engine.plan({
        resource: 'phone-numbers',
        action: 'set-cost-center',
        targets,
        params: { value },
      });
      engine.start(plan.jobId, { expectedCount: count });
      await engine.whenDone(plan.jobId);
      const before = demo.requestLog.length;
      const undo = await engine.planUndo(plan.jobId);
      expect(undo.operations).toHaveLength(count);
      const reads = demo.requestLog.slice(before).map((e) => `${e.method} ${e.path}${e.query ? `?${e.query}` : ''}`);
      return { reads: reads.sort(), targets };
    };

    // as many rows as pages: reading them one by one costs no more than listing
    const six = await undoReads(6, 'CC-SIX');
    expect(six.reads).toEqual(six.targets.map((iri) => `GET ${iri}`).sort());
    // one row more: the listing is cheaper
    const seven = await undoReads(7, 'CC-SEVEN');
    expect(seven.reads).toEqual([1, 2, 3, 4, 5, 6].map((page) => `GET /phonenumbers?itemsPerPage=500&page=${page}`));
  });

  it('reads the rows one by one when the cache cannot say how many numbers there are', async () => {
    const demo = await startBulkDemo();
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    let cacheReadable = true;
    const engine = await fixture.open(jwtClient(demo), {
      readRows: async (p) => {
        if (!cacheReadable) throw new Error('the cache is locked');
        return fixture.cache.rows(p);
      },
    });
    const targets = phoneTargets(demo, 2, 'CC-BLIND').map((row) => String(row['@id']));
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets,
      params: { value: 'CC-BLIND' },
    });
    engine.start(plan.jobId, { expectedCount: 2 });
    await engine.whenDone(plan.jobId);

    cacheReadable = false;
    const before = demo.requestLog.length;
    expect((await engine.planUndo(plan.jobId)).operations).toHaveLength(2);
    // two reads, not a listing of all 3,000 numbers
    const reads = demo.requestLog.slice(before).map((e) => `${e.method} ${e.path}${e.query ? `?${e.query}` : ''}`);
    expect(reads.sort()).toEqual(targets.map((iri) => `GET ${iri}`).sort());
  });

  it('a value emptied on the platform since is a conflict that names the field and says "(empty)"', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const targets = phoneTargets(demo, 3, 'CC-EMPTIED');
    const engine = await fixture.open(client);
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets: targets.map((row) => String(row['@id'])),
      params: { value: 'CC-EMPTIED' },
    });
    engine.start(plan.jobId, { expectedCount: 3 });
    expect((await engine.whenDone(plan.jobId)).counts.applied).toBe(3);

    const emptied = demo.data.phoneNumbers.get(Number(targets[1]!['id']))!;
    emptied.costCenter = null;
    const undo = await engine.planUndo(plan.jobId);
    expect(undo.operations).toHaveLength(2);
    const reason = undo.skipped.map((o) => o.skip!.reason);
    expect(reason.map((text) => english(text))).toEqual([
      'Changed on the platform since: Cost center is now (empty), not "CC-EMPTIED". Left alone (force to overwrite).',
    ]);
    expect(dutch(reason[0])).toContain('(leeg)');
  });

  it('explains why splits, cool-offs and accepted outports have no undo', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    fixture.cache.seed('/number-blocks', demo.data.numberBlocks.all());
    const engine = await fixture.open(client);
    const block = demo.data.numberBlocks.all().find((b) => b.status === 'cool-off')!;
    const plan = await engine.plan({
      resource: 'number-blocks',
      action: 'end-cool-off',
      targets: [block['@id']],
      params: {},
    });
    expect(plan.undo.available).toBe(false);
    expect(english(plan.undo.note)).toContain('No automatic undo');
    engine.start(plan.jobId, { expectedCount: 1 });
    const done = await engine.whenDone(plan.jobId);
    expect(done).toMatchObject({ undoAvailable: false, counts: { applied: 1 } });
    expect(demo.data.numberBlocks.get(block.id)!.status).toBe('available');
    const undo = await engine.planUndo(plan.jobId);
    expect(undo.operations).toEqual([]);
    // first the job's own reason there is no undo, then what the undo plan found
    expect(undo.notes[0]).toEqual(plan.undo.note);
    expect(undo.notes.map((n) => english(n)).join(' ')).toContain('cool-off');
  });
});
