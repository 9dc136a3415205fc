// The offline cache (src-main/cache) on 100,000 demo phone numbers: full write, 1,000 changed rows, full read,
// each against plain unencrypted JSON files (JSON.stringify + writeFile / readFile + JSON.parse) in the same run.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openProfileCache } from '../../src-main/cache/index.ts';
import type { CacheRow } from '../../src-main/cache/index.ts';
import { startDemoPlatform } from '../../src-main/demo/index.ts';
import type { SecretVault } from '../../src-main/secrets/secret-vault.ts';
import type { BenchFigure } from './figure.ts';

const ROWS = 100_000;
const CHANGED = 1_000;
const ROUNDS = 5;
const RESOURCE = '/phonenumbers';

/** The bench measures storage, not the keychain, and must run outside the keyring wrapper. */
function memoryVault(): SecretVault {
  const secrets = new Map<string, string>();
  return {
    check: () => Promise.resolve({ available: true }),
    get: (account) => Promise.resolve(secrets.get(account) ?? null),
    set: (account, secret) => {
      secrets.set(account, secret);
      return Promise.resolve();
    },
    delete: (account) => Promise.resolve(secrets.delete(account)),
  };
}

async function demoRows(): Promise<CacheRow[]> {
  const demo = await startDemoPlatform({ phoneNumbers: ROWS });
  try {
    // one field the app does not know, as the platform may add any time
    return demo.data.phoneNumbers
      .all()
      .map((row, index) => ({ ...row, portingState: { since: row.createdAt, step: index % 7 } }));
  } finally {
    await demo.close();
  }
}

async function median(runs: number, measure: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < runs; round += 1) times.push(await measure());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function figure(
  name: string,
  valueMs: number,
  baselineMs: number,
  unit: 's' | 'ms',
  target: string | null,
): BenchFigure {
  const scale = unit === 's' ? 1000 : 1;
  return {
    name,
    value: Number((valueMs / scale).toFixed(3)),
    unit,
    baseline: Number((baselineMs / scale).toFixed(3)),
    ratio: valueMs / baselineMs,
    target,
  };
}

export default async function bench(): Promise<BenchFigure[]> {
  const rows = await demoRows();
  const dir = await mkdtemp(path.join(tmpdir(), 'noc-bench-cache-'));
  const jsonFile = path.join(dir, 'phonenumbers.json');
  const cache = await openProfileCache({ dir, profileId: 'bench', vault: memoryVault() });
  try {
    // warm up both paths outside the measurement
    await cache.replaceAll(RESOURCE, rows, Date.now(), true);
    await cache.read(RESOURCE);
    await writeFile(jsonFile, JSON.stringify(rows));
    JSON.parse(await readFile(jsonFile, 'utf8'));

    const writeMs = await median(ROUNDS, () => timed(() => cache.replaceAll(RESOURCE, rows, Date.now(), true)));
    const jsonWriteMs = await median(ROUNDS, () => timed(() => writeFile(jsonFile, JSON.stringify(rows))));

    let readCount = 0;
    const readMs = await median(ROUNDS, () =>
      timed(async () => {
        readCount = (await cache.read(RESOURCE))?.rows.length ?? 0;
      }),
    );
    if (readCount !== ROWS) throw new Error(`cache read returned ${readCount} rows, expected ${ROWS}`);
    const jsonReadMs = await median(ROUNDS, () =>
      timed(async () => JSON.parse(await readFile(jsonFile, 'utf8')) as unknown),
    );

    // 1,000 rows spread over the whole set, as a bulk cost-center edit leaves them
    const stride = Math.floor(ROWS / CHANGED);
    let edit = 0;
    const changedRows = (): CacheRow[] => {
      edit += 1;
      return Array.from({ length: CHANGED }, (_, index) => ({ ...rows[index * stride]!, costCenter: `KP-${edit}` }));
    };
    const upsertMs = await median(ROUNDS, () => {
      const changed = changedRows();
      return timed(() => cache.upsert(RESOURCE, changed));
    });
    // What a JSON file per resource needs for the same change: rewrite the whole file.
    const jsonUpsertMs = await median(ROUNDS, () => {
      const changed = changedRows();
      return timed(async () => {
        const all = JSON.parse(await readFile(jsonFile, 'utf8')) as CacheRow[];
        const byId = new Map(changed.map((row) => [row['@id'], row]));
        await writeFile(jsonFile, JSON.stringify(all.map((row) => byId.get(row['@id']) ?? row)));
      });
    });
    const withDeltas = await cache.read(RESOURCE);
    if (withDeltas?.rows[0]?.['costCenter'] !== `KP-${ROUNDS}`) throw new Error('upserted rows did not read back');

    return [
      figure(
        `cache write ${ROWS.toLocaleString('en')} rows, sealed SQLite vs plain JSON file (lower is better)`,
        writeMs,
        jsonWriteMs,
        's',
        '<= 1.5 s',
      ),
      figure(
        `cache write ${CHANGED.toLocaleString('en')} changed rows of ${ROWS.toLocaleString('en')}, upsert vs rewriting the JSON file (lower is better)`,
        upsertMs,
        jsonUpsertMs,
        'ms',
        '<= 100 ms',
      ),
      figure(
        `cache read ${ROWS.toLocaleString('en')} rows, sealed SQLite vs plain JSON file (lower is better)`,
        readMs,
        jsonReadMs,
        's',
        null,
      ),
    ];
  } finally {
    cache.close();
    await rm(dir, { recursive: true, force: true });
  }
}
