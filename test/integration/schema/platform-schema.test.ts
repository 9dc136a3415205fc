import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  ColumnDescriptor,
  EventPayload,
  RelatedRows,
  ResourceDescriptor,
  Row,
  SchemaStatus,
} from '../../../src-preload/contract/index.ts';
import type { Message } from '../../../src-preload/contract/messages.ts';
import { createAppCore, type AppCore } from '../../../src-main/app/create-app-core.ts';
import { DEFAULT_DEMO_CREDENTIALS, type DemoDialectId } from '../../../src-main/demo/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import { isPlatformError, type PlatformError } from '../../../src-main/platform/errors.ts';
import { createConfStore } from '../../bridge/conf-store.ts';
import { testKeychainService } from '../../support/keychain.ts';
import { dutch, english } from '../../support/ui-text.ts';

let core: AppCore | null = null;
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  await core?.dispose();
  core = null;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function startCore(
  userDataDir: string,
  service: string,
  dialect: DemoDialectId,
  online = true,
): Promise<AppCore> {
  const started = createAppCore({
    appInfo: () => ({ name: 'noc', version: '0', runtime: { kind: 'bridge', node: '' }, platform: process.platform }),
    settingsStore: createConfStore(userDataDir),
    vault: createKeytarVault(service),
    fetch: (url, init) => fetch(url, init),
    userDataDir,
    demoCredentials: () => DEFAULT_DEMO_CREDENTIALS,
    demoOptions: { phoneNumbers: 600, dialect },
    demoAvailable: online,
  });
  return started;
}

function schemaEvent(app: AppCore, accept: (status: SchemaStatus) => boolean): Promise<SchemaStatus> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no schema:changed')), 20_000);
    const off = app.events.subscribe((name, payload) => {
      const status = payload as EventPayload<'schema:changed'>;
      if (name === 'schema:changed' && status && accept(status)) {
        clearTimeout(timer);
        off();
        resolve(status);
      }
    });
  });
}

async function call<T>(app: AppCore, channel: string, input: unknown = {}): Promise<T> {
  const result = await app.router.dispatch(`t:${Math.random()}`, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function setUp(dialect: DemoDialectId): Promise<{ app: AppCore; dir: string; service: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'noc-schema-'));
  const keychain = testKeychainService();
  cleanups.push(() => rm(dir, { recursive: true, force: true }), keychain.cleanup);
  const app = await startCore(dir, keychain.service, dialect);
  core = app;
  const read = schemaEvent(app, (status) => !status.fromCache && status.fetchedAt !== null);
  await app.start();
  await read;
  return { app, dir, service: keychain.service };
}

const hasValue = (rows: readonly Row[], column: ColumnDescriptor): boolean =>
  rows.some((row) => {
    const value = row[column.field];
    return value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  });

function syncEnd(app: AppCore, resource: string): Promise<EventPayload<'grid:sync-end'>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no grid:sync-end')), 20_000);
    const off = app.events.subscribe((name, payload) => {
      const end = payload as EventPayload<'grid:sync-end'>;
      if (name === 'grid:sync-end' && end.resource === resource) {
        clearTimeout(timer);
        off();
        resolve(end);
      }
    });
  });
}

const pageSizesAsked = (app: AppCore, path: string): string[] =>
  (app.demo.current()?.requestLog ?? [])
    .filter((entry) => entry.path === path)
    .map((entry) => `${new URLSearchParams(entry.query).get('itemsPerPage')}:${entry.status}`)
    // the sidebar's counts ask for one item per page
    .filter((asked) => !asked.startsWith('1:'));

describe('paging as the platform documents and accepts it', () => {
  it('asks for the documented maximum', async () => {
    const { app } = await setUp('renamed');
    const ended = syncEnd(app, 'phone-numbers');
    await call(app, 'grid:open', { resource: 'phone-numbers' });
    expect((await ended).outcome).toBe('done');
    expect(new Set(pageSizesAsked(app, '/phonenumbers'))).toEqual(new Set(['200:200']));
  });

  it('steps down to the largest size the platform accepts when it refuses one with 400', async () => {
    const { app } = await setUp('undocumented');
    const ended = syncEnd(app, 'phone-numbers');
    await call(app, 'grid:open', { resource: 'phone-numbers' });
    expect((await ended).outcome).toBe('done');
    const asked = pageSizesAsked(app, '/phonenumbers');
    expect(asked[0]).toBe('500:400');
    expect(new Set(asked.slice(1))).toEqual(new Set(['250:200']));
  });
});

describe('platform schema against the demo', () => {
  it('in the renamed dialect, every default column of every grid shows values', async () => {
    const { app } = await setUp('renamed');
    const status = await call<SchemaStatus>(app, 'schema:status');
    expect(status).toMatchObject({ basis: 'documented', hydra: true, openApiVersion: '3.1.0', problems: [] });
    const descriptors = await call<ResourceDescriptor[]>(app, 'resources:list');
    const empty: string[] = [];
    for (const descriptor of descriptors) {
      const grids = [{ path: descriptor.path, columns: descriptor.columns }, ...descriptor.tabs];
      for (const grid of grids) {
        const rows = (await app.connection.client().listAll<Row>(grid.path)).items;
        for (const column of grid.columns.filter((candidate) => candidate.visible)) {
          if (!hasValue(rows, column)) empty.push(`${grid.path} ${column.field}`);
        }
      }
    }
    expect(empty).toEqual([]);
    const blocks = descriptors.find((descriptor) => descriptor.id === 'number-blocks')!;
    expect(blocks.columns.find((column) => column.logical === 'start')).toMatchObject({
      field: 'firstNumber',
      binding: 'alias',
      origin: 'documented',
    });
    expect(blocks.columns.find((column) => column.field === 'status')?.tones).toMatchObject({ COOLING_OFF: 'amber' });
    expect(blocks.phoneFields).toEqual(['firstNumber', 'lastNumber']);
    const sims = descriptors.find((descriptor) => descriptor.id === 'sim-cards')!;
    expect(sims.columns.find((column) => column.field === 'costCenter')).toMatchObject({
      binding: 'platform',
      visible: false,
    });
  });

  it('offline, uses the schema of the last connection and says it is from then', async () => {
    const { app, dir, service } = await setUp('renamed');
    const first = await call<SchemaStatus>(app, 'schema:status');
    await app.dispose();
    core = null;
    const again = await startCore(dir, service, 'renamed', false);
    core = again;
    const cached = schemaEvent(again, (status) => status.fromCache);
    await again.start();
    const status = await cached;
    expect(status).toMatchObject({ basis: 'documented', fromCache: true, fetchedAt: first.fetchedAt });
    const descriptors = await call<ResourceDescriptor[]>(again, 'resources:list');
    const blocks = descriptors.find((descriptor) => descriptor.id === 'number-blocks')!;
    expect(blocks.columns.map((column) => column.field)).toContain('coolOffEnd');
  });

  it('without documentation, uses the built-in model and says fields are assumed', async () => {
    const { app } = await setUp('undocumented');
    const status = await call<SchemaStatus>(app, 'schema:status');
    expect(status.basis).toBe('assumed');
    expect(status.problems).toEqual(['hydra-missing', 'openapi-missing']);
    const descriptors = await call<ResourceDescriptor[]>(app, 'resources:list');
    const phones = descriptors.find((descriptor) => descriptor.id === 'phone-numbers')!;
    expect(phones.columns.find((column) => column.field === 'costCenter')?.binding).toBe('assumed');
  });
});

describe('documented filters', () => {
  it("read the numbers of a block or a service, a device by unit code and the other pools' blocks in one request each", async () => {
    const { app } = await setUp('renamed');
    const demo = app.demo.current()!;
    const block = [...demo.data.numberBlocks].find((candidate) => candidate.size === 100)!;
    demo.clearLog();
    const ofBlock = await call<RelatedRows>(app, 'platform:related', { kind: 'numbers-of-block', iri: block['@id'] });
    const expected = [...demo.data.phoneNumbers].filter((n) => n.number >= block.start && n.number <= block.end);
    expect(ofBlock).toMatchObject({ resource: 'phone-numbers', filter: 'blockStart' });
    expect(ofBlock.rows.map((row) => row['@id']).sort()).toEqual(expected.map((n) => n['@id']).sort());
    expect(demo.requestLog.filter((entry) => entry.path === '/phonenumbers')).toHaveLength(1);
    expect(demo.requestLog.at(-1)?.query).toContain(`blockStart=${Number(block.start.slice(0, 8))}`);

    const number = [...demo.data.phoneNumbers].find((candidate) => candidate.order !== null)!;
    const ofOrder = await call<RelatedRows>(app, 'platform:related', { kind: 'numbers-of-order', iri: number.order });
    expect(ofOrder.filter).toBe('orderId');
    expect(ofOrder.rows.map((row) => row['@id'])).toContain(number['@id']);
    expect(ofOrder.rows.every((row) => row['order'] === number.order)).toBe(true);

    const device = [...demo.data.trackingDevices][3]!;
    const byCode = await call<RelatedRows>(app, 'platform:related', {
      kind: 'devices-by-unit-code',
      unitCode: device.unitCode,
    });
    expect(byCode.filter).toBe('unit_code_filter');
    expect(byCode.rows.map((row) => row['unit_code'])).toContain(device.unitCode);

    demo.clearLog();
    const outside = await call<RelatedRows>(app, 'platform:related', {
      kind: 'blocks-outside-pool',
      iri: block['@id'],
    });
    expect(outside.filter).toBe('excludedNumberPoolIds[]');
    expect(outside.rows.length).toBeGreaterThan(0);
    expect(outside.rows.every((row) => row['numberPool'] !== block.numberPool)).toBe(true);
    const poolId = block.numberPool.split('/').at(-1);
    expect(demo.requestLog.at(-1)?.query).toContain(`excludedNumberPoolIds%5B%5D=${poolId}`);

    // an item that is not a service is refused in the operator's words, in both languages
    const notAService = await app.router.dispatch('t:not-a-service', 'platform:related', {
      kind: 'numbers-of-order',
      iri: '/phonenumbers/none',
    });
    expect(notAService.ok ? null : notAService.error.code).toBe('BAD_INPUT');
    const text = notAService.ok ? null : (notAService.error.details as { text: Message }).text;
    expect(english(text)).toBe('This is not a service.');
    expect(dutch(text)).toBe('Dit is geen dienst.');
  });
});

describe('validation errors', () => {
  it('come as 400 on the renamed platform and read exactly like 422', async () => {
    const refusal = async (dialect: DemoDialectId, field: string): Promise<PlatformError> => {
      const { app } = await setUp(dialect);
      const failure = await app.connection
        .client()
        .request({ method: 'PATCH', path: '/phonenumbers/1', body: { [field]: 'x'.repeat(51) } })
        .catch((error: unknown) => error);
      await app.dispose();
      core = null;
      expect(isPlatformError(failure)).toBe(true);
      return failure as PlatformError;
    };
    const as400 = await refusal('renamed', 'cost_center');
    const as422 = await refusal('standard', 'costCenter');
    expect([as400.status, as422.status]).toEqual([400, 422]);
    expect(as400.violations).toEqual([{ field: 'cost_center', message: expect.stringContaining('too long') }]);
    expect(as400.userMessage.replace(/cost_center/g, 'costCenter')).toBe(as422.userMessage);
  });
});

describe('a documentation address named in the profile', () => {
  it("is kept when it is a path or on the platform's host, and refused elsewhere", async () => {
    const { app } = await setUp('standard');
    const base = {
      name: 'Tenant',
      baseUrl: 'https://api.example.nl',
      auth: { mode: 'static-key', clientId: 'c', authToken: 't' },
    };
    const kept = await call<{ documentationUrl?: string }>(app, 'profiles:create', {
      ...base,
      documentationUrl: '/api/docs.jsonld',
    });
    expect(kept.documentationUrl).toBe('/api/docs.jsonld');
    const refused = await app.router.dispatch('t:refused', 'profiles:create', {
      ...base,
      documentationUrl: 'https://elsewhere.example.com/docs.jsonld',
    });
    expect(refused.ok ? null : refused.error.code).toBe('DOCUMENTATION_URL_REFUSED');
    expect(refused.ok ? null : refused.error.details).toMatchObject({ field: 'documentationUrl' });
    expect(dutch(refused.ok ? null : (refused.error.details as { text: Message }).text)).toBe(
      'Het documentatieadres moet een pad op het platform zijn, of een adres op dezelfde host als het basisadres.',
    );
  });
});
