// The README's first command on a fresh clone (issue #8): `npm start` downloads Electron when it is missing, builds
// the app and launches Electron on it, or says in words a user can act on why it cannot.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { childEnv, posix, root, run, tempDir } from './npm.ts';

const electronVersion = (
  JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;

/**
 * A copy of this project as `npm ci` leaves it on a fresh clone: every dependency, no Electron binary yet. Electron and
 * electron-vite are copied, the rest linked: electron-vite must find the clone's Electron, not this checkout's.
 */
function freshClone(): string {
  const dir = tempDir('noc-fresh-clone-');
  for (const file of ['package.json', 'package-lock.json', '.npmrc', 'scripts']) {
    cpSync(path.join(root, file), path.join(dir, file), { recursive: true });
  }
  const [from, to] = [path.join(root, 'node_modules'), path.join(dir, 'node_modules')];
  mkdirSync(to);
  for (const name of readdirSync(from)) {
    if (name !== 'electron' && name !== 'electron-vite')
      symlinkSync(path.join(from, name), path.join(to, name), 'junction');
  }
  cpSync(path.join(from, 'electron-vite'), path.join(to, 'electron-vite'), { recursive: true });
  const electron = path.join(from, 'electron');
  cpSync(electron, path.join(to, 'electron'), {
    recursive: true,
    filter: (source) => !['dist', 'path.txt'].includes(path.relative(electron, source)),
  });
  return dir;
}

/** Where Electron's zip keeps the executable, as its install.js writes it into path.txt. */
const executables: Record<string, string> = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };
const executable = executables[process.platform] ?? 'electron';

/** A shell script that writes its working folder and arguments, one a line, to `record`. */
const standInScript = (record: string) => `#!/bin/sh\n{ pwd; printf '%s\\n' "$@"; } > '${record}'\n`;

/** A zip of stored (uncompressed) files with Unix modes, enough for Electron's extractor. */
function storedZip(files: { name: string; data: string; mode: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const [name, data] = [Buffer.from(file.name), Buffer.from(file.data)];
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed
    common.writeUInt16LE(0x21, 8); // date 1980-01-01
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(data.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, name, data]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by Unix, so the mode below counts
    common.copy(central, 6, 0, 26);
    central.writeUInt32LE((file.mode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local);
    centrals.push(Buffer.concat([central, name]));
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe.skipIf(!posix)('npm start with ELECTRON_EXEC_PATH', () => {
  it('builds the app, then starts that executable on it', { timeout: 300_000 }, async () => {
    const dir = tempDir('noc-stand-in-');
    const record = path.join(dir, 'record.txt');
    const standIn = path.join(dir, 'electron');
    writeFileSync(standIn, standInScript(record), { mode: 0o755 });
    const before = Math.floor(Date.now() / 1000) * 1000;

    const start = await run('npm', ['start'], root, childEnv({ ELECTRON_EXEC_PATH: standIn }));
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

describe.skipIf(!posix)('npm start on a fresh clone', () => {
  it('downloads Electron (here from a local ELECTRON_MIRROR), which electron-vite then starts on the app', async () => {
    const clone = freshClone();
    const record = path.join(clone, 'launched.txt');
    const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
    const zip = storedZip([
      { name: executable, data: standInScript(record), mode: 0o755 },
      { name: 'version', data: `v${electronVersion}`, mode: 0o644 },
    ]);
    const files: Record<string, Buffer | string> = {
      [`/v${electronVersion}/${zipName}`]: zip,
      [`/v${electronVersion}/SHASUMS256.txt`]: `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`,
    };
    const mirror = createServer((request, response) => {
      const file = files[request.url ?? ''];
      response.writeHead(file === undefined ? 404 : 200).end(file);
    });
    mirror.listen(0, '127.0.0.1');
    await once(mirror, 'listening');
    const { port } = mirror.address() as AddressInfo;
    const env = childEnv({
      ELECTRON_MIRROR: `http://127.0.0.1:${String(port)}/`,
      electron_use_remote_checksums: '1',
      electron_config_cache: path.join(clone, 'electron-cache'),
    });
    try {
      // `npm start` is these two steps; the build between them is covered above, so this one skips it.
      const ensure = await run(process.execPath, ['scripts/ensure-electron.mjs'], clone, env);
      expect(ensure, ensure.output).toMatchObject({
        status: 0,
        output: `Downloading Electron ${electronVersion} (first start only)...\n`,
      });
      mkdirSync(path.join(clone, 'out/main'), { recursive: true });
      writeFileSync(path.join(clone, 'out/main/index.js'), '');
      const cli = path.join(clone, 'node_modules/electron-vite/bin/electron-vite.js');
      const preview = await run(process.execPath, [cli, 'preview', '--skipBuild'], clone, env);
      expect(preview.status, preview.output).toBe(0);
    } finally {
      mirror.close();
    }
    const [cwd, ...args] = readFileSync(record, 'utf8').trim().split('\n');
    expect(args).toEqual(['.']);
    expect(realpathSync(cwd!)).toBe(realpathSync(clone));
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

  it('start, dev and dist stop with the download error and what to do', { timeout: 120_000 }, async () => {
    const clone = freshClone();
    for (const script of [['start'], ['run', 'dev'], ['run', 'dist']]) {
      const attempt = await run('npm', script, clone, offline(path.join(clone, 'electron-cache')));
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

  it('downloads nothing when the Electron binary is already there', async () => {
    const clone = freshClone();
    const electron = path.join(clone, 'node_modules/electron');
    mkdirSync(path.dirname(path.join(electron, 'dist', executable)), { recursive: true });
    writeFileSync(path.join(electron, 'dist', executable), '');
    writeFileSync(path.join(electron, 'dist/version'), `v${electronVersion}`);
    writeFileSync(path.join(electron, 'path.txt'), executable);

    const check = await run(
      process.execPath,
      ['scripts/ensure-electron.mjs'],
      clone,
      offline(path.join(clone, 'cache')),
    );
    expect(check.status, check.output).toBe(0);
    expect(check.output).toBe('');
  });
});
