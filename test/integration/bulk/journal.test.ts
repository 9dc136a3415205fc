import { dutch, english } from '../../support/ui-text.ts';
import { readdir } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalFile, journalKeyAccount } from '../../../src-main/bulk/index.ts';
import { openJournal } from '../../../src-main/bulk/journal.ts';
import { readJournalReadOnly } from '../../../src-main/bulk/journal-load.ts';
import type { JobRecord, Op } from '../../../src-main/bulk/types.ts';
import { job, op } from '../../support/bulk-ops.ts';
import { bulkFixture, closeDemos, journalBytes, jwtClient, startBulkDemo, type BulkFixture } from './helpers.ts';

let fixture: BulkFixture;
beforeEach(async () => {
  fixture = await bulkFixture();
});
afterEach(async () => {
  await fixture.cleanup();
  await closeDemos();
});

describe('the journal', () => {
  it('keeps the history across restarts, sealed: no phone number, forward target or cost center in plaintext', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    fixture.cache.seed('/order-details-x2voip-numbers-scheduled-forwards', demo.data.scheduledForwards.all());
    const engine = await fixture.open(client);
    const phones = demo.data.phoneNumbers.all().slice(0, 20);
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets: phones.map((p) => p['@id']),
      params: { value: 'SECRET-CC-7' },
    });
    engine.start(plan.jobId, { expectedCount: plan.operations.length });
    await engine.whenDone(plan.jobId);
    const x2 = demo.data.orderDetailsX2voipNumbers.all().slice(0, 2);
    const fwd = await engine.plan({
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: x2.map((n) => n['@id']),
      params: { forwardTo: '0687654321' },
    });
    engine.start(fwd.jobId, { expectedCount: 2 });
    await engine.whenDone(fwd.jobId);

    const bytes = (await journalBytes(fixture.dir)).toString('latin1');
    for (const p of phones) {
      expect(bytes.includes(p.number)).toBe(false);
      expect(bytes.includes(p.number.slice(1))).toBe(false);
    }
    for (const n of x2) expect(bytes.includes(n.number)).toBe(false);
    for (const needle of ['0687654321', '687654321', 'SECRET-CC-7', 'costCenter', 'phonenumbers'])
      expect(bytes.includes(needle)).toBe(false);

    const history = engine.list();
    const reopened = await fixture.open(client);
    expect(reopened.list()).toEqual(history);
    expect(reopened.detail(plan.jobId)).toEqual(engine.detail(plan.jobId));
    expect(reopened.auditCsv()).toBe(engine.auditCsv());
    expect(reopened.auditRows({ jobId: fwd.jobId })).toHaveLength(6);
    expect(reopened.auditRows()[0]).toMatchObject({
      profileId: fixture.profileId,
      apiUser: 'noc-demo@demo-telecom.invalid',
      resource: 'phone-numbers',
    });
  });

  it('a journal whose key is gone from the keychain is set aside with a notice, and a new one starts', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const engine = await fixture.open(client);
    const phone = demo.data.phoneNumbers.all()[0]!;
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets: [phone['@id']],
      params: { value: 'KEYLESS' },
    });
    engine.start(plan.jobId, { expectedCount: 1 });
    await engine.whenDone(plan.jobId);
    await engine.close();

    await fixture.vault.delete(journalKeyAccount(fixture.profileId));
    const fresh = await fixture.open(client);
    expect(fresh.list()).toEqual([]);
    expect(fixture.events.filter((e) => e.type === 'notice')).toHaveLength(1);
    expect((await readdir(fixture.dir)).some((name) => name.includes('.unreadable-'))).toBe(true);
  });

  it('checks every record when it is read: a damaged job is reported and left out, the others load intact', async () => {
    const demo = await startBulkDemo();
    const client = jwtClient(demo);
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const engine = await fixture.open(client);
    const phones = demo.data.phoneNumbers.all();
    const jobIds: string[] = [];
    for (const [i, value] of ['JOURNAL-A', 'JOURNAL-B', 'JOURNAL-C', 'JOURNAL-D'].entries()) {
      const plan = await engine.plan({
        resource: 'phone-numbers',
        action: 'set-cost-center',
        targets: phones.slice(i * 3, i * 3 + 3).map((p) => p['@id']),
        params: { value },
      });
      engine.start(plan.jobId, { expectedCount: 3 });
      await engine.whenDone(plan.jobId);
      jobIds.push(plan.jobId);
    }
    const intact = engine.detail(jobIds[3]!);
    await engine.close();

    const db = new DatabaseSync(journalFile(fixture.dir, fixture.profileId));
    // a state no journal may hold, an op's plan moved onto another op, and a result that is not a sealed blob
    db.prepare('UPDATE jobs SET state = ? WHERE id = ?').run('planned', jobIds[0]!);
    const plan0 = db.prepare('SELECT plan FROM ops WHERE job_id = ? AND idx = 0').get(jobIds[1]!) as {
      plan: Uint8Array;
    };
    db.prepare('UPDATE ops SET plan = ? WHERE job_id = ? AND idx = 1').run(plan0.plan, jobIds[1]!);
    db.prepare('UPDATE ops SET result = ? WHERE job_id = ? AND idx = 2').run(new Uint8Array([1, 2, 3]), jobIds[2]!);
    db.close();

    fixture.events.length = 0;
    const reopened = await fixture.open(client);
    expect(reopened.list().map((job) => job.jobId)).toEqual([jobIds[3]]);
    expect(reopened.detail(jobIds[3]!)).toEqual(intact);
    const notices = fixture.events.flatMap((e) => (e.type === 'notice' ? [e.notice.message] : []));
    expect(notices).toHaveLength(1);
    expect(english(notices[0]!)).toContain('3 bulk jobs in the history could not be read back intact');
    for (const id of jobIds.slice(0, 3)) expect(english(notices[0]!)).toContain(id.slice(0, 8));
    expect(dutch(notices[0]!)).toContain('3 bulktaken');
    expect(() => reopened.detail(jobIds[0]!)).toThrow(/bulk\.unknownJob/);
  });
});

describe('opening a journal the app left with jobs under way', () => {
  /** Writes these jobs, one pending operation each, as the app would have left them when it stopped. */
  async function leave(jobs: readonly Partial<JobRecord>[]): Promise<void> {
    const { journal } = await openJournal({
      dir: fixture.dir,
      profileId: fixture.profileId,
      vault: fixture.vault,
      now: () => 1_000,
    });
    for (const extra of jobs) journal.insertJob(job({ profileId: fixture.profileId, ...extra }), [op(0, 'pending')]);
    journal.close();
  }

  it('shows a job left running, paused or reconciling as interrupted, and journals it so', async () => {
    const ids = {
      running: 'a1a1a1a1-0000-4000-8000-000000000001',
      paused: 'b2b2b2b2-0000-4000-8000-000000000002',
      reconciling: 'c3c3c3c3-0000-4000-8000-000000000003',
      completed: 'd4d4d4d4-0000-4000-8000-000000000004',
    } as const;
    await leave([
      { id: ids.running, state: 'running', createdAt: 1_000 },
      { id: ids.paused, state: 'paused', createdAt: 1_100 },
      { id: ids.reconciling, state: 'reconciling', createdAt: 1_200 },
      { id: ids.completed, state: 'completed', createdAt: 1_300, finishedAt: 2_500 },
    ]);

    const engine = await fixture.open(jwtClient(await startBulkDemo()));
    expect(engine.interrupted().map((summary) => summary.jobId)).toEqual([ids.running, ids.paused, ids.reconciling]);
    expect(engine.list().find((summary) => summary.jobId === ids.completed)?.state).toBe('completed');
    await engine.close();

    // what the history of a profile that is not open reads, as recorded
    const read = await readJournalReadOnly({ dir: fixture.dir, profileId: fixture.profileId, vault: fixture.vault });
    expect(read.ok && Object.fromEntries(read.jobs.map(({ job: record }) => [record.id, record.state]))).toEqual({
      [ids.running]: 'interrupted',
      [ids.paused]: 'interrupted',
      [ids.reconciling]: 'interrupted',
      [ids.completed]: 'completed',
    });
  });

  it('names the damaged jobs in its notice by the first 8 characters of their ids, in a list', async () => {
    await leave([
      { id: 'a1a1a1a1-0000-4000-8000-000000000001', createdAt: 1_000 },
      { id: 'b2b2b2b2-0000-4000-8000-000000000002', createdAt: 1_100 },
      { id: 'c3c3c3c3-0000-4000-8000-000000000003', createdAt: 1_200 },
    ]);
    const db = new DatabaseSync(journalFile(fixture.dir, fixture.profileId));
    // a state no journal may hold
    db.prepare("UPDATE jobs SET state = 'planned' WHERE id <> ?").run('c3c3c3c3-0000-4000-8000-000000000003');
    db.close();

    const engine = await fixture.open(jwtClient(await startBulkDemo()));
    expect(engine.list().map((summary) => summary.jobId)).toEqual(['c3c3c3c3-0000-4000-8000-000000000003']);
    const notices = fixture.events.flatMap((e) => (e.type === 'notice' ? [english(e.notice.message)] : []));
    expect(notices).toEqual([
      '2 bulk jobs in the history could not be read back intact (a1a1a1a1, b2b2b2b2) and are not shown, resumed or undone. Check on the platform whether their changes were applied; the records stay in the journal file.',
    ]);
  });
});

describe('journals written by earlier versions', () => {
  it('still read job titles, questions and skip reasons held in both languages, and show them', async () => {
    const { journal } = await openJournal({
      dir: fixture.dir,
      profileId: fixture.profileId,
      vault: fixture.vault,
      now: () => 1_000,
    });
    const job: JobRecord = {
      id: 'b0a1d000-0000-4000-8000-000000000001',
      profileId: fixture.profileId,
      resource: 'phone-numbers',
      action: 'set-cost-center',
      kind: 'action',
      parentJobId: null,
      params: { value: 'OLD' },
      title: { en: 'Set cost center to "OLD"', nl: 'Kostenplaats instellen op "OLD"' },
      confirmation: { en: 'Set the cost center of 1 phone number?', nl: 'De kostenplaats van 1 telefoonnummer?' },
      notes: [],
      lines: [],
      conflicts: [],
      undo: { available: true, note: null },
      apiUser: 'noc-demo@demo-telecom.invalid',
      state: 'completed',
      createdAt: 1_000,
      startedAt: 1_000,
      finishedAt: 2_000,
    };
    const skippedOp: Op = {
      index: 0,
      kind: 'patch',
      target: '/phonenumbers/1',
      label: '0201234567',
      changes: [{ field: 'costCenter', old: 'OLD', new: 'OLD' }],
      request: { method: 'PATCH', path: '/phonenumbers/1' },
      resourcePath: '/phonenumbers',
      state: 'skipped',
      skip: { kind: 'unchanged', reason: { en: 'Already holds this value.', nl: 'Heeft deze waarde al.' } },
      outcome: null,
      createdIri: null,
      sentAt: null,
      updatedAt: 2_000,
      attempts: 0,
      retry: null,
    };
    journal.insertJob(job, [skippedOp]);
    journal.close();

    const engine = await fixture.open(jwtClient(await startBulkDemo()));
    const [listed] = engine.list();
    expect(listed?.jobId).toBe(job.id);
    expect(english(listed!.title)).toBe('Set cost center to "OLD"');
    expect(dutch(listed!.title)).toBe('Kostenplaats instellen op "OLD"');
    const [row] = engine.auditRows({ jobId: job.id });
    expect(english(row!.text)).toBe('Already holds this value.');
    expect(dutch(row!.text)).toBe('Heeft deze waarde al.');
    expect(engine.auditCsv({ jobId: job.id })).toContain('Already holds this value.');
  });
});
