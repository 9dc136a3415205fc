import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  EventPayload,
  Overview,
  OverviewLink,
  ResourceDescriptor,
  Row,
  SearchResult,
} from '../../../src-preload/contract/index.ts';
import { matchesPreset } from '../../../src-preload/contract/shared/deadlines.ts';
import { createAppCore, type AppCore } from '../../../src-main/app/create-app-core.ts';
import { DEFAULT_DEMO_CREDENTIALS, type DemoDialectId } from '../../../src-main/demo/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import { createConfStore } from '../../bridge/conf-store.ts';
import { testKeychainService } from '../../support/keychain.ts';

const cores: AppCore[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function call<T>(app: AppCore, channel: string, input: unknown = {}): Promise<T> {
  const result = await app.router.dispatch(`t:${Math.random()}`, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** What the overview reads, as grids (a resource and a tab). */
const SOURCES = [
  'outports',
  'tracking-devices',
  'tracking-devices/outage-report',
  'scheduled-forwards',
  'number-blocks',
  'sim-cards',
  'phone-numbers',
];

/** A connected demo of this dialect whose cache holds every collection the overview reads. */
async function connected(dialect: DemoDialectId): Promise<AppCore> {
  const dir = await mkdtemp(path.join(tmpdir(), 'noc-overview-'));
  const keychain = testKeychainService();
  cleanups.push(() => rm(dir, { recursive: true, force: true }), keychain.cleanup);
  const app = createAppCore({
    appInfo: () => ({ name: 'noc', version: '0', runtime: { kind: 'bridge', node: '' }, platform: process.platform }),
    settingsStore: createConfStore(dir),
    vault: createKeytarVault(keychain.service),
    fetch: (url, init) => fetch(url, init),
    userDataDir: dir,
    demoCredentials: () => DEFAULT_DEMO_CREDENTIALS,
    demoOptions: { phoneNumbers: 600, dialect },
  });
  cores.push(app);
  const documented = new Promise<void>((resolve) => {
    const off = app.events.subscribe((name, payload) => {
      const status = payload as EventPayload<'schema:changed'>;
      if (name === 'schema:changed' && status && !status.fromCache && status.fetchedAt !== null) {
        off();
        resolve();
      }
    });
  });
  await app.start();
  if (dialect !== 'undocumented') await documented;
  const filled = new Promise<void>((resolve, reject) => {
    const left = new Set(SOURCES);
    const timer = setTimeout(() => reject(new Error(`not filled: ${[...left].join(', ')}`)), 30_000);
    const off = app.events.subscribe((name, payload) => {
      const end = payload as EventPayload<'grid:sync-end'>;
      if (name !== 'grid:sync-end') return;
      expect(end.outcome).toBe('done');
      left.delete(end.tab ? `${end.resource}/${end.tab}` : end.resource);
      if (left.size === 0) {
        clearTimeout(timer);
        off();
        resolve();
      }
    });
  });
  // on a connected profile with nothing cached, the overview has the grids fetch what it reads
  await call<Overview>(app, 'overview:get', {});
  await filled;
  return app;
}

/** The counts of every tile, chart bar and list line, by where they are. */
function counts(overview: Overview): Record<string, number> {
  const result: Record<string, number> = {};
  for (const tile of overview.tiles) {
    result[tile.id] = tile.count;
    for (const entry of [...tile.chart, ...tile.list]) result[`${tile.id}.${entry.key}`] = entry.count;
  }
  return { ...result, ...Object.fromEntries(Object.entries(overview.badges).map(([key, n]) => [`badge.${key}`, n])) };
}

const gridLinks = (overview: Overview): { count: number; link: Extract<OverviewLink, { kind: 'grid' }> }[] =>
  overview.tiles.flatMap((tile) =>
    [{ count: tile.count, link: tile.link }, ...[...tile.chart, ...tile.list]].flatMap((entry) =>
      entry.link?.kind === 'grid' ? [{ count: entry.count, link: entry.link }] : [],
    ),
  );

describe('the overview and the search follow the platform schema', () => {
  it('count the same in a dialect that renames fields and status values, and link to the rows they count', async () => {
    const standard = await connected('standard');
    const renamed = await connected('renamed');
    const ours = await call<Overview>(standard, 'overview:get', {});
    const theirs = await call<Overview>(renamed, 'overview:get', {});
    expect(counts(ours).outports).toBeGreaterThan(0);
    expect(counts(ours)['blocks']).toBeGreaterThan(0);
    expect(counts(theirs)).toEqual(counts(ours));

    // each link's filter, applied by the grid to the platform's rows, shows exactly the rows counted
    const descriptors = await call<ResourceDescriptor[]>(renamed, 'resources:list');
    const links = gridLinks(theirs);
    expect(links.length).toBeGreaterThan(5);
    const now = Date.now();
    for (const { count, link } of links) {
      const descriptor = descriptors.find((candidate) => candidate.id === link.resource)!;
      const rows = (await renamed.connection.client().listAll<Row>(descriptor.path)).items;
      expect(
        rows.filter((row) => matchesPreset(row, link.preset, now)),
        JSON.stringify(link.preset),
      ).toHaveLength(count);
    }
    const outports = links.find(({ link }) => link.resource === 'outports' && link.preset.kind === 'deadline')!;
    expect(outports.link.preset).toMatchObject({ field: 'portingDate', when: { field: 'status', values: ['OPEN'] } });
  });

  it('bind the derived columns to the platform names and values', async () => {
    const renamed = await connected('renamed');
    const descriptors = await call<ResourceDescriptor[]>(renamed, 'resources:list');
    const derived = (id: string) => descriptors.find((candidate) => candidate.id === id)!.derived;
    expect(derived('outports')?.[0]).toMatchObject({
      field: 'portingDate',
      when: { kind: 'equals', field: 'status', values: ['OPEN'] },
    });
    expect(derived('number-blocks')?.[0]).toMatchObject({
      field: 'coolOffEnd',
      when: { kind: 'equals', field: 'status', values: ['COOLING_OFF'] },
    });
    expect(derived('scheduled-forwards')?.[0]).toMatchObject({ field: 'startsAt', endField: 'endsAt' });
  });

  it('finds a tracking device by its unit code and a block by a number in it under renamed fields', async () => {
    const renamed = await connected('renamed');
    const demo = renamed.demo.current()!;
    const device = [...demo.data.trackingDevices][0]!;
    const byUnit = await call<SearchResult>(renamed, 'search:query', { query: String(device.unitCode) });
    expect(byUnit.groups.find((group) => group.resource === 'tracking-devices')?.hits.map((hit) => hit.iri)).toContain(
      device['@id'],
    );
    const block = [...demo.data.numberBlocks].find((candidate) => candidate.size === 100)!;
    const related = await call<SearchResult>(renamed, 'search:related', { iri: block['@id'] });
    expect(related.groups.find((group) => group.resource === 'phone-numbers')?.total).toBeGreaterThan(0);
  });
});
