// Runs the project's real npm scripts as child processes, in an environment that cannot lean on the caller's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const root = path.resolve(import.meta.dirname, '../../..');
export const posix = process.platform !== 'win32';

/** The caller's environment without npm's own variables (they would point npm at this checkout) or Electron's. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|electron_|https?_proxy$|no_proxy$|node_use_env_proxy$)/i.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000, shell: !posix });
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    seconds: (performance.now() - started) / 1000,
  };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder, removed after the file's tests. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
