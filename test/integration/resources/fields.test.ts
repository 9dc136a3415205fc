import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoPlatform, type DemoPlatform } from '../../../src-main/demo/index.ts';
import { createPlatformClient, type PlatformClient } from '../../../src-main/platform/index.ts';
import { listResourceDescriptors } from '../../../src-main/resources/index.ts';
import type { ColumnDescriptor } from '../../../src-preload/contract/resources.ts';

type Item = Record<string, unknown>;

let demo: DemoPlatform;
let api: PlatformClient;

function clientFor(platform: DemoPlatform): PlatformClient {
  return createPlatformClient({
    baseUrl: platform.url,
    auth: {
      mode: 'jwt',
      email: platform.credentials.email,
      clientId: platform.credentials.clientId,
      password: async () => platform.credentials.password,
    },
    fetch: (url, init) => fetch(url, init),
    backoff: { baseMs: 10, maxMs: 100 },
  });
}

beforeAll(async () => {
  demo = await startDemoPlatform({ phoneNumbers: 3000 });
  api = clientFor(demo);
});
afterAll(async () => demo.close());

const pages = new Map<string, Promise<Item[]>>();
/** The first page of 500, as the grid's first request asks for it. */
function firstPage(path: string): Promise<Item[]> {
  let page = pages.get(path);
  if (!page) {
    page = api
      .request<Item>({ path, query: { itemsPerPage: 500, page: 1 } })
      .then((body) => body['hydra:member'] as Item[]);
    pages.set(path, page);
  }
  return page;
}

const descriptors = listResourceDescriptors();
const grids = descriptors.flatMap((d) => [
  { name: d.id, path: d.path, columns: d.columns },
  ...d.tabs.map((t) => ({ name: `${d.id} / ${t.id}`, path: t.path, columns: t.columns })),
]);

function missing(items: readonly Item[], columns: readonly ColumnDescriptor[]): string[] {
  const gaps = new Set<string>();
  for (const item of items) for (const c of columns) if (!Object.hasOwn(item, c.field)) gaps.add(c.field);
  return [...gaps];
}

describe('registry fields against the demo platform', () => {
  it.each(grids.map((g) => [g.name, g] as const))('%s: every column arrives on every item', async (_name, grid) => {
    const items = await firstPage(grid.path);
    expect(items.length).toBeGreaterThan(0);
    expect(
      missing(
        items,
        grid.columns.filter((c) => c.visible),
      ),
      'visible columns missing',
    ).toEqual([]);
    expect(missing(items, grid.columns), 'hidden columns missing').toEqual([]);
  });

  it.each(grids.map((g) => [g.name, g] as const))('%s: values fit their column types', async (_name, grid) => {
    const items = await firstPage(grid.path);
    for (const c of grid.columns) {
      const values = items.map((item) => item[c.field]).filter((v) => v !== null);
      for (const value of values) {
        switch (c.type) {
          case 'status':
            expect(Object.keys(c.tones ?? {}), `${c.field}`).toContain(value);
            break;
          case 'iri':
            expect(value, c.field).toMatch(/^\/[a-z0-9-]+\/[0-9]+$/);
            if (c.linksTo) {
              const target = descriptors.find((d) => d.id === c.linksTo)!;
              expect(String(value).startsWith(`${target.path}/`), `${c.field} -> ${c.linksTo}`).toBe(true);
            }
            break;
          case 'phone':
            for (const n of Array.isArray(value) ? value : [value]) expect(n, c.field).toMatch(/^0[1-9][0-9]{8,10}$/);
            break;
          case 'date':
            expect(value, c.field).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            break;
          case 'datetime':
            expect(Number.isNaN(Date.parse(String(value))), `${c.field}: ${String(value)}`).toBe(false);
            break;
          case 'number':
            expect(typeof value, c.field).toBe('number');
            break;
          case 'boolean':
            expect(typeof value, c.field).toBe('boolean');
            break;
          case 'text':
            expect(typeof value, c.field).toBe('string');
            break;
        }
      }
    }
  });

  it.each(
    descriptors.flatMap((d) => d.lookups.map((l) => [`${d.id}: ${l.field} -> ${l.path}.${l.display}`, d, l] as const)),
  )('%s resolves every IRI on the first page to a shown value', async (_name, d, lookup) => {
    const targets = await api.listAll<Item>(lookup.path);
    expect(targets.complete).toBe(true);
    const byIri = new Map(targets.items.map((t) => [t['@id'], t[lookup.display]]));
    const paths = [d.path, ...d.tabs.filter((t) => t.columns.some((c) => c.field === lookup.field)).map((t) => t.path)];
    for (const path of paths) {
      for (const item of await firstPage(path)) {
        const iri = item[lookup.field];
        if (iri === null) continue;
        const shown = byIri.get(iri);
        expect(typeof shown === 'string' && shown !== '', `${path}: ${String(iri)} -> ${String(shown)}`).toBe(true);
      }
    }
  });

  it('number blocks need wholesaler rights, as the registry says', async () => {
    const restricted = await startDemoPlatform({ phoneNumbers: 50, rights: { wholesaler: false } });
    try {
      const response = await clientFor(restricted)
        .send({ path: '/number-blocks' })
        .catch((error: unknown) => error);
      expect(response).toMatchObject({ status: 403 });
    } finally {
      await restricted.close();
    }
    expect(descriptors.filter((d) => d.requiresWholesaler).map((d) => d.id)).toEqual(['number-blocks']);
  });
});
