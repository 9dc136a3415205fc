import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { phoneNumberModel } from '../../../src-main/api-model/index.ts';
import { openJournal } from '../../../src-main/bulk/journal.ts';
import type { Op } from '../../../src-main/bulk/types.ts';
import { assumedBindingAt } from '../../../src-main/bulk/write-schema.ts';
import { createPlatformClient, type PlatformClient } from '../../../src-main/platform/client.ts';
import { job, op } from '../../support/bulk-ops.ts';
import { documented, field } from '../../support/platform-fields.ts';
import { english } from '../../support/ui-text.ts';
import {
  bulkFixture,
  closeDemos,
  jwtClient,
  phoneTargets,
  refusedNow,
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

/** A client on a scripted platform: `answer` gives the body of each GET by path (404 when it returns undefined). */
function scriptedPlatform(answer: (path: string) => unknown = () => undefined): {
  client: PlatformClient;
  sent: string[];
} {
  const sent: string[] = [];
  const client = createPlatformClient({
    baseUrl: 'https://platform.invalid',
    auth: { mode: 'static-key', clientId: 'client-123', authToken: async () => 'token' },
    maxAttempts: 1,
    fetch: async (url, init) => {
      const { pathname } = new URL(url);
      sent.push(`${init.method ?? 'GET'} ${pathname}`);
      const body = init.method === undefined || init.method === 'GET' ? answer(pathname) : undefined;
      return new Response(JSON.stringify(body ?? {}), {
        status: body === undefined ? 404 : 200,
        headers: { 'content-type': 'application/ld+json' },
      });
    },
  });
  return { client, sent };
}

/** Journals a job as an earlier run of the app left it, before any engine is opened. */
async function journalled(jobId: string, extra: Parameters<typeof job>[0], ops: Op[]): Promise<void> {
  const { journal } = await openJournal({
    dir: fixture.dir,
    profileId: fixture.profileId,
    vault: fixture.vault,
    now: () => 3_000,
  });
  journal.insertJob(job({ id: jobId, profileId: fixture.profileId, ...extra }), ops);
  journal.close();
}

describe('the engine from start to close', () => {
  it('cancelling an interrupted job is journalled: after the next start it is still cancelled', async () => {
    const jobId = 'b0a1d000-0000-4000-8000-00000000c4a1';
    // the app stopped with the job running: one operation applied, one never sent
    await journalled(jobId, {}, [op(0, 'applied', { updatedAt: 2_500 }), op(1, 'pending')]);
    const { client, sent } = scriptedPlatform();
    const engine = await fixture.open(client);
    expect(engine.detail(jobId).state).toBe('interrupted');

    expect((await engine.cancel(jobId)).state).toBe('cancelled');
    const reopened = await fixture.open(client);
    expect(reopened.detail(jobId)).toMatchObject({ state: 'cancelled', counts: { applied: 1, cancelled: 1 } });
    expect(reopened.interrupted()).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('a plan with nothing to send is refused in words when started', async () => {
    // every selected number already has the cost center the job would set
    const rows = [1, 2, 3].map((n) => ({
      '@id': `/phonenumbers/${n}`,
      number: `020123456${n}`,
      costCenter: 'CC-SAME',
    }));
    fixture.cache.seed('/phonenumbers', rows);
    const { client, sent } = scriptedPlatform();
    const engine = await fixture.open(client);
    const targets = rows.map((row) => row['@id']);
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets,
      params: { value: 'CC-SAME' },
    });

    expect(refusedNow(() => engine.start(plan.jobId, { expectedCount: 0 }))).toEqual({
      code: 'BULK_NOTHING_TO_DO',
      text: 'Nothing to send: every row is skipped.',
    });
    expect(engine.list()).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('a start without a connection journals nothing; the same plan starts once connected', async () => {
    const demo = await startBulkDemo();
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    const client = jwtClient(demo);
    let connected = true;
    const engine = await fixture.open(client, {
      client: () => {
        if (!connected) throw new Error('no profile is connected');
        return client;
      },
    });
    const targets = phoneTargets(demo, 2, 'CC-LATER').map((row) => String(row['@id']));
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets,
      params: { value: 'CC-LATER' },
    });

    connected = false;
    expect(() => engine.start(plan.jobId, { expectedCount: 2 })).toThrow('no profile is connected');
    expect(engine.list()).toEqual([]);
    expect((await fixture.open(client)).list()).toEqual([]);

    connected = true;
    engine.start(plan.jobId, { expectedCount: 2 });
    expect(await engine.whenDone(plan.jobId)).toMatchObject({ state: 'completed', counts: { applied: 2 } });
  });

  it('close waits for the request in flight: its answer is journalled, the unsent rest stays pending to resume', async () => {
    const demo = await startBulkDemo();
    fixture.cache.seed('/phonenumbers', demo.data.phoneNumbers.all());
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    const client = jwtClient(demo, {
      fetch: async (url, init) => {
        if (init?.method === 'PATCH') {
          held = true;
          await gate;
        }
        return fetch(url, init);
      },
    });
    const engine = await fixture.open(client, { concurrency: 1 });
    const targets = phoneTargets(demo, 3, 'CC-CLOSING').map((row) => String(row['@id']));
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets,
      params: { value: 'CC-CLOSING' },
    });
    engine.start(plan.jobId, { expectedCount: 3 });
    await waitFor(() => held);

    let closed = false;
    const closing = engine.close().then(() => (closed = true));
    // counted in turns of the event loop: a close that did not wait for the request would be done long before
    for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    expect(engine.detail(plan.jobId).state).toBe('running');

    release();
    await closing;
    expect(engine.detail(plan.jobId)).toMatchObject({ state: 'interrupted', counts: { applied: 1, pending: 2 } });
    const reopened = await fixture.open(client);
    expect(reopened.detail(plan.jobId)).toMatchObject({
      state: 'interrupted',
      counts: { applied: 1, pending: 2, sending: 0 },
    });
  });

  it('an undo plan names a field that changed since by the platform’s description of the collection', async () => {
    const jobId = 'b0a1d000-0000-4000-8000-00000000b1d0';
    // this platform calls the cost center "cost_center"; the job set it from A to B, someone has set C since
    await journalled(jobId, { state: 'completed', finishedAt: 2_900 }, [
      op(0, 'applied', {
        target: '/phonenumbers/1',
        resourcePath: '/phonenumbers',
        changes: [{ field: 'cost_center', old: 'A', new: 'B' }],
        request: { method: 'PATCH', path: '/phonenumbers/1', body: { cost_center: 'B' } },
        updatedAt: 2_500,
      }),
    ]);
    const row = { '@id': '/phonenumbers/1', number: '0201234567', cost_center: 'C' };
    fixture.cache.seed('/phonenumbers', [row]);
    const phones = documented(phoneNumberModel, [
      field('number'),
      field('cost_center', { writable: true, maxLength: 20 }),
    ]);
    const { client } = scriptedPlatform((path) => (path === '/phonenumbers/1' ? row : undefined));
    const engine = await fixture.open(client, {
      binding: (path) => (path === '/phonenumbers' ? phones : assumedBindingAt(path)),
    });

    const undo = await engine.planUndo(jobId);
    expect(undo.skipped).toHaveLength(1);
    // the console's own name of the field, which only the binding connects to "cost_center"
    expect(english(undo.skipped[0]!.skip!.reason)).toBe(
      'Changed on the platform since: Cost center is now "C", not "B". Left alone (force to overwrite).',
    );
  });
});
