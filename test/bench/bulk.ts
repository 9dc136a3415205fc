// The bench: a 1,000-number set-cost-center job through the bulk engine (journal on disk, concurrency 6)
// against a loop that sends one PATCH at a time (as a collection runner does), both at 30 ms latency, same run.
// The demo platform runs in its own process, as a real platform is remote.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBulkEngine, type Row } from '../../src-main/bulk/index.ts';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { DemoCredentials } from '../../src-main/demo/index.ts';
import { createPlatformClient, type PlatformClient } from '../../src-main/platform/client.ts';
import type { SecretVault } from '../../src-main/secrets/secret-vault.ts';
import type { BenchFigure } from './figure.ts';

const NUMBERS = 1_000;
const LATENCY_MS = 30;
const CONCURRENCY = 6;

interface Demo {
  url: string;
  credentials: DemoCredentials;
  close(): Promise<void>;
}

async function startDemoProcess(): Promise<Demo> {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      path.join(import.meta.dirname, 'fixtures/demo-process.ts'),
      '--latency',
      String(LATENCY_MS),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  const { url, credentials } = JSON.parse(line) as { url: string; credentials: DemoCredentials };
  return {
    url,
    credentials,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** PATCH requests as the client sent them (attempts, retries included). */
const patches = { count: 0 };

function clientFor(demo: Demo, concurrency: number): PlatformClient {
  return createPlatformClient({
    baseUrl: demo.url,
    auth: {
      mode: 'jwt',
      email: demo.credentials.email,
      clientId: demo.credentials.clientId,
      password: async () => demo.credentials.password,
    },
    fetch: (url, init) => {
      if (init.method === 'PATCH') patches.count += 1;
      return fetch(url, init);
    },
    concurrency,
  });
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

export default async function bench(): Promise<BenchFigure[]> {
  const demo = await startDemoProcess();
  const dir = await mkdtemp(path.join(tmpdir(), 'noc-bulk-bench-'));
  try {
    const rows = (await clientFor(demo, CONCURRENCY).listAll<Row>('/phonenumbers')).items;
    const engineTargets = rows.slice(0, NUMBERS).map((r) => String(r['@id']));
    const loopTargets = rows.slice(NUMBERS, 2 * NUMBERS).map((r) => String(r['@id']));

    // naive: one PATCH at a time, as a REST client's collection runner does
    const naive = clientFor(demo, 1);
    await naive.request({ path: '/phonenumbers/1' });
    let from = patches.count;
    let started = performance.now();
    for (const iri of loopTargets)
      await naive.request({ method: 'PATCH', path: iri, body: { costCenter: 'BENCH-LOOP' } });
    const loopSeconds = (performance.now() - started) / 1000;
    const loopPerOp = (patches.count - from) / NUMBERS;

    const client = clientFor(demo, CONCURRENCY);
    await client.request({ path: '/phonenumbers/1' });
    const engine = await createBulkEngine({
      profileId: 'bench',
      apiUser: () => 'bench',
      client: () => client,
      journalDir: dir,
      vault: memoryVault(),
      readRows: async () => rows.map((r) => ({ ...r })),
      onApplied: async () => undefined,
      onEvent: () => undefined,
    });
    const plan = await engine.plan({
      resource: 'phone-numbers',
      action: 'set-cost-center',
      targets: engineTargets,
      params: { value: 'BENCH-JOB' },
    });
    from = patches.count;
    started = performance.now();
    engine.start(plan.jobId, { expectedCount: plan.operations.length });
    const summary = await engine.whenDone(plan.jobId);
    const jobSeconds = (performance.now() - started) / 1000;
    const jobPerOp = (patches.count - from) / plan.operations.length;
    await engine.close();
    if (summary.counts.applied !== plan.operations.length) throw new Error(`only ${summary.counts.applied} applied`);

    const ideal = (plan.operations.length * LATENCY_MS) / CONCURRENCY / 1000;
    return [
      {
        name: `bulk job ${plan.operations.length} PATCHes @${LATENCY_MS}ms, engine (concurrency ${CONCURRENCY}, journal) vs one-at-a-time loop`,
        value: Number(jobSeconds.toFixed(3)),
        unit: 's',
        baseline: Number(loopSeconds.toFixed(3)),
        ratio: Number((loopSeconds / jobSeconds).toFixed(2)),
        target: '>= 5x',
      },
      {
        name: `bulk job against the ideal (${plan.operations.length} x ${LATENCY_MS} ms / ${CONCURRENCY})`,
        value: Number(jobSeconds.toFixed(3)),
        unit: 's',
        baseline: Number(ideal.toFixed(3)),
        ratio: Number((jobSeconds / ideal).toFixed(2)),
        target: '<= 1.3x',
      },
      {
        name: 'bulk job requests per operation (PATCH), engine vs loop',
        value: Number(jobPerOp.toFixed(3)),
        unit: 'req/op',
        baseline: Number(loopPerOp.toFixed(3)),
        ratio: Number((jobPerOp / loopPerOp).toFixed(2)),
        target: '1.0',
      },
    ];
  } finally {
    await demo.close();
    await rm(dir, { recursive: true, force: true });
  }
}
