/**
 * Starts the demo platform by hand: node src-main/demo/cli.ts [--seed N] [--numbers N] [--latency MS] [--host H]
 */
import { parseArgs } from 'node:util';
import { startDemoPlatform } from './index.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    numbers: { type: 'string' },
    latency: { type: 'string' },
    host: { type: 'string' },
  },
});

const numberOr = (raw: string | undefined): number | undefined => (raw === undefined ? undefined : Number(raw));
const seed = numberOr(values.seed);
const phoneNumbers = numberOr(values.numbers);
const latencyMs = numberOr(values.latency);

const started = Date.now();
const demo = await startDemoPlatform({
  ...(seed !== undefined ? { seed } : {}),
  ...(phoneNumbers !== undefined ? { phoneNumbers } : {}),
  ...(latencyMs !== undefined ? { faults: { latencyMs } } : {}),
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
