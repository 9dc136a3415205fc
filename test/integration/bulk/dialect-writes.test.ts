import { dutch, english } from '../../support/ui-text.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  BulkJobDetail,
  BulkJobPlan,
  BulkJobSpecInput,
  EventPayload,
  Message,
  ResourceDescriptor,
  SchemaStatus,
} from '../../../src-preload/contract/index.ts';
import { createAppCore, type AppCore } from '../../../src-main/app/create-app-core.ts';
import { DEFAULT_DEMO_CREDENTIALS, type DemoPlatform } from '../../../src-main/demo/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import { createConfStore } from '../../bridge/conf-store.ts';
import { testKeychainService } from '../../support/keychain.ts';

/**
 * The whole main process (app core, schema discovery, grids, bulk engine) against the demo in its renamed
 * dialect: other field names (startsAt/endsAt, coolOffEnd), other status values (COOLING_OFF, OPEN, APPROVED) and
 * a writable SIM-card cost center. What the console writes must follow the platform's own description.
 */
let core: AppCore | null = null;
const cleanups: (() => Promise<unknown>)[] = [];
/** Every write body the console sent, by method and path. */
const sent: { method: string; path: string; body: unknown }[] = [];

afterEach(async () => {
  await core?.dispose();
  core = null;
  sent.length = 0;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function renamedDialect(
  dialect: 'renamed' | 'undocumented' = 'renamed',
): Promise<{ app: AppCore; demo: DemoPlatform }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'noc-dialect-writes-'));
  const keychain = testKeychainService();
  cleanups.push(() => rm(dir, { recursive: true, force: true }), keychain.cleanup);
  const app = createAppCore({
    appInfo: () => ({ name: 'noc', version: '0', runtime: { kind: 'bridge', node: '' }, platform: process.platform }),
    settingsStore: createConfStore(dir),
    vault: createKeytarVault(keychain.service),
    fetch: (url, init) => {
      const method = init?.method ?? 'GET';
      if (method !== 'GET' && typeof init?.body === 'string')
        sent.push({ method, path: new URL(url).pathname, body: JSON.parse(init.body) as unknown });
      return fetch(url, init);
    },
    userDataDir: dir,
    demoCredentials: () => DEFAULT_DEMO_CREDENTIALS,
    demoOptions: { phoneNumbers: 600, dialect },
  });
  core = app;
  const documented = next<SchemaStatus>(app, 'schema:changed', (s) => !s.fromCache && s.fetchedAt !== null);
  await app.start();
  expect((await documented).basis).toBe(dialect === 'renamed' ? 'documented' : 'assumed');
  return { app, demo: app.demo.current()! };
}

function next<T>(app: AppCore, event: string, accept: (payload: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event}`)), 30_000);
    const off = app.events.subscribe((name, payload) => {
      if ((name as string) === event && payload !== null && accept(payload as T)) {
        clearTimeout(timer);
        off();
        resolve(payload as T);
      }
    });
  });
}

async function call<T>(app: AppCore, channel: string, input: unknown = {}): Promise<T> {
  const result = await app.router.dispatch(`t:${Math.random()}`, channel, input);
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message}`), result.error);
  return result.value as T;
}

/** Opens a grid and waits until its rows are in the cache, as a person opening the view does. */
async function openGrid(app: AppCore, resource: string): Promise<void> {
  const synced = next<EventPayload<'grid:sync-end'>>(app, 'grid:sync-end', (p) => p.resource === resource);
  await call(app, 'grid:open', { resource });
  expect((await synced).outcome).toBe('done');
}

/** Plans, applies, and waits for the job to finish, as the Preview and Apply buttons do. */
async function apply(app: AppCore, spec: BulkJobSpecInput): Promise<{ plan: BulkJobPlan; done: BulkJobDetail }> {
  const plan = await call<BulkJobPlan>(app, 'bulk:plan', spec);
  return { plan, done: await finish(app, plan) };
}

async function finish(app: AppCore, plan: BulkJobPlan): Promise<BulkJobDetail> {
  await call(app, 'bulk:start', { jobId: plan.jobId, expectedCount: plan.operations.length });
  for (;;) {
    const done = await call<BulkJobDetail>(app, 'bulk:detail', { jobId: plan.jobId });
    if (done.state === 'completed') return done;
    if (done.state !== 'running') throw new Error(`job ${done.state}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('writes follow the platform in another dialect', () => {
  it('end cool-off plans and applies to exactly the blocks in cool-off, and the preview says why', async () => {
    const { app, demo } = await renamedDialect();
    await openGrid(app, 'number-blocks');
    const all = demo.data.numberBlocks.all();
    const cooling = all.filter((b) => b.status === 'cool-off').map((b) => b['@id']);
    expect(cooling.length).toBeGreaterThan(0);
    // half the answers are lost: re-reading the block in the platform's words settles them
    demo.setFaults({ lostResponseRate: 0.5 });
    const { plan, done } = await apply(app, {
      resource: 'number-blocks',
      action: 'end-cool-off',
      targets: all.map((b) => b['@id']),
      params: {},
    });
    expect(plan.operations.map((o) => o.target).sort()).toEqual([...cooling].sort());
    expect(plan.skipped).toHaveLength(all.length - cooling.length);
    expect(english(plan.operations[0]!.rule)).toContain('"COOLING_OFF" means cool-off');
    expect(plan.operations[0]!.changes[0]).toMatchObject({ field: 'status', old: 'COOLING_OFF', new: 'FREE' });
    expect(plan.skipped.map((o) => english(o.skip!.reason)).join(' ')).toMatch(/status "(FREE|IN_USE)" means/);
    expect(done.counts).toMatchObject({ applied: cooling.length, failed: 0, unknown: 0 });
    expect(demo.data.numberBlocks.all().filter((b) => b.status === 'cool-off')).toEqual([]);
  });

  it('accept applies to exactly the pending outports, once each, even when every answer is lost', async () => {
    const { app, demo } = await renamedDialect();
    await openGrid(app, 'outports');
    const all = demo.data.outports.all();
    const pending = all.filter((o) => o.status === 'pending').map((o) => o['@id']);
    // re-reading finds "APPROVED" where it asked for it: applied, not sent again
    demo.setFaults({ lostResponseRate: 1 });
    const { plan, done } = await apply(app, {
      resource: 'outports',
      action: 'accept-outport',
      targets: all.map((o) => o['@id']),
      params: {},
    });
    expect(plan.operations.map((o) => o.target).sort()).toEqual([...pending].sort());
    expect(plan.operations[0]!.changes[0]).toMatchObject({ old: 'OPEN', new: 'APPROVED' });
    expect(done.counts).toMatchObject({ applied: pending.length, failed: 0, unknown: 0 });
    for (const op of done.operations.filter((o) => o.state === 'applied'))
      expect(op.outcome).toMatchObject({ reconciled: true });
    for (const iri of pending) expect(demo.data.outports.all().find((o) => o['@id'] === iri)!.status).toBe('accepted');
    expect(demo.requestLog.filter((e) => e.path === '/outports/accept-outport')).toHaveLength(pending.length);
  });

  it("an outport whose status the console cannot read is sent, and the platform's refusal shows on its row", async () => {
    const { app, demo } = await renamedDialect();
    const [odd, pending] = demo.data.outports.all().filter((o) => o.status === 'pending');
    odd!.status = 'on-hold';
    await openGrid(app, 'outports');
    const { plan, done } = await apply(app, {
      resource: 'outports',
      action: 'accept-outport',
      targets: [odd!['@id'], pending!['@id']],
      params: {},
    });
    expect(plan.operations.map((o) => english(o.rule))).toEqual([
      'Status "on-hold" is not one the console can read: sent so that the platform decides (a refusal shows on this row).',
      'Pending: its status "OPEN" means pending.',
    ]);
    expect(done.counts).toMatchObject({ applied: 1, failed: 1 });
    const refused = done.operations.find((o) => o.target === odd!['@id'])!;
    expect(refused).toMatchObject({ state: 'failed', outcome: { status: 409 } });
    expect(refused.outcome!.platformMessage).toContain('is not pending');
  });

  it("a scheduled forward is created with the dialect's field names and its window lands on the platform", async () => {
    const { app, demo } = await renamedDialect();
    await openGrid(app, 'scheduled-forwards');
    const number = demo.data.orderDetailsX2voipNumbers.all()[2]!;
    const { done } = await apply(app, {
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: [number['@id']],
      params: { forwardTo: '+31 6 1122 3344', dateStart: '2030-07-01T09:00:00Z', dateEnd: '2030-07-02T09:00:00Z' },
    });
    expect(done.counts).toMatchObject({ applied: 1, failed: 0 });
    const posted = sent.filter((s) => s.method === 'POST' && s.path.endsWith('-scheduled-forwards'));
    expect(posted).toEqual([
      {
        method: 'POST',
        path: '/order-details-x2voip-numbers-scheduled-forwards',
        body: {
          orderDetailsX2voipNumber: number['@id'],
          forwardTo: '0611223344',
          startsAt: '2030-07-01T09:00:00.000Z',
          endsAt: '2030-07-02T09:00:00.000Z',
        },
      },
    ]);
    const created = demo.data.scheduledForwards.all().find((f) => f['@id'] === done.operations[0]!.createdIri);
    expect(created).toMatchObject({ forwardTo: '0611223344', dateStart: '2030-07-01T09:00:00.000Z' });
  });

  it("retrying a forward the platform refused sends it again with the dialect's field names", async () => {
    const { app, demo } = await renamedDialect();
    await openGrid(app, 'scheduled-forwards');
    const number = demo.data.orderDetailsX2voipNumbers.all()[4]!;
    demo.data.orderDetailsX2voipNumbers.remove(number.id);
    const { plan, done } = await apply(app, {
      resource: 'scheduled-forwards',
      action: 'create-forward',
      targets: [number['@id']],
      params: { forwardTo: '+31 6 5544 3322', dateStart: '2030-08-01T09:00:00Z', dateEnd: '2030-08-02T09:00:00Z' },
    });
    expect(done.counts).toMatchObject({ applied: 0, failed: 1 });

    demo.data.orderDetailsX2voipNumbers.insert(number);
    sent.length = 0;
    const retry = await call<BulkJobPlan>(app, 'bulk:retry-failed', { jobId: plan.jobId });
    expect(retry.operations.map((o) => o.target)).toEqual([number['@id']]);
    expect((await finish(app, retry)).counts).toMatchObject({ applied: 1, failed: 0 });
    expect(sent.filter((s) => s.method === 'POST').map((s) => s.body)).toEqual([
      {
        orderDetailsX2voipNumber: number['@id'],
        forwardTo: '0655443322',
        startsAt: '2030-08-01T09:00:00.000Z',
        endsAt: '2030-08-02T09:00:00.000Z',
      },
    ]);
  });

  it('SIM cards offer a cost-center bulk edit that lands on the platform; a value too long changes nothing', async () => {
    const { app, demo } = await renamedDialect();
    const descriptors = await call<ResourceDescriptor[]>(app, 'resources:list');
    const sims = descriptors.find((d) => d.id === 'sim-cards')!;
    expect(sims.writable).toEqual([expect.objectContaining({ field: 'costCenter', maxLength: 50 })]);
    expect(dutch(sims.writable[0]!.label)).toBe('Kostenplaats');
    expect(sims.actions.map((a) => a.id)).toEqual(['bulk-edit', 'edit-cell']);
    await openGrid(app, 'sim-cards');
    const targets = demo.data.simCards
      .all()
      .slice(0, 5)
      .map((s) => s['@id']);

    const before = sent.length;
    const refusal = await call(app, 'bulk:plan', {
      resource: 'sim-cards',
      action: 'bulk-edit',
      targets,
      params: { field: 'costCenter', value: 'x'.repeat(51) },
    }).then(
      () => null,
      (error: { code: string; details?: unknown }) => error,
    );
    expect(refusal?.code).toBe('BULK_INVALID_PARAMS');
    expect(english((refusal?.details as { message: Message }).message)).toContain('At most 50');
    expect(sent.length).toBe(before);

    const { done } = await apply(app, {
      resource: 'sim-cards',
      action: 'bulk-edit',
      targets,
      params: { field: 'costCenter', value: ' Fleet NL ' },
    });
    expect(done.counts.failed).toBe(0);
    expect(sent.filter((s) => s.method === 'PATCH').map((s) => s.body)).toContainEqual({ costCenter: 'Fleet NL' });
    for (const sim of demo.data.simCards.all().slice(0, 5)) expect(sim['costCenter']).toBe('Fleet NL');
  });
  it("a CSV import of cost centers writes the platform's own field name", async () => {
    const { app, demo } = await renamedDialect();
    await openGrid(app, 'phone-numbers');
    const numbers = demo.data.phoneNumbers
      .all()
      .slice(0, 3)
      .map((row) => String(row['number']));
    const before = sent.length;
    const { done } = await apply(app, {
      resource: 'phone-numbers',
      action: 'import-csv',
      targets: [],
      params: { text: numbers.map((n) => `${n};Import-NL`).join('\n') },
    });
    expect(done.counts.failed).toBe(0);
    const patches = sent.slice(before).filter((s) => s.method === 'PATCH');
    expect(patches.map((s) => s.body)).toEqual([
      { cost_center: 'Import-NL' },
      { cost_center: 'Import-NL' },
      { cost_center: 'Import-NL' },
    ]);
    for (const row of demo.data.phoneNumbers.all().slice(0, 3)) expect(row['costCenter']).toBe('Import-NL');
  });
  it('undo re-reads the platform at a page size it accepts (this one refuses pages over 250)', async () => {
    const { app, demo } = await renamedDialect('undocumented');
    await openGrid(app, 'phone-numbers');
    const targets = demo.data.phoneNumbers
      .all()
      .slice(0, 300)
      .map((row) => String(row['@id']));
    const { plan } = await apply(app, {
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets,
      params: { value: 'Undo-NL' },
    });
    const undo = await call<BulkJobPlan>(app, 'bulk:plan-undo', { jobId: plan.jobId });
    expect(undo.operations.filter((op) => op.skip === null)).toHaveLength(300);
  });
});
