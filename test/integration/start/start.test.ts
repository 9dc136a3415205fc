// The README's first command on a fresh clone (issue #8): `npm start` builds the app and launches Electron on it, or
// says in words a user can act on why it cannot.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, posix, root, run, tempDir } from './npm.ts';

const electronVersion = (
  JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;

/** A copy of this project as `npm ci` leaves it on a fresh clone: every dependency, no Electron binary yet. */
function freshClone(): string {
  const dir = tempDir('noc-fresh-clone-');
  for (const file of ['package.json', 'package-lock.json', '.npmrc', 'scripts']) {
    cpSync(path.join(root, file), path.join(dir, file), { recursive: true });
  }
  mkdirSync(path.join(dir, 'node_modules'));
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (name !== 'electron')
      symlinkSync(path.join(root, 'node_modules', name), path.join(dir, 'node_modules', name), 'junction');
  }
  const electron = path.join(root, 'node_modules/electron');
  cpSync(electron, path.join(dir, 'node_modules/electron'), {
    recursive: true,
    filter: (source) => !['dist', 'path.txt'].includes(path.relative(electron, source)),
  });
  return dir;
}

describe.skipIf(!posix)('npm start with ELECTRON_EXEC_PATH', () => {
  it('builds the app, then starts that executable on it', { timeout: 300_000 }, () => {
    const dir = tempDir('noc-stand-in-');
    const record = path.join(dir, 'record.txt');
    const standIn = path.join(dir, 'electron');
    writeFileSync(standIn, `#!/bin/sh\n{ pwd; printf '%s\\n' "$@"; } > '${record}'\n`, { mode: 0o755 });
    const before = Math.floor(Date.now() / 1000) * 1000;

    const start = run('npm', ['start'], root, childEnv({ ELECTRON_EXEC_PATH: standIn }));
    console.info(`npm start with a stand-in Electron: ${start.seconds.toFixed(1)} s`);

    expect(start.status, start.output).toBe(0);
    expect(start.output).not.toContain('Downloading Electron');
    for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(statSync(path.join(root, built)).mtimeMs, built).toBeGreaterThanOrEqual(before);
    }
    const [cwd, ...args] = readFileSync(record, 'utf8').trim().split('\n');
    expect(args).toEqual(['.']);
    expect(realpathSync(path.resolve(cwd!, args[0]!))).toBe(realpathSync(root));
  });
});

describe('npm start on a fresh clone that cannot download Electron', () => {
  // An unreachable mirror and an empty download cache: fails fast and the same way with or without internet.
  const offline = (cache: string) =>
    childEnv({
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      npm_config_electron_mirror: 'http://127.0.0.1:9/',
      electron_config_cache: cache,
    });

  it('start, dev and dist stop with the download error and what to do', { timeout: 120_000 }, () => {
    const clone = freshClone();
    for (const script of [['start'], ['run', 'dev'], ['run', 'dist']]) {
      const attempt = run('npm', script, clone, offline(path.join(clone, 'electron-cache')));
      const said = `npm ${script.join(' ')}:\n${attempt.output}`;
      expect(attempt.status, said).not.toBe(0);
      expect(attempt.output, said).toContain(`Could not download Electron ${electronVersion}: TypeError: fetch failed`);
      expect(attempt.output, said).toContain(
        `Check your network or proxy (set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1), set ELECTRON_MIRROR to a mirror you can reach, or set ELECTRON_EXEC_PATH to an Electron ${electronVersion.split('.')[0]} executable you already have.`,
      );
      expect(attempt.output, said).not.toContain('Electron uninstall');
      expect(attempt.output, said).not.toMatch(/^\s+at\s/m);
      expect(attempt.seconds, said).toBeLessThan(30);
    }
    expect(existsSync(path.join(clone, 'node_modules/electron/path.txt'))).toBe(false);
  });

  it('downloads nothing when the Electron binary is already there', () => {
    const clone = freshClone();
    const electron = path.join(clone, 'node_modules/electron');
    const executables: Record<string, string> = {
      darwin: 'Electron.app/Contents/MacOS/Electron',
      win32: 'electron.exe',
    };
    const executable = executables[process.platform] ?? 'electron';
    mkdirSync(path.dirname(path.join(electron, 'dist', executable)), { recursive: true });
    writeFileSync(path.join(electron, 'dist', executable), '');
    writeFileSync(path.join(electron, 'dist/version'), `v${electronVersion}`);
    writeFileSync(path.join(electron, 'path.txt'), executable);

    const check = run(process.execPath, ['scripts/ensure-electron.mjs'], clone, offline(path.join(clone, 'cache')));
    expect(check.status, check.output).toBe(0);
    expect(check.output).toBe('');
  });
});
