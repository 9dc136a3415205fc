// Probe, not part of `npm run bench`: where a PATCH's time goes beyond the latency. Wall time per request, and CPU
// per request in this process (the client) and in the demo's, at 0 and 30 ms latency, one at a time and six at a
// time. PROBE_CASES='[[latencyMs, concurrency], …]' picks the cases.
// Run: node --disable-warning=ExperimentalWarning test/bench/probes/bulk-cost.ts
import { demoClient, startDemoProcess } from '../fixtures/demo-spawn.ts';

const CASES: [number, number][] = process.env['PROBE_CASES']
  ? (JSON.parse(process.env['PROBE_CASES']) as [number, number][])
  : [
      [0, 1],
      [30, 1],
      [30, 6],
    ];

for (const [latencyMs, concurrency] of CASES) {
  const demo = await startDemoProcess({ latencyMs });
  const client = demoClient(demo, { concurrency });
  await client.request({ path: '/phonenumbers/1' });
  const requests = latencyMs === 0 ? 2_000 : 600;
  const demoCpuBefore = await demo.cpuMs();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let sent = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < requests) {
        const id = 1 + (sent % 5_000);
        sent += 1;
        await client.send({ method: 'PATCH', path: `/phonenumbers/${id}`, body: { costCenter: `P${sent}` } });
      }
    }),
  );
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const demoCpu = (await demo.cpuMs()) - demoCpuBefore;
  const ideal = (requests * latencyMs) / concurrency;
  console.log(
    `latency ${latencyMs} ms, ${concurrency} at a time: ${(wall / requests).toFixed(2)} ms a request` +
      (ideal > 0 ? ` (${(wall / ideal).toFixed(3)}x the ideal)` : '') +
      `; CPU a request: client ${((cpu.user + cpu.system) / 1_000 / requests).toFixed(2)} ms, demo ${(demoCpu / requests).toFixed(2)} ms`,
  );
  await demo.close();
}
