// List-all of 50,000 phone numbers from the demo platform at 20 ms latency: parallel paging through the
// governor (concurrency 6) against following hydra:next one page at a time, measured in the same run.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { DemoCredentials } from '../../src-main/demo/index.ts';
import { createPlatformClient, type PlatformClient } from '../../src-main/platform/client.ts';
import type { ListAllResult } from '../../src-main/platform/hydra.ts';

interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  target: string | null;
}

const ROWS = 50_000;
const LATENCY_MS = 20;
const CONCURRENCY = 6;
const ROUNDS = 2;

interface Demo {
  url: string;
  credentials: DemoCredentials;
  /** CPU time the demo's process has used so far (ms). */
  cpuMs(): Promise<number>;
  close(): Promise<void>;
}

/** The demo platform in a process of its own: a real platform is remote, its CPU is not the client's. */
async function startDemoProcess(): Promise<Demo> {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      path.join(import.meta.dirname, 'fixtures/demo-process.ts'),
      '--latency',
      String(LATENCY_MS),
      '--numbers',
      String(ROWS),
      '--report-cpu',
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.(line));
  const nextLine = (): Promise<string> => new Promise((resolve) => waiting.push(resolve));
  const { url, credentials } = JSON.parse(await nextLine()) as { url: string; credentials: DemoCredentials };
  return {
    url,
    credentials,
    cpuMs: async () => {
      const answer = nextLine();
      child.stdin.write('cpu\n');
      return (JSON.parse(await answer) as { cpuMs: number }).cpuMs;
    },
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Page requests the client made (the demo's own request log is in the other process). */
const pageRequests = { count: 0 };

function clientFor(demo: Demo): PlatformClient {
  return createPlatformClient({
    baseUrl: demo.url,
    auth: {
      mode: 'jwt',
      email: demo.credentials.email,
      clientId: demo.credentials.clientId,
      password: async () => demo.credentials.password,
    },
    fetch: (url, init) => {
      if (String(url).includes('/phonenumbers')) pageRequests.count += 1;
      return fetch(url, init);
    },
    concurrency: CONCURRENCY,
  });
}

interface Timed {
  seconds: number;
  requests: number;
  /** CPU time per page of the client (this process) and of the demo's process. */
  clientCpuMs: number;
  demoCpuMs: number;
}

async function timed(demo: Demo, list: () => Promise<ListAllResult>): Promise<Timed> {
  const logged = pageRequests.count;
  const demoBefore = await demo.cpuMs();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await list();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const demoCpuMs = (await demo.cpuMs()) - demoBefore;
  const distinct = new Set(result.items.map((item) => item['@id'])).size;
  if (result.items.length !== ROWS || distinct !== ROWS)
    throw new Error(`incomplete listing: ${result.items.length} rows, ${distinct} distinct`);
  const requests = pageRequests.count - logged;
  return { seconds, requests, clientCpuMs: (cpu.user + cpu.system) / 1000 / requests, demoCpuMs: demoCpuMs / requests };
}

export default async function bench(): Promise<BenchFigure[]> {
  const demo = await startDemoProcess();
  try {
    const api = clientFor(demo);
    // sign in and warm up both code paths outside the measurement
    await api.listAll('/phonenumbers', { query: { blockStart: '010' } });
    await api.listAllSequential('/phonenumbers', { query: { blockStart: '010' } });

    const sequential: Timed[] = [];
    const parallel: Timed[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      sequential.push(await timed(demo, () => api.listAllSequential('/phonenumbers')));
      parallel.push(await timed(demo, () => api.listAll('/phonenumbers')));
    }
    const meanOf = (runs: Timed[], pick: (run: Timed) => number): number =>
      runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
    const clientCpu = meanOf(parallel, (run) => run.clientCpuMs);
    const demoCpu = meanOf(parallel, (run) => run.demoCpuMs);
    const best = (runs: { seconds: number }[]): number => Math.min(...runs.map((r) => r.seconds));
    const seqSeconds = best(sequential);
    const parSeconds = best(parallel);
    const perThousand = (runs: { requests: number }[]): number => (runs[0]!.requests / ROWS) * 1000;
    const seqPerK = perThousand(sequential);
    const parPerK = perThousand(parallel);
    return [
      {
        name: `platform list-all ${ROWS.toLocaleString('en')} rows @${LATENCY_MS}ms, parallel paging (concurrency ${CONCURRENCY}) vs hydra:next`,
        value: Number(parSeconds.toFixed(3)),
        unit: 's',
        baseline: Number(seqSeconds.toFixed(3)),
        ratio: Number((seqSeconds / parSeconds).toFixed(2)),
        target: '>= 5x',
      },
      {
        name: 'platform list-all requests per 1,000 rows (parallel vs hydra:next)',
        value: Number(parPerK.toFixed(2)),
        unit: 'requests',
        baseline: Number(seqPerK.toFixed(2)),
        ratio: Number((seqPerK / parPerK).toFixed(2)),
        target: null,
      },
      {
        // both processes share this machine's cores; a real platform's CPU is not the console's
        name: 'platform list-all CPU per page, parallel: client (parse, merge, pipeline) vs the demo (serialise, send)',
        value: Number(clientCpu.toFixed(2)),
        unit: 'ms',
        baseline: Number(demoCpu.toFixed(2)),
        ratio: Number((clientCpu / demoCpu).toFixed(2)),
        target: null,
      },
    ];
  } finally {
    await demo.close();
  }
}
