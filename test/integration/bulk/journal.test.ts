import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalKeyAccount } from '../../../src-main/bulk/index.ts';
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
});
