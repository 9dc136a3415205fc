// List-all of 50,000 phone numbers from the demo platform at 20 ms latency: parallel paging through the
// governor (concurrency 6) against following hydra:next one page at a time, measured in the same run.
import type { PlatformClient } from '../../src-main/platform/client.ts';
import type { ListAllResult } from '../../src-main/platform/hydra.ts';
import type { BenchFigure } from './figure.ts';
import { demoClient, startDemoProcess, type DemoProcess } from './fixtures/demo-spawn.ts';

const ROWS = 50_000;
const LATENCY_MS = 20;
const CONCURRENCY = 6;
const ROUNDS = 2;

/** Page requests the client made (the demo's own request log is in the other process). */
const pageRequests = { count: 0 };

function clientFor(demo: DemoProcess): PlatformClient {
  return demoClient(demo, {
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

async function timed(demo: DemoProcess, list: () => Promise<ListAllResult>): Promise<Timed> {
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
  const demo = await startDemoProcess({ latencyMs: LATENCY_MS, numbers: ROWS });
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
        ratio: seqSeconds / parSeconds,
        target: '>= 5x',
      },
      {
        name: 'platform list-all requests per 1,000 rows (parallel vs hydra:next)',
        value: Number(parPerK.toFixed(2)),
        unit: 'requests',
        baseline: Number(seqPerK.toFixed(2)),
        ratio: seqPerK / parPerK,
        target: null,
      },
      {
        // both processes share this machine's cores; a real platform's CPU is not the console's
        name: 'platform list-all CPU per page, parallel: client (parse, merge, pipeline) vs the demo (serialise, send)',
        value: Number(clientCpu.toFixed(2)),
        unit: 'ms',
        baseline: Number(demoCpu.toFixed(2)),
        ratio: clientCpu / demoCpu,
        target: null,
      },
    ];
  } finally {
    await demo.close();
  }
}
