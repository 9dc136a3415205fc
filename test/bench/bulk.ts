// The issue's bench: a 1,000-number set-cost-center job through the bulk engine (journal on disk, concurrency 6)
// against a loop that sends one PATCH at a time (as a collection runner does), both at 30 ms latency, same run;
// then the same job under the fault mix of issue 10 (5 % lost answers and 5 s tokens in the demo, 500/502/503 from
// a seeded wrapper in front of it) beside the fault-free one. The demo platform runs in its own process, as a real
// platform is remote.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBulkEngine, type Row } from '../../src-main/bulk/index.ts';
import type { BulkJobSummary } from '../../src-preload/contract/bulk.ts';
import type { PlatformClient } from '../../src-main/platform/client.ts';
import type { SecretVault } from '../../src-main/secrets/secret-vault.ts';
import type { FetchLike } from '../../src-main/platform/index.ts';
import { ISSUE_FAULT_MIX, withFaultMix, type FaultMix } from '../support/fault-mix.ts';
import type { BenchFigure } from './figure.ts';
import { demoClient, startDemoProcess, type DemoProcess } from './fixtures/demo-spawn.ts';

const NUMBERS = 1_000;
const LATENCY_MS = 30;
const CONCURRENCY = 6;

/** Demo knobs of the fault mix; the 500/502/503 part is ISSUE_FAULT_MIX in front of the client. */
const DEMO_FAULTS = { lostResponseRate: 0.05, tokenLifetimeSeconds: 5 };

/** PATCH requests as the client sent them (attempts, retries included), and when the first since a reset left. */
const patches: { count: number; firstAt: number | null } = { count: 0, firstAt: null };

function clientFor(demo: DemoProcess, concurrency: number, mix?: FaultMix): PlatformClient {
  const counted: FetchLike = (url, init) => {
    if (init.method === 'PATCH') {
      patches.count += 1;
      patches.firstAt ??= performance.now();
    }
    return fetch(url, init);
  };
  return demoClient(demo, { fetch: mix ? withFaultMix(counted, mix).fetch : counted, concurrency });
}

/** The bench needs no OS keychain: the journal key lives in memory for the run. */
function memoryVault(): SecretVault {
  const secrets = new Map<string, string>();
  return {
    check: async () => ({ available: true }),
    get: async (account) => secrets.get(account) ?? null,
    set: async (account, secret) => void secrets.set(account, secret),
    delete: async (account) => secrets.delete(account),
  };
}

interface JobRun {
  seconds: number;
  /** From the start to the first PATCH leaving (the job and its operations are journalled first). */
  firstSendSeconds: number;
  /** PATCH requests the client sent per operation, retries included. */
  perOp: number;
  operations: number;
  summary: BulkJobSummary;
}

/** One 1,000-number set-cost-center job through the engine, timed from start to done. */
async function runJob(
  client: PlatformClient,
  rows: Row[],
  targets: string[],
  dir: string,
  profileId: string,
): Promise<JobRun> {
  await client.request({ path: '/phonenumbers/1' });
  const engine = await createBulkEngine({
    profileId,
    apiUser: () => 'bench',
    client: () => client,
    journalDir: dir,
    vault: memoryVault(),
    readRows: async () => rows.map((r) => ({ ...r })),
    onApplied: async () => undefined,
    onEvent: () => undefined,
  });
  try {
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets,
      params: { value: 'BENCH-JOB' },
    });
    const from = patches.count;
    patches.firstAt = null;
    const started = performance.now();
    engine.start(plan.jobId, { expectedCount: plan.operations.length });
    const summary = await engine.whenDone(plan.jobId);
    const seconds = (performance.now() - started) / 1000;
    const firstSendSeconds = ((patches.firstAt ?? Number.NaN) - started) / 1000;
    const operations = plan.operations.length;
    return { seconds, firstSendSeconds, perOp: (patches.count - from) / operations, operations, summary };
  } finally {
    await engine.close();
  }
}

/** Sends one request per target, CONCURRENCY at a time: seconds from the first send to the last answer. */
async function concurrently(targets: string[], send: (iri: string) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < targets.length) await send(targets[next++]!);
    }),
  );
  return (performance.now() - started) / 1000;
}

/** One PATCH on Node's fetch with the client's sign-in, no client code around it. */
function rawPatch(demo: DemoProcess, authorization: string): (iri: string) => Promise<void> {
  const headers = {
    authorization,
    accept: 'application/ld+json',
    'content-type': 'application/merge-patch+json',
  };
  const body = JSON.stringify({ costCenter: 'BENCH-FLOOR' });
  return async (iri) => {
    const response = await fetch(new URL(iri, demo.url), { method: 'PATCH', headers, body });
    await response.text();
    if (!response.ok) throw new Error(`the floor's PATCH answered ${response.status}`);
  };
}

export default async function bench(): Promise<BenchFigure[]> {
  const demo = await startDemoProcess({ latencyMs: LATENCY_MS, numbers: 4 * NUMBERS });
  const dir = await mkdtemp(path.join(tmpdir(), 'noc-bulk-bench-'));
  try {
    const rows = (await clientFor(demo, CONCURRENCY).listAll<Row>('/phonenumbers')).items;
    const engineTargets = rows.slice(0, NUMBERS).map((r) => String(r['@id']));
    const loopTargets = rows.slice(NUMBERS, 2 * NUMBERS).map((r) => String(r['@id']));

    // naive: one PATCH at a time, as a REST client's collection runner does
    const naive = clientFor(demo, 1);
    await naive.request({ path: '/phonenumbers/1' });
    const from = patches.count;
    const started = performance.now();
    for (const iri of loopTargets)
      await naive.request({ method: 'PATCH', path: iri, body: { costCenter: 'BENCH-LOOP' } });
    const loopSeconds = (performance.now() - started) / 1000;
    const loopPerOp = (patches.count - from) / NUMBERS;

    // the client alone, the same PATCHes six at a time with no engine: what this machine allows right now
    const bareTargets = rows.slice(2 * NUMBERS, 3 * NUMBERS).map((r) => String(r['@id']));
    let bareAuthorization = '';
    const bare = demoClient(demo, {
      concurrency: CONCURRENCY,
      fetch: (url, init) => {
        bareAuthorization = new Headers(init.headers).get('authorization') ?? bareAuthorization;
        return fetch(url, init);
      },
    });
    await bare.request({ path: '/phonenumbers/1' });
    const bareSeconds = await concurrently(bareTargets, (iri) =>
      bare.send({ method: 'PATCH', path: iri, body: { costCenter: 'BENCH-BARE' }, retry: true }),
    );

    // the floor: the same PATCHes on fetch itself, no client code at all (what the demo, the HTTP stack and this
    // machine's wake-ups allow)
    const floorTargets = rows.slice(3 * NUMBERS, 4 * NUMBERS).map((r) => String(r['@id']));
    const floorSeconds = await concurrently(floorTargets, rawPatch(demo, bareAuthorization));

    const clean = await runJob(clientFor(demo, CONCURRENCY), rows, engineTargets, dir, 'bench');
    const { seconds: jobSeconds, perOp: jobPerOp, operations } = clean;
    if (clean.summary.counts.applied !== operations) throw new Error(`only ${clean.summary.counts.applied} applied`);

    const faulty = await startDemoProcess({ latencyMs: LATENCY_MS, faults: DEMO_FAULTS });
    let mixed: JobRun;
    try {
      const faultyRows = (await clientFor(faulty, CONCURRENCY).listAll<Row>('/phonenumbers')).items;
      mixed = await runJob(
        clientFor(faulty, CONCURRENCY, ISSUE_FAULT_MIX),
        faultyRows,
        faultyRows.slice(0, NUMBERS).map((r) => String(r['@id'])),
        dir,
        'bench-faults',
      );
    } finally {
      await faulty.close();
    }

    const ideal = (operations * LATENCY_MS) / CONCURRENCY / 1000;
    return [
      {
        name: `bulk job ${operations} PATCHes @${LATENCY_MS}ms, engine (concurrency ${CONCURRENCY}, journal) vs one-at-a-time loop`,
        value: Number(jobSeconds.toFixed(3)),
        unit: 's',
        baseline: Number(loopSeconds.toFixed(3)),
        ratio: loopSeconds / jobSeconds,
        target: '>= 5x',
      },
      {
        name: `bulk job against the ideal (${operations} x ${LATENCY_MS} ms / ${CONCURRENCY})`,
        value: Number(jobSeconds.toFixed(3)),
        unit: 's',
        baseline: Number(ideal.toFixed(3)),
        ratio: jobSeconds / ideal,
        target: '<= 1.1x',
      },
      {
        name: `bulk job against the bare client (the same ${operations} PATCHes, ${CONCURRENCY} at a time, no engine or journal)`,
        value: Number(jobSeconds.toFixed(3)),
        unit: 's',
        baseline: Number(bareSeconds.toFixed(3)),
        ratio: jobSeconds / bareSeconds,
        target: null,
      },
      {
        name: `  part: start to the first PATCH leaving (the job and its ${operations} operations journalled first)`,
        value: Number((clean.firstSendSeconds * 1000).toFixed(1)),
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: null,
      },
      {
        name: `  part: floor, the same ${operations} PATCHes on fetch alone (${CONCURRENCY} at a time, no client code), against the ideal`,
        value: Number(floorSeconds.toFixed(3)),
        unit: 's',
        baseline: Number(ideal.toFixed(3)),
        ratio: floorSeconds / ideal,
        target: null,
      },
      {
        name: 'bulk job requests per operation (PATCH), engine vs loop',
        value: Number(jobPerOp.toFixed(3)),
        unit: 'req/op',
        baseline: Number(loopPerOp.toFixed(3)),
        ratio: jobPerOp / loopPerOp,
        target: '1.0',
      },
      {
        name: `bulk job under the fault mix (10% 500/502/503, 5% lost answers, 5 s tokens): ${mixed.summary.counts.applied} applied, ${mixed.summary.counts.failed + mixed.summary.counts.unknown} failed; vs fault-free`,
        value: Number(mixed.seconds.toFixed(3)),
        unit: 's',
        baseline: Number(jobSeconds.toFixed(3)),
        ratio: mixed.seconds / jobSeconds,
        target: null,
      },
      {
        name: 'bulk job operations not applied under the fault mix',
        value: mixed.operations - mixed.summary.counts.applied,
        unit: 'ops',
        baseline: 0,
        ratio: null,
        target: '0',
      },
      {
        name: 'bulk job requests per operation (PATCH) under the fault mix vs fault-free',
        value: Number(mixed.perOp.toFixed(3)),
        unit: 'req/op',
        baseline: Number(jobPerOp.toFixed(3)),
        ratio: mixed.perOp / jobPerOp,
        target: null,
      },
    ];
  } finally {
    await demo.close();
    await rm(dir, { recursive: true, force: true });
  }
}
