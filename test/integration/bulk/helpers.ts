import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BulkEvent } from '../../../src-preload/contract/bulk.ts';
import { createBulkEngine, type BulkEngine, type Row } from '../../../src-main/bulk/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import type { PlatformClient } from '../../../src-main/platform/index.ts';
import type { SecretVault } from '../../../src-main/secrets/secret-vault.ts';
import { testKeychainService } from '../../support/keychain.ts';
import { jwtClient, startDemo, type Demo, type DemoOptions } from '../platform/demo-client.ts';

export { closeDemos, jwtClient, sleep } from '../platform/demo-client.ts';
export type { Demo } from '../platform/demo-client.ts';

/** The cache as the engine sees it: rows per collection, updated by onApplied/onRemoved. */
export class MemoryCache {
  readonly collections = new Map<string, Map<string, Row>>();
  applied = 0;

  seed(collectionPath: string, rows: readonly object[]): void {
    const map = new Map<string, Row>();
    for (const row of rows) {
      const copy = structuredClone(row) as Row;
      map.set(String(copy['@id']), copy);
    }
    this.collections.set(collectionPath, map);
  }

  rows(collectionPath: string): Row[] {
    return [...(this.collections.get(collectionPath)?.values() ?? [])];
  }

  get(collectionPath: string, iri: string): Row | undefined {
    return this.collections.get(collectionPath)?.get(iri);
  }

  upsert(collectionPath: string, items: readonly Row[]): void {
    const map = this.collections.get(collectionPath) ?? new Map<string, Row>();
    for (const item of items) map.set(String(item['@id']), item);
    this.collections.set(collectionPath, map);
    this.applied += items.length;
  }

  remove(collectionPath: string, iris: readonly string[]): void {
    const map = this.collections.get(collectionPath);
    for (const iri of iris) map?.delete(iri);
  }
}

export interface BulkFixture {
  dir: string;
  profileId: string;
  service: string;
  vault: SecretVault;
  cache: MemoryCache;
  events: BulkEvent[];
  open(client: PlatformClient): Promise<BulkEngine>;
  cleanup(): Promise<void>;
}

export async function bulkFixture(): Promise<BulkFixture> {
  const dir = await mkdtemp(path.join(tmpdir(), 'noc-bulk-'));
  const keychain = testKeychainService();
  const vault = createKeytarVault(keychain.service);
  const cache = new MemoryCache();
  const events: BulkEvent[] = [];
  const engines: BulkEngine[] = [];
  const profileId = '6f1c7d0e-0000-4000-8000-00000000b01c';
  return {
    dir,
    profileId,
    service: keychain.service,
    vault,
    cache,
    events,
    async open(client) {
      const engine = await createBulkEngine({
        profileId,
        apiUser: () => 'noc-demo@demo-telecom.invalid',
        client: () => client,
        journalDir: dir,
        vault,
        readRows: async (p) => cache.rows(p),
        onApplied: async (p, items) => cache.upsert(p, items),
        onRemoved: async (p, iris) => cache.remove(p, iris),
        onEvent: (event) => events.push(event),
      });
      engines.push(engine);
      return engine;
    },
    async cleanup() {
      for (const engine of engines) await engine.close();
      await keychain.cleanup();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A demo whose budget never runs out during a test (the faults under test are the injected ones). */
export function startBulkDemo(options: DemoOptions = {}): Promise<Demo> {
  return startDemo({ rateLimit: { hourLimit: 1_000_000, dayLimit: 10_000_000 }, ...options });
}

/** The client the app would use, on Node's fetch, recording when each 429 arrived. */
export function recordingClient(demo: Demo, concurrency = 6): { client: PlatformClient; holds: number[] } {
  const holds: number[] = [];
  const client = jwtClient(demo, {
    concurrency,
    fetch: async (url, init) => {
      const response = await fetch(url, init);
      if (response.status === 429) holds.push(Date.now());
      return response;
    },
  });
  return { client, holds };
}

/**
 * Server failures the demo does not produce yet, added in front of it (the request never reaches it, so nothing is
 * applied): 500 with a Hydra error body on writes, and 502/503 with a proxy's HTML page on any request. Seeded, so
 * a run can be repeated. Records when the client sent each request and when each 429 arrived.
 */
export function faultMixClient(
  demo: Demo,
  mix: { serverError: number; badGateway: number; unavailable: number; seed: number },
  concurrency = 6,
): { client: PlatformClient; holds: number[]; sent: number[]; injected: Map<number, number> } {
  const holds: number[] = [];
  const sent: number[] = [];
  const injected = new Map<number, number>();
  let state = mix.seed >>> 0;
  const random = (): number => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const html = (status: number, title: string): Response => {
    injected.set(status, (injected.get(status) ?? 0) + 1);
    return new Response(
      `<html><head><title>${status} ${title}</title></head><body><center><h1>${status} ${title}</h1></center><hr><center>nginx</center></body></html>`,
      {
        status,
        headers: { 'Content-Type': 'text/html' },
      },
    );
  };
  const client = jwtClient(demo, {
    concurrency,
    fetch: async (url, init) => {
      sent.push(Date.now());
      const method = init.method ?? 'GET';
      const roll = random();
      if (method !== 'GET' && !url.endsWith('/authentication-token') && roll < mix.serverError) {
        injected.set(500, (injected.get(500) ?? 0) + 1);
        return new Response(
          JSON.stringify({
            '@context': '/contexts/Error',
            '@type': 'hydra:Error',
            'hydra:title': 'An error occurred',
            'hydra:description': 'Internal Server Error',
          }),
          { status: 500, headers: { 'Content-Type': 'application/ld+json' } },
        );
      }
      const proxyRoll = random();
      if (proxyRoll < mix.badGateway) return html(502, 'Bad Gateway');
      if (proxyRoll < mix.badGateway + mix.unavailable) return html(503, 'Service Temporarily Unavailable');
      const response = await fetch(url, init);
      if (response.status === 429) holds.push(Date.now());
      return response;
    },
  });
  return { client, holds, sent, injected };
}

/** Phone numbers whose cost center differs from `value`, first `count` of them. */
export function phoneTargets(demo: Demo, count: number, value: string): Row[] {
  return demo.data.phoneNumbers
    .all()
    .filter((row) => row.costCenter !== value)
    .slice(0, count) as unknown as Row[];
}

/** PATCH log entries per path, in arrival order. */
export function patchesByPath(demo: Demo): Map<string, Demo['requestLog'][number][]> {
  const map = new Map<string, Demo['requestLog'][number][]>();
  for (const entry of demo.requestLog) {
    if (entry.method !== 'PATCH') continue;
    map.set(entry.path, [...(map.get(entry.path) ?? []), entry]);
  }
  for (const list of map.values()) list.sort((a, b) => a.at - b.at);
  return map;
}

/** Every byte of the journal files (db, WAL, shm) in the folder. */
export async function journalBytes(dir: string): Promise<Buffer> {
  const names = (await readdir(dir)).filter((n) => n.startsWith('bulk-'));
  return Buffer.concat(await Promise.all(names.map((n) => readFile(path.join(dir, n)))));
}

export async function waitFor(condition: () => boolean, timeoutMs = 30_000, stepMs = 5): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
