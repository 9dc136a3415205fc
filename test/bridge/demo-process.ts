// The demo platform in a process of its own, for the bridge host of benchmarks: a real platform is remote, so its
// CPU must not be charged to the console's main process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { DemoOptions, DemoPlatform } from '../../src-main/demo/index.ts';

const script = path.resolve(import.meta.dirname, '../bench/fixtures/demo-process.ts');

/** Starts the demo in a child process; only its address, credentials and close() are available from here. */
export async function startDemoProcess(options: DemoOptions): Promise<DemoPlatform> {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', script, '--options', JSON.stringify(options)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the demo process exited (${String(code)})`)));
  });
  const { url, credentials } = JSON.parse(line) as Pick<DemoPlatform, 'url' | 'credentials'>;
  const elsewhere = (): never => {
    throw new Error('The demo platform runs in another process: only its address is known here.');
  };
  return {
    url,
    credentials,
    setFaults: elsewhere,
    get requestLog() {
      return elsewhere();
    },
    clearLog: elsewhere,
    get stats() {
      return elsewhere();
    },
    get data() {
      return elsewhere();
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
