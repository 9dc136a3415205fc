import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BulkEvent } from '../../../src-preload/contract/bulk.ts';
import type { BulkError } from '../../../src-main/bulk/errors.ts';
import { english } from '../../support/ui-text.ts';
import { createBulkEngine, type BulkEngine, type BulkEngineOptions, type Row } from '../../../src-main/bulk/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import type { PlatformClient, PlatformClientOptions } from '../../../src-main/platform/index.ts';
import type { SecretVault } from '../../../src-main/secrets/secret-vault.ts';
import { withFaultMix, type FaultMix } from '../../support/fault-mix.ts';
import { testKeychainService } from '../../support/keychain.ts';
import { jwtClient, sleep, startDemo, type Demo, type DemoOptions } from '../platform/demo-client.ts';

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
  open(client: PlatformClient, extra?: Partial<BulkEngineOptions>): Promise<BulkEngine>;
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
    async open(client, extra = {}) {
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
        ...extra,
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

/** The client the app would use, on Node's fetch, recording when it sent each request and when each 429 arrived. */
export function recordingClient(
  demo: Demo,
  concurrency = 6,
): { client: PlatformClient; holds: number[]; sent: number[] } {
  const holds: number[] = [];
  const sent: number[] = [];
  const client = jwtClient(demo, {
    concurrency,
    fetch: async (url, init) => {
      sent.push(Date.now());
      const response = await fetch(url, init);
      if (response.status === 429) holds.push(Date.now());
      return response;
    },
  });
  return { client, holds, sent };
}

/** A client whose every sign-in meets a proxy's "404 Not Found" page; the platform itself answers the rest. */
export function signInNotFoundClient(demo: Demo): PlatformClient {
  return jwtClient(demo, {
    maxAttempts: 1,
    fetch: async (url, init) =>
      new URL(url).pathname === '/authentication-token'
        ? new Response('<html><body><h1>404 Not Found</h1></body></html>', {
            status: 404,
            headers: { 'content-type': 'text/html' },
          })
        : fetch(url, init),
  });
}

/** A client behind `withFaultMix`, recording when it sent each request and when each 429 arrived. */
export function faultMixClient(
  demo: Demo,
  mix: FaultMix,
  concurrency = 6,
  extra: Partial<PlatformClientOptions> = {},
): { client: PlatformClient; holds: number[]; sent: number[]; injected: Map<number, number> } {
  const holds: number[] = [];
  const sent: number[] = [];
  const { fetch: faulty, injected } = withFaultMix(async (url, init) => {
    const response = await fetch(url, init);
    if (response.status === 429) holds.push(Date.now());
    return response;
  }, mix);
  const client = jwtClient(demo, {
    concurrency,
    fetch: (url, init) => {
      sent.push(Date.now());
      return faulty(url, init);
    },
    ...extra,
  });
  return { client, holds, sent, injected };
}

/** Phone numbers whose cost center differs from `value`, first `count` of them. */
/** PATCHes the demo platform applied so far (sent ones it refused or lost are not counted). */
export function appliedPatches(demo: Demo): number {
  return demo.requestLog.filter((e) => e.method === 'PATCH' && e.applied).length;
}

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

/**
 * The needles (printable ASCII, two characters at least) found anywhere in `bytes`: what `bytes.includes(needle)`
 * would find for each, in one pass over the bytes instead of one per needle (a 1,000-number job's journal is
 * megabytes of WAL; 2,000 searches of it took seconds). Only offsets that start with a needle's first two bytes
 * are compared.
 */
export function plaintextFound(bytes: Buffer, needles: readonly string[]): string[] {
  const byLength = new Map<number, Set<string>>();
  const starts = new Uint8Array(65_536);
  for (const needle of needles) {
    if (needle.length < 2 || /[^\x20-\x7e]/.test(needle))
      throw new Error(`not a needle this search handles: ${needle}`);
    byLength.set(needle.length, (byLength.get(needle.length) ?? new Set()).add(needle));
    starts[(needle.charCodeAt(0) << 8) | needle.charCodeAt(1)] = 1;
  }
  const found = new Set<string>();
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (starts[(bytes[i]! << 8) | bytes[i + 1]!] === 0) continue;
    for (const [length, set] of byLength) {
      if (i + length > bytes.length) continue;
      const candidate = bytes.toString('latin1', i, i + length);
      if (set.has(candidate)) found.add(candidate);
    }
  }
  return needles.filter((needle) => found.has(needle));
}

/**
 * Where a child process of a test keeps Node's compile cache (NODE_COMPILE_CACHE): a child that loads the engine's
 * modules from the cache starts about 0.4 s sooner. Node checks each entry against the source it compiles.
 */
export function nodeCompileCache(): string {
  return path.join(tmpdir(), 'noc-console-test-compile-cache');
}

/**
 * A child process that sets the cost center of `targets` in one job on the fixture's journal, against `demo`
 * (fixtures/run-job.ts), for a test to kill mid-run: what it printed, and the kill.
 */
export async function startJobChild(
  fixture: BulkFixture,
  demo: Demo,
  job: { targets: string[]; value: string; neverSend?: string[]; loseAnswers?: string[] },
): Promise<{ output: () => string; kill: () => Promise<void> }> {
  const rowsFile = path.join(fixture.dir, 'rows.json');
  await writeFile(rowsFile, JSON.stringify(demo.data.phoneNumbers.all()));
  const configFile = path.join(fixture.dir, 'child.json');
  await writeFile(
    configFile,
    JSON.stringify({
      url: demo.url,
      email: demo.credentials.email,
      clientId: demo.credentials.clientId,
      password: demo.credentials.password,
      journalDir: fixture.dir,
      service: fixture.service,
      profileId: fixture.profileId,
      rowsFile,
      ...job,
    }),
  );
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', path.join(import.meta.dirname, 'fixtures', 'run-job.ts'), configFile],
    { env: { ...process.env, NODE_COMPILE_CACHE: nodeCompileCache() }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr.on('data', (data: Buffer) => (output += data.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    output: () => output,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * A job child (`startJobChild`) killed once `ready` holds for the platform's log and what it printed, and half a
 * second more, so that the outcomes it had are in its journal's last flush. Gives what it printed.
 */
export async function killJobChildWhen(
  fixture: BulkFixture,
  demo: Demo,
  job: Parameters<typeof startJobChild>[2],
  ready: (output: string) => boolean,
): Promise<string> {
  const child = await startJobChild(fixture, demo, job);
  await waitFor(() => ready(child.output()), 30_000);
  await sleep(500);
  await child.kill();
  return child.output();
}

export async function waitFor(condition: () => boolean, timeoutMs = 30_000, stepMs = 5): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}

/** A refusal's code and its English text, as the operator reads it. */
export function refusalOf(error: unknown): { code: string; text: string } {
  const refused = error as BulkError;
  return { code: refused.code, text: english(refused.localized) };
}

/** The refusal a synchronous call throws, as `refusalOf` reads it, or null when it does not throw. */
export function refusedNow(attempt: () => unknown): { code: string; text: string } | null {
  try {
    attempt();
    return null;
  } catch (error) {
    return refusalOf(error);
  }
}
