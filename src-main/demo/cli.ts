/**
 * Starts the demo platform by hand: node src-main/demo/cli.ts [--seed N] [--numbers N] [--latency MS] [--host H]
 *   [--error-rate 0.1] [--mixed-errors] [--lost-rate 0.05] [--token-seconds 5] [--hour-limit N] [--hour-ms MS]
 */
import { parseArgs } from 'node:util';
import { MIXED_SERVER_ERRORS, startDemoPlatform, type DemoFaults } from './index.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    numbers: { type: 'string' },
    latency: { type: 'string' },
    host: { type: 'string' },
    'error-rate': { type: 'string' },
    'mixed-errors': { type: 'boolean' },
    'lost-rate': { type: 'string' },
    'token-seconds': { type: 'string' },
    'hour-limit': { type: 'string' },
    'hour-ms': { type: 'string' },
  },
});

const numberOr = (raw: string | undefined): number | undefined => (raw === undefined ? undefined : Number(raw));
const seed = numberOr(values.seed);
const phoneNumbers = numberOr(values.numbers);
const latencyMs = numberOr(values.latency);
const errorRate = numberOr(values['error-rate']);
const lostResponseRate = numberOr(values['lost-rate']);
const tokenLifetimeSeconds = numberOr(values['token-seconds']);
const hourLimit = numberOr(values['hour-limit']);
const hourWindowMs = numberOr(values['hour-ms']);
const faults: Partial<DemoFaults> = {
  ...(latencyMs !== undefined ? { latencyMs } : {}),
  ...(errorRate !== undefined ? { errorRate } : {}),
  ...(values['mixed-errors'] ? { errorKinds: MIXED_SERVER_ERRORS } : {}),
  ...(lostResponseRate !== undefined ? { lostResponseRate } : {}),
  ...(tokenLifetimeSeconds !== undefined ? { tokenLifetimeSeconds } : {}),
};

const started = Date.now();
const demo = await startDemoPlatform({
  ...(seed !== undefined ? { seed } : {}),
  ...(phoneNumbers !== undefined ? { phoneNumbers } : {}),
  faults,
  ...(hourLimit !== undefined || hourWindowMs !== undefined
    ? { rateLimit: { hourLimit: hourLimit ?? 3600, dayLimit: 50_000, ...(hourWindowMs ? { hourWindowMs } : {}) } }
    : {}),
  ...(values.host ? { host: values.host } : {}),
});
const c = demo.credentials;
console.log(
  `NOC Console demo platform listening on ${demo.url} (started in ${Date.now() - started} ms, ${demo.data.phoneNumbers.size} phone numbers)`,
);
console.log(`  JWT:        curl -s -X POST ${demo.url}/authentication-token -H 'Content-Type: application/json' \\`);
console.log(`                -d '${JSON.stringify({ email: c.email, password: c.password, client_id: c.clientId })}'`);
console.log(
  `  static key: curl -s ${demo.url}/phonenumbers -H 'CLIENT-ID: ${c.clientId}' -H 'AUTH-TOKEN: ${c.authToken}'`,
);
console.log('Ctrl+C stops it.');

const stop = (): void => {
  void demo.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
