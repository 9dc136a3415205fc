import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  auditCsv,
  createBulkEngine,
  journalFile,
  journalKeyAccount,
  type BulkEngine,
} from '../../../src-main/bulk/index.ts';
import { journalStamp, readJournalReadOnly } from '../../../src-main/bulk/journal-load.ts';
import { createHistoryService, type HistoryService } from '../../../src-main/history/history-service.ts';
import { bulkFixture, closeDemos, jwtClient, startBulkDemo, type BulkFixture, type Demo } from '../bulk/helpers.ts';

const OTHER = '6f1c7d0e-0000-4000-8000-0000000000b2';

let fixture: BulkFixture;
let demo: Demo;
let other: BulkEngine | null;
beforeEach(async () => {
  fixture = await bulkFixture();
  demo = await startBulkDemo();
  other = null;
});
afterEach(async () => {
  await other?.close();
  await fixture.cleanup();
  await closeDemos();
});

/** The profile that is not on screen: its engine runs one job and closes, as after a switch to the open profile. */
async function otherProfileJob(
  value: string,
  count: number,
): Promise<{ jobId: string; csv: string; numbers: string[] }> {
  const phones = demo.data.phoneNumbers.all().slice(0, count);
  // one row already holds the value: skipped as unchanged
  demo.data.phoneNumbers.all()[0]!.costCenter = value;
  other = await createBulkEngine({
    profileId: OTHER,
    apiUser: () => 'other@demo-telecom.invalid',
    client: () => jwtClient(demo),
    journalDir: fixture.dir,
    vault: fixture.vault,
    readRows: async () => structuredClone(phones) as never,
    onApplied: async () => undefined,
    onEvent: () => undefined,
  });
  const plan = await other.plan({
    resource: 'phone-numbers',
    action: 'set-cost-center',
    targets: phones.map((phone) => phone['@id']),
    params: { value },
  });
  other.start(plan.jobId, { expectedCount: plan.operations.length });
  await other.whenDone(plan.jobId);
  const csv = other.auditCsv({ jobId: plan.jobId });
  await other.close();
  other = null;
  return { jobId: plan.jobId, csv, numbers: phones.map((phone) => phone.number) };
}

function history(open: BulkEngine | null): HistoryService {
  return createHistoryService({
    profiles: async () => [
      { id: fixture.profileId, name: 'Open reseller' },
      { id: OTHER, name: 'Other reseller' },
    ],
    openProfileId: () => (open ? fixture.profileId : null),
    openEngine: async () => open!,
    readJournal: (profileId) => readJournalReadOnly({ dir: fixture.dir, profileId, vault: fixture.vault }),
    journalStamp: (profileId) => journalStamp({ dir: fixture.dir, profileId, vault: fixture.vault }),
  });
}

describe('the history of every profile', () => {
  it('finds a job of a profile that is not open by its row (typed as +31…) and outcome, reading its journal only', async () => {
    const { jobId, csv, numbers } = await otherProfileJob('CC-HIST-1', 4);
    const fileBefore = await readFile(journalFile(fixture.dir, OTHER));
    const open = await fixture.open(jwtClient(demo));
    const service = history(open);

    const skipped = numbers[0]!;
    const found = await service.search({ row: `+31 ${skipped.slice(1)}`, outcome: 'skipped' }, 50);
    expect(found.jobs.map((job) => [job.profileName, job.jobId, job.matchedRows])).toEqual([
      ['Other reseller', jobId, 1],
    ]);
    expect(found.jobs[0]!.matchedLabels).toEqual([skipped]);
    expect(found.profiles).toEqual([
      expect.objectContaining({ name: 'Open reseller', open: true, jobs: 0, problem: null }),
      expect.objectContaining({ name: 'Other reseller', open: false, jobs: 1, problem: null }),
    ]);
    // the same row was applied on none of its jobs
    expect((await service.search({ row: skipped, outcome: 'applied' }, 50)).jobs).toEqual([]);
    expect((await service.search({ row: numbers[1]!, outcome: 'applied' }, 50)).jobs).toHaveLength(1);
    expect((await service.search({ profileId: fixture.profileId }, 50)).jobs).toEqual([]);
    expect((await service.search({ resource: 'number-blocks' }, 50)).jobs).toEqual([]);
    expect((await service.search({ action: 'set-cost-center', to: '2000-01-01' }, 50)).jobs).toEqual([]);

    const audit = await service.audit({ profileId: OTHER, jobId, outcome: 'applied', limit: 100 });
    expect(audit.rows.map((row) => `${row.label} ${row.field} ${String(row.new)}`).sort()).toEqual(
      numbers.slice(1).map((number) => `${number} costCenter CC-HIST-1`),
    );
    expect(auditCsv((await service.exportCsv(OTHER, jobId)).rows)).toBe(csv);
    // read only: the journal's own file is byte for byte what its engine left
    expect(await readFile(journalFile(fixture.dir, OTHER))).toEqual(fileBefore);
  });

  it('shows the open profile live beside the others, and a journal whose key is gone as unreadable, creating none', async () => {
    await otherProfileJob('CC-HIST-2', 2);
    const open = await fixture.open(jwtClient(demo));
    const phones = demo.data.phoneNumbers.all().slice(10, 13);
    fixture.cache.seed('/phonenumbers', phones);
    const plan = await open.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets: phones.map((phone) => phone['@id']),
      params: { value: 'CC-OPEN' },
    });
    open.start(plan.jobId, { expectedCount: plan.operations.length });
    await open.whenDone(plan.jobId);
    const service = history(open);
    const both = await service.search({}, 50);
    expect(both.jobs.map((job) => job.profileName).sort()).toEqual(['Open reseller', 'Other reseller']);
    expect(both.resources).toEqual(['phone-numbers']);

    await fixture.vault.delete(journalKeyAccount(OTHER));
    const without = await service.search({}, 50);
    expect(without.jobs.map((job) => job.profileName)).toEqual(['Open reseller']);
    expect(without.profiles.find((profile) => profile.profileId === OTHER)).toMatchObject({ problem: 'no-key' });
    expect(await fixture.vault.get(journalKeyAccount(OTHER))).toBeNull();
  });
});
