import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventName, EventPayload, GridSnapshot, Row } from '../../../src-preload/contract/index.ts';
import { createAppCore, type AppCore } from '../../../src-main/app/create-app-core.ts';
import { DEFAULT_DEMO_CREDENTIALS } from '../../../src-main/demo/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import { createConfStore } from '../../bridge/conf-store.ts';
import { testKeychainService } from '../../support/keychain.ts';

let core: AppCore;
let userDataDir: string;
let cleanupKeychain: () => Promise<number>;
let seen: { event: EventName; payload: unknown }[];

beforeEach(async () => {
  userDataDir = await mkdtemp(path.join(tmpdir(), 'noc-grids-'));
  const keychain = testKeychainService();
  cleanupKeychain = keychain.cleanup;
  core = createAppCore({
    appInfo: () => ({
      name: 'noc-console',
      version: '0.0.0',
      runtime: { kind: 'bridge', node: process.versions.node },
      platform: process.platform,
    }),
    settingsStore: createConfStore(userDataDir),
    vault: createKeytarVault(keychain.service),
    fetch: (url, init) => fetch(url, init),
    userDataDir,
    demoCredentials: () => DEFAULT_DEMO_CREDENTIALS,
    demoOptions: { phoneNumbers: 5_000 },
  });
  seen = [];
  core.events.subscribe((event, payload) => seen.push({ event, payload }));
  await core.start();
});

afterEach(async () => {
  await core.dispose();
  await cleanupKeychain();
  await rm(userDataDir, { recursive: true, force: true });
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await core.router.dispatch(`t:${Math.random()}`, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

function next<N extends EventName>(
  event: N,
  accept: (payload: EventPayload<N>) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<EventPayload<N>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    const off = core.events.subscribe((name: EventName, payload: unknown) => {
      if ((name as string) === event && accept(payload as EventPayload<N>)) {
        clearTimeout(timer);
        off();
        resolve(payload as EventPayload<N>);
      }
    });
  });
}

/** Everything a renderer would end up with: the answer's first rows, replaced by the whole snapshot event. */
async function openFully(resource: string): Promise<{ snapshot: GridSnapshot; rows: Row[] }> {
  const wholes = new Map<string, Row[]>();
  const off = core.events.subscribe((name, payload) => {
    if (name !== 'grid:rows') return;
    const rows = payload as EventPayload<'grid:rows'>;
    if (rows.kind === 'snapshot' && rows.streamId) wholes.set(rows.streamId, JSON.parse(rows.rowsJson) as Row[]);
  });
  const snapshot = await call<GridSnapshot>('grid:open', { resource });
  const { streamId } = snapshot;
  if (streamId !== null) await vi.waitFor(() => expect(wholes.has(streamId)).toBe(true));
  off();
  return { snapshot, rows: streamId === null ? (JSON.parse(snapshot.rowsJson) as Row[]) : wholes.get(streamId)! };
}

describe('grids in main: cache first, then the platform', () => {
  it('fetches an empty grid from the platform, caches it, and opens it from the cache the next time', async () => {
    const changed = next('grid:changes', (payload) => payload.resource === 'phone-numbers');
    const ended = next('grid:sync-end', (payload) => payload.resource === 'phone-numbers');
    const paged: Row[] = [];
    const off = core.events.subscribe((name, payload) => {
      const rows = payload as EventPayload<'grid:rows'>;
      if (name === 'grid:rows' && rows.kind === 'pages' && rows.resource === 'phone-numbers')
        paged.push(...(JSON.parse(rows.rowsJson) as Row[]));
    });
    const first = await call<GridSnapshot>('grid:open', { resource: 'phone-numbers' });
    expect(first).toMatchObject({ rowCount: 0, fetchedAt: null, streamId: null });
    const changes = await changed;
    off();
    // The rows came as the pages arrived; the end of the refresh adds only what they did not bring.
    expect(paged).toHaveLength(5_000);
    expect(changes.added).toHaveLength(0);
    expect(changes.removed).toHaveLength(0);
    expect(changes.complete).toBe(true);
    expect((await ended).outcome).toBe('done');

    const { snapshot, rows } = await openFully('phone-numbers');
    expect(snapshot.rowCount).toBe(5_000);
    expect(snapshot.streamId).not.toBeNull();
    expect(rows).toHaveLength(5_000);
    // the answer holds the snapshot's own first rows, a few screens' worth: the rest joins them in the same order
    expect(JSON.parse(snapshot.rowsJson)).toEqual(rows.slice(0, 500));
    expect(new Set(rows.map((row) => row['@id'])).size).toBe(5_000);
    expect(snapshot.fetchedAt).toBe(changes.fetchedAt);
  });

  it('a refresh sends only what changed on the platform', async () => {
    const loaded = next('grid:sync-end', (payload) => payload.resource === 'phone-numbers');
    await call('grid:open', { resource: 'phone-numbers' });
    await loaded;
    const demo = core.demo.current()!;
    const [target] = demo.data.phoneNumbers.all();
    const response = await fetch(`${demo.url}/phonenumbers/${target!.id}`, {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/merge-patch+json',
        'CLIENT-ID': DEFAULT_DEMO_CREDENTIALS.clientId,
        'AUTH-TOKEN': DEFAULT_DEMO_CREDENTIALS.password,
      },
      body: JSON.stringify({ costCenter: 'Changed elsewhere' }),
    });
    expect(response.status).toBe(200);
    const changed = next('grid:changes', (payload) => payload.resource === 'phone-numbers');
    expect(await call<{ started: boolean }>('grid:refresh', { resource: 'phone-numbers' })).toEqual({ started: true });
    const changes = await changed;
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
    expect(changes.updated).toHaveLength(1);
    expect(changes.updated[0]).toMatchObject({ '@id': `/phonenumbers/${target!.id}`, costCenter: 'Changed elsewhere' });
  });

  it('goes offline when the platform disappears, keeps serving the cache, and comes back by itself', async () => {
    const loaded = next('grid:sync-end', (payload) => payload.resource === 'sim-cards');
    await call('grid:open', { resource: 'sim-cards' });
    await loaded;
    await core.demo.setAvailable(false);
    const failed = next('grid:sync-end', (payload) => payload.resource === 'sim-cards');
    expect(await call<{ started: boolean }>('grid:refresh', { resource: 'sim-cards' })).toEqual({ started: true });
    const end = await failed;
    expect(end.outcome).toBe('offline');
    expect(core.connection.status().state).toBe('offline');
    expect(await call<{ started: boolean }>('grid:refresh', { resource: 'sim-cards' })).toEqual({ started: false });
    const { rows } = await openFully('sim-cards');
    expect(rows.length).toBeGreaterThan(0);

    const reconnected = next('connection:changed', (payload) => payload.state === 'connected', 30_000);
    const refreshedEnd = next(
      'grid:sync-end',
      (payload) => payload.resource === 'sim-cards' && payload.outcome === 'done',
      30_000,
    );
    await core.demo.setAvailable(true);
    await reconnected;
    const refreshed = await refreshedEnd;
    expect(refreshed.outcome).toBe('done');
  });

  it('keeps column state per profile and resource, and clears the cache on request', async () => {
    await call('grid:column-state:set', { resource: 'outports', state: [{ colId: 'status', hide: true }] });
    expect(await call('grid:column-state:get', { resource: 'outports' })).toEqual([{ colId: 'status', hide: true }]);
    expect(await call('grid:column-state:get', { resource: 'sim-cards' })).toBeNull();
    const loaded = next('grid:sync-end', (payload) => payload.resource === 'outports');
    await call('grid:open', { resource: 'outports' });
    await loaded;
    const before = await call<{ sizeBytes: number }>('cache:info', {});
    expect(before.sizeBytes).toBeGreaterThan(0);
    await call('cache:clear', {});
    const reopened = await call<GridSnapshot>('grid:open', { resource: 'outports' });
    expect(reopened.rowCount).toBe(0);
  });

  it('refuses unknown resources and tabs with a clear error', async () => {
    const result = await core.router.dispatch('x', 'grid:open', { resource: 'invoices' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'UNKNOWN_RESOURCE',
      message: 'There is no resource called "invoices".',
    });
    const tab = await core.router.dispatch('y', 'grid:open', { resource: 'x2voip-routes', tab: 'nope' });
    expect(tab.ok ? null : tab.error.code).toBe('UNKNOWN_RESOURCE');
    const refresh = await core.router.dispatch('z', 'grid:refresh', { resource: 'invoices' });
    expect(refresh.ok ? null : refresh.error.code).toBe('UNKNOWN_RESOURCE');
    expect(await call('grid:column-state:set', { resource: 'invoices', state: [] })).toEqual({ saved: false });
    void seen;
  });
});
