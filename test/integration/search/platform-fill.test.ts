import { afterEach, describe, expect, it } from 'vitest';
import type { Row } from '../../../src-preload/contract/grids.ts';
import { resourceModels } from '../../../src-main/api-model/index.ts';
import type { CollectionReader } from '../../../src-main/overview/cached-collections.ts';
import { createSearchService, type SearchService } from '../../../src-main/search/search-service.ts';
import { assumedSchema } from '../../../src-main/schema/index.ts';
import { closeDemos, jwtClient, startDemo, type Demo } from '../platform/demo-client.ts';

afterEach(closeDemos);

const international = (national: string): string => `+31 ${national.slice(1, 3)} ${national.slice(3)}`;

/** A cache holding only the collections given, as the profile's cache would before its grids were opened. */
function cacheOf(collections: Record<string, readonly object[]>): CollectionReader {
  return {
    read: async (path) => (collections[path] ? { rows: collections[path] as Row[], fetchedAt: 1 } : null),
    readJsonStream: async (path) => (collections[path] ? { rowCount: collections[path].length } : null),
  };
}

function service(demo: Demo, cached: Record<string, readonly object[]>, online = true): SearchService {
  const client = jwtClient(demo);
  return createSearchService({
    profileId: () => 'profile-1',
    cache: async () => cacheOf(cached),
    platform: {
      client: () => (online ? client : null),
      filters: (path) =>
        resourceModels.find((model) => model.path === path)?.filters.length
          ? assumedSchema(resourceModels.find((model) => model.path === path)!).filters
          : [],
    },
  });
}

const asked = (demo: Demo, path: string) =>
  demo.requestLog.filter((entry) => entry.method === 'GET' && entry.path === path);

describe('the one search, filled in from the platform', () => {
  it('asks the documented blockStart filter for a number when phone numbers are not cached, once, marked as such', async () => {
    const demo = await startDemo();
    const number = demo.data.phoneNumbers.all()[7]!;
    const search = service(demo, { '/customers': demo.data.customers.all() });
    const typed = international(number.number);

    const fromCache = await search.query(typed, 20);
    expect(fromCache.groups.find((group) => group.resource === 'phone-numbers')).toBeUndefined();
    expect(asked(demo, '/phonenumbers')).toHaveLength(0);

    const filled = await search.fill(typed, 20);
    const numbers = filled.groups.find((group) => group.resource === 'phone-numbers');
    expect(numbers?.hits.map((hit) => [hit.iri, hit.label, hit.via])).toEqual([
      [number['@id'], number.number, 'platform'],
    ]);
    expect(filled.platform).toEqual({ requests: 1, failed: null });
    const requests = asked(demo, '/phonenumbers');
    expect(requests).toHaveLength(1);
    // documented as an integer: the national number without its leading 0
    expect(new URLSearchParams(requests[0]!.query).get('blockStart')).toBe(number.number.slice(1));
  });

  it('asks nothing when the cache has the row, for a short number, or offline', async () => {
    const demo = await startDemo();
    const number = demo.data.phoneNumbers.all()[3]!;
    const cached = service(demo, { '/phonenumbers': demo.data.phoneNumbers.all() });
    const answer = await cached.fill(number.number, 20);
    expect(answer.platform).toBeUndefined();
    expect(answer.groups.find((group) => group.resource === 'phone-numbers')?.hits[0]?.via).toBe('match');

    const empty = service(demo, {});
    expect((await empty.fill('06', 20)).platform).toBeUndefined();
    expect((await service(demo, {}, false).fill(number.number, 20)).groups).toEqual([]);
    expect(asked(demo, '/phonenumbers')).toHaveLength(0);
  });

  it('finds a tracking device by unit code through unit_code_filter when trackers are not cached', async () => {
    const demo = await startDemo();
    const device = demo.data.trackingDevices.all()[2]!;
    const answer = await service(demo, {}).fill(device.unitCode, 20);
    expect(answer.groups.find((group) => group.resource === 'tracking-devices')?.hits.map((hit) => hit.iri)).toContain(
      device['@id'],
    );
    expect(
      asked(demo, '/tracking-devices').map((entry) => new URLSearchParams(entry.query).get('unit_code_filter')),
    ).toEqual([device.unitCode]);
  });

  it('a fill still waiting for the platform is cancelled by the next keystroke', async () => {
    const demo = await startDemo({ faults: { latencyMs: 400 } });
    const number = demo.data.phoneNumbers.all()[9]!;
    const search = service(demo, {});
    const slow = search.fill(number.number, 20);
    const outcome = slow.then(
      () => 'answered',
      () => 'cancelled',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await search.query(`${number.number}1`, 20);
    expect(await outcome).toBe('cancelled');
  });

  it('keeps the cache answer, saying so, when the platform does not answer', async () => {
    const demo = await startDemo({ faults: { errorRate: 1 } });
    const device = demo.data.trackingDevices.all()[0]!;
    const customers = demo.data.customers.all();
    const answer = await service(demo, { '/customers': customers }).fill(device.unitCode, 20);
    expect(answer.platform).toEqual({ requests: 1, failed: 'not-answered' });
    expect(answer.groups.find((group) => group.resource === 'tracking-devices')).toBeUndefined();
  });
});
