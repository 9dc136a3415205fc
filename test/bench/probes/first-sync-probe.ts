// Probe, not part of `npm run bench` (which runs only the files directly in test/bench): only the first sync of the
// grid bench (nothing cached, demo in its own process at 20 ms), PROBE_RUNS times, in ~40 s instead of the bench's
// minutes, for back-to-back pairs. PROBE_PROF=<dir>: a CPU profile of main (the bridge host); PROBE_RPROF=1: of the
// renderer. Prints the figures and main's log lines.
// Run: scripts/with-keyring.sh node --disable-warning=ExperimentalWarning test/bench/probes/first-sync-probe.ts
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';
import { deleteAllSecrets } from '../../../src-main/electron/keychain.ts';
import { startProfile } from '../fixtures/renderer-profile.ts';

const rows = Number(process.env.PROBE_ROWS ?? 100_000);
const runs = Number(process.env.PROBE_RUNS ?? 1);
const prof = process.env.PROBE_PROF;
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const FIRST_ROW = '[role="row"][row-index="0"] [col-id="number"]';

async function startHost(userDataDir: string, service: string): Promise<ChildProcess & { url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`, '--cpu-prof-interval=500'] : []),
      path.join(repoRoot, 'test/bridge/cli.ts'),
      '--json',
      '--user-data',
      userDataDir,
      '--keychain-service',
      service,
      '--demo-process',
      '--demo-phone-numbers',
      String(rows),
      '--demo-latency',
      '20',
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bridge host exited (${String(code)})`)));
  });
  return Object.assign(child, { url: (JSON.parse(line) as { url: string }).url });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let run = 0; run < runs; run += 1) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'noc-probe-'));
  const service = `nl.nocconsole.probe.${randomUUID()}`;
  const load = loadavg()[0]!.toFixed(2);
  const spawnEpoch = Date.now();
  const host = await startHost(userDataDir, service);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const started = performance.now();
  const startedEpoch = Date.now();
  await page.goto(host.url);
  const rprof = process.env.PROBE_RPROF ? await startProfile(page, 500) : null;
  await page
    .getByRole('navigation', { name: 'Resources' })
    .getByRole('button', { name: 'Phone numbers' })
    .click({ timeout: 120_000 });
  const clicked = performance.now() - started;
  await page.waitForSelector(FIRST_ROW, { timeout: 300_000 });
  const first = performance.now() - started;
  const expected = `${rows.toLocaleString('en-US')} rows`;
  await page.waitForFunction(
    (e) =>
      document.querySelector('[aria-label="Row count"]')?.textContent === e &&
      document.querySelector('[role="row"][row-index="0"] [col-id="number"]') !== null,
    expected,
    { polling: 'raf', timeout: 300_000 },
  );
  const all = performance.now() - started;
  await rprof?.stop(`first-sync-renderer-${run}`);
  await page.waitForFunction(() => !document.querySelector('progress'), undefined, { timeout: 300_000 });
  await page.waitForTimeout(1500);
  const log = (await readFile(path.join(userDataDir, 'logs', 'main.log'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  process.stdout.write(`(times from goto; goto at ${startedEpoch - spawnEpoch} ms after the host was spawned)\n`);
  process.stdout.write(
    `run ${run + 1}: load ${load}→${loadavg()[0]!.toFixed(2)}  click ${(clicked / 1000).toFixed(2)} s  first rows ${(first / 1000).toFixed(2)} s  all rows ${(all / 1000).toFixed(2)} s\n`,
  );
  for (const entry of log) {
    const at = Date.parse(String(entry.time)) - startedEpoch;
    const { time: _t, level: _l, message, ...rest } = entry;
    if (/grid refreshed|schema|connecting|cache opened|grid opened|first-sync/.test(String(message)))
      process.stdout.write(
        `   ${String(at).padStart(6)} ms ${String(message)} ${JSON.stringify(rest).slice(0, 260)}\n`,
      );
  }
  await context.close();
  const exited = new Promise((resolve) => host.once('exit', resolve));
  host.kill('SIGTERM');
  await exited;
  await deleteAllSecrets(service).catch(() => 0);
  await rm(userDataDir, { recursive: true, force: true });
}
await browser.close();
