// `npm run dev:bridge`: serves the built renderer and the main-side handlers on loopback, for a browser.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_DIALECTS, type DemoDialectId } from '../../src-main/demo/index.ts';
import { startBridgeHost } from './host.ts';

const isDemoDialect = (value: string | undefined): value is DemoDialectId =>
  (DEMO_DIALECTS as readonly (string | undefined)[]).includes(value);

const { values } = parseArgs({
  options: {
    'user-data': { type: 'string' },
    port: { type: 'string' },
    json: { type: 'boolean', default: false },
    'keychain-service': { type: 'string' },
    'ephemeral-keychain': { type: 'boolean', default: false },
    'fixed-demo-credentials': { type: 'boolean', default: false },
    'demo-offline': { type: 'boolean', default: false },
    'demo-phone-numbers': { type: 'string' },
    /** The moment the demo's data is generated around (epoch ms): the same rows again after a restart. */
    'demo-epoch': { type: 'string' },
    'demo-latency': { type: 'string' },
    'demo-dialect': { type: 'string' },
    'demo-hour-limit': { type: 'string' },
    'demo-hour-ms': { type: 'string' },
    /** The demo platform in a process of its own (benchmarks: a real platform is remote). */
    'demo-process': { type: 'boolean', default: false },
  },
});

if (values['demo-dialect'] !== undefined && !isDemoDialect(values['demo-dialect'])) {
  throw new Error(`--demo-dialect must be one of ${DEMO_DIALECTS.join(', ')}.`);
}

const userDataDir = values['user-data'] ?? (await mkdtemp(path.join(tmpdir(), 'noc-bridge-')));
const host = await startBridgeHost({
  userDataDir,
  ...(values.port ? { port: Number(values.port) } : {}),
  ...(values['keychain-service'] ? { keychainService: values['keychain-service'] } : {}),
  ephemeralKeychain: values['ephemeral-keychain'],
  fixedDemoCredentials: values['fixed-demo-credentials'],
  demoOffline: values['demo-offline'],
  demoInOwnProcess: values['demo-process'],
  demoOptions: {
    ...(values['demo-phone-numbers'] ? { phoneNumbers: Number(values['demo-phone-numbers']) } : {}),
    ...(values['demo-epoch'] ? { epoch: Number(values['demo-epoch']) } : {}),
    ...(values['demo-latency'] ? { faults: { latencyMs: Number(values['demo-latency']) } } : {}),
    ...(isDemoDialect(values['demo-dialect']) ? { dialect: values['demo-dialect'] } : {}),
    // Benchmarks and long sessions must not run into the demo's default hourly limit.
    rateLimit: {
      hourLimit: values['demo-hour-limit'] ? Number(values['demo-hour-limit']) : 1_000_000,
      dayLimit: 10_000_000,
      ...(values['demo-hour-ms'] ? { hourWindowMs: Number(values['demo-hour-ms']) } : {}),
    },
  },
});

if (values.json) {
  process.stdout.write(`${JSON.stringify({ url: host.url, userDataDir, token: host.token })}\n`);
} else {
  process.stdout.write(
    `NOC Console bridge is running.\n  Open (this link works once; reloading the page keeps working): ${host.url}\n` +
      `  User data: ${userDataDir}\n  Stop: Ctrl+C\n`,
  );
}

const stop = (): void => {
  setTimeout(() => process.exit(1), 5000).unref();
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
