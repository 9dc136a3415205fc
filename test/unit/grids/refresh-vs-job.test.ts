import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src-preload/contract/index.ts';
import { createGridService, type GridCache } from '../../../src-main/grids/grid-service.ts';
import type { Logger } from '../../../src-main/logging/logger.ts';
import type { PlatformClient } from '../../../src-main/platform/client.ts';
import { getResource } from '../../../src-main/resources/index.ts';

// The race needs control over when a refresh's listing ends, which a live platform cannot give reliably:
// the client and cache here are small in-memory stand-ins; the real ones are covered in test/integration/grids.
function memoryCache(): GridCache & { rows: Map<string, Row[]> } {
  const rows = new Map<string, Row[]>();
  return {
    rows,
    read: async (path) => (rows.has(path) ? { rows: rows.get(path)!, fetchedAt: 1, complete: true } : null),
    readJsonStream: async () => null,
    replaceAll: async (path, next) => {
      rows.set(path, next);
    },
    upsert: async (path, changed) => {
      const byIri = new Map((rows.get(path) ?? []).map((row) => [row['@id'], row]));
      for (const row of changed) byIri.set(row['@id'], row);
      rows.set(path, [...byIri.values()]);
    },
    remove: async (path, keys) => {
      const gone = new Set(keys);
      rows.set(
        path,
        (rows.get(path) ?? []).filter((row) => !gone.has(String(row['@id']))),
      );
    },
    clear: async () => rows.clear(),
  };
}

const silent: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  flush: async () => undefined,
};

describe('a refresh that overlaps a bulk job', () => {
  it('does not put back the values the job has just written', async () => {
    let finishListing: (rows: Row[]) => void = () => undefined;
    const client = {
      listAll: () =>
        new Promise(
          (resolve) =>
            (finishListing = (items) => resolve({ items, totalItems: items.length, requests: 1, complete: true })),
        ),
    } as unknown as PlatformClient;
    const cache = memoryCache();
    const changes: Row[][] = [];
    const ended: string[] = [];
    const grids = createGridService({
      descriptor: (id) => getResource(id)?.descriptor ?? null,
      profileId: () => 'p1',
      client: () => client,
      isConnected: () => true,
      cache: async () => cache,
      reportUnreachable: () => undefined,
      onProgress: () => undefined,
      onRows: () => undefined,
      onChanges: (change) => changes.push(change.updated),
      onSyncEnd: (end) => ended.push(end.outcome),
      onCacheDropped: () => undefined,
      logger: silent,
    });
    const before = { '@id': '/phonenumbers/1', costCenter: 'Old' };
    cache.rows.set('/phonenumbers', [before]);

    expect(grids.refresh({ resource: 'phone-numbers' })).toBe(true);
    // The job applies its change while the refresh is still reading pages that hold the old value.
    const applied = { '@id': '/phonenumbers/1', costCenter: 'Set by the job' };
    grids.noteLocalWrite('/phonenumbers', [applied], []);
    await cache.upsert('/phonenumbers', [applied]);
    finishListing([
      { '@id': '/phonenumbers/1', costCenter: 'Old' },
      { '@id': '/phonenumbers/2', costCenter: 'New row' },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(ended).toEqual(['done']);
    expect(cache.rows.get('/phonenumbers')).toEqual([applied, { '@id': '/phonenumbers/2', costCenter: 'New row' }]);
    expect(changes.flat()).not.toContainEqual(expect.objectContaining({ costCenter: 'Old' }));
  });
});
