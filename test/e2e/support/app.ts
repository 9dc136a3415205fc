import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, type Page } from '@playwright/test';
import { deleteAllSecrets } from '../../../src-main/electron/keychain.ts';

/**
 * The app under test. In bridge mode (the default, and the only mode on machines without the Electron binary) a
 * bridge host runs the main-side handlers in a child process and the page is Chromium; with E2E_TARGET=electron
 * the real app is launched through Playwright's `_electron`.
 */
export interface AppUnderTest {
  page: Page;
  target: 'bridge' | 'electron';
  userDataDir: string;
  /** The keychain service this test's secrets are stored under (to take one away, as a wiped keychain would). */
  keychainService: string;
  /** Stops the main side and starts it again on the same user data, then opens the page again. */
  restart(options?: HostOptions): Promise<void>;
  /** Kills the main side at once (SIGKILL), as a crash or a forced quit would. */
  kill(): Promise<void>;
  /** Takes the embedded demo platform off the network, or brings it back (bridge only). */
  setDemoAvailable(available: boolean): Promise<void>;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export interface HostOptions {
  demoOffline?: boolean;
  /** Latency of the embedded demo platform, to make jobs slow enough to interrupt. */
  demoLatencyMs?: number;
  /** How the demo platform names things and whether it documents itself ('renamed', 'undocumented'). */
  demoDialect?: 'standard' | 'renamed' | 'undocumented';
  /** Phone numbers of the demo, and its hourly budget and the length of its "hour" (rate-limit tests). */
  demoPhoneNumbers?: number;
  demoHourLimit?: number;
  demoHourMs?: number;
}

interface RunningHost {
  /** One-time link that sets the bridge's session cookie and opens the page. */
  url: string;
  token: string;
  process: ChildProcess;
}

async function startHost(
  userDataDir: string,
  keychainService: string,
  port?: number,
  options: HostOptions = {},
): Promise<RunningHost> {
  const args = [
    '--disable-warning=ExperimentalWarning',
    path.join(repoRoot, 'test/bridge/cli.ts'),
    '--json',
    '--user-data',
    userDataDir,
    '--keychain-service',
    keychainService,
    '--fixed-demo-credentials',
    ...(options.demoOffline ? ['--demo-offline'] : []),
    ...(options.demoLatencyMs ? ['--demo-latency', String(options.demoLatencyMs)] : []),
    ...(options.demoDialect ? ['--demo-dialect', options.demoDialect] : []),
    ...(options.demoPhoneNumbers ? ['--demo-phone-numbers', String(options.demoPhoneNumbers)] : []),
    ...(options.demoHourLimit ? ['--demo-hour-limit', String(options.demoHourLimit)] : []),
    ...(options.demoHourMs ? ['--demo-hour-ms', String(options.demoHourMs)] : []),
  ];
  if (port) args.push('--port', String(port));
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) =>
      reject(new Error(`The bridge host exited with code ${String(code)} before it was ready.`)),
    );
  });
  const { url, token } = JSON.parse(first) as { url: string; token: string };
  return { url, token, process: child };
}

async function stopHost(host: RunningHost): Promise<void> {
  if (host.process.exitCode !== null || host.process.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => host.process.once('exit', () => resolve()));
  host.process.kill('SIGTERM');
  await exited;
}

export const test = base.extend<{ app: AppUnderTest; hostOptions: HostOptions }>({
  /** Options of the first bridge host start, e.g. `test.use({ hostOptions: { demoDialect: 'renamed' } })`. */
  hostOptions: [{}, { option: true }],
  app: async ({ page, playwright, hostOptions }, use, testInfo) => {
    const userDataDir = await mkdtemp(path.join(tmpdir(), 'noc-e2e-'));
    // A service name of this test's own: whatever it stores in the keychain is deleted when it ends.
    const keychainService = `nl.nocconsole.test.e2e-${randomUUID()}`;
    if (process.env['E2E_TARGET'] === 'electron') {
      const electronApp = await playwright._electron.launch({
        args: [path.join(repoRoot, 'out/main/index.js'), `--user-data-dir=${userDataDir}`],
        cwd: repoRoot,
      });
      const window = await electronApp.firstWindow();
      await use({
        page: window,
        target: 'electron',
        userDataDir,
        keychainService,
        restart: () => Promise.reject(new Error('restart is only implemented for the bridge target')),
        kill: () => Promise.reject(new Error('kill is only implemented for the bridge target')),
        setDemoAvailable: () => Promise.reject(new Error('the demo switch is only implemented for the bridge target')),
      });
      await electronApp.close();
    } else {
      let host = await startHost(userDataDir, keychainService, undefined, hostOptions);
      const port = Number(new URL(host.url).port);
      await page.goto(host.url);
      await use({
        page,
        target: 'bridge',
        userDataDir,
        keychainService,
        async restart(options) {
          await stopHost(host);
          host = await startHost(userDataDir, keychainService, port, options ?? {});
          // a new host has a new token: its one-time link sets the new cookie and loads the page again
          await page.goto(host.url);
        },
        async kill() {
          const exited = new Promise<void>((resolve) => host.process.once('exit', () => resolve()));
          host.process.kill('SIGKILL');
          await exited;
        },
        async setDemoAvailable(available) {
          const response = await fetch(new URL(`/__bridge/control?token=${encodeURIComponent(host.token)}`, host.url), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ demoAvailable: available }),
          });
          if (response.status !== 204) throw new Error(`The bridge refused the demo switch: HTTP ${response.status}`);
        },
      });
      await stopHost(host);
    }
    await deleteAllSecrets(keychainService);
    await rm(userDataDir, { recursive: true, force: true });
    void testInfo;
  },
});

export { expect } from '@playwright/test';

/** Screenshots land in test-results/screenshots so that a person can look at them after the run. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(repoRoot, 'test-results/screenshots', `${name}.png`) });
}

/** The console opens on the overview; most specs start in the phone-number grid. */
export async function openPhoneNumbers(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: /Resources|Onderdelen/ })
    .getByRole('button', { name: /Phone numbers|Telefoonnummers/ })
    .click();
}

/**
 * Theme and language live in the Settings dialog: opens it from the header, picks the option, closes it again.
 * `control` is the select's label in the current language (Theme/Thema, Language/Taal).
 */
export async function choosePreference(page: Page, control: RegExp | string, option: string | { label: string }) {
  await page.getByRole('button', { name: /^(Settings|Instellingen)$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^(Settings|Instellingen)$/ });
  await dialog.getByLabel(control).selectOption(option);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}
