// Runs before `npm start`, `npm run dev` and `npm run dist`: makes sure the Electron binary is downloaded.
// Why: Electron's npm package has no install script; it downloads its binary the first time `require('electron')`
// runs (or its `install-electron` does) and only then writes path.txt, which electron-vite reads without ever
// requiring Electron, so a fresh clone stops at "Error: Electron uninstall". The download is Electron's own
// install.js (ELECTRON_MIRROR, ELECTRON_GET_USE_PROXY with HTTPS_PROXY, electron_config_cache all apply); its zip
// lands in the download cache that electron-builder reads too. ELECTRON_EXEC_PATH (an Electron executable, which
// electron-vite then launches) skips all of this. No dependencies, so it runs before anything else can fail.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));

// The same test install.js makes, on the files electron-vite reads.
function installed() {
  const read = (name) =>
    existsSync(path.join(electronDir, name)) ? readFileSync(path.join(electronDir, name), 'utf8') : '';
  const executable = read('path.txt');
  return (
    executable !== '' &&
    read('dist/version').replace(/^v/, '') === version &&
    existsSync(path.join(electronDir, 'dist', executable))
  );
}

if (!process.env.ELECTRON_EXEC_PATH && !installed()) {
  console.log(`Downloading Electron ${version} (first start only)...`);
  // electron-vite ignores ELECTRON_OVERRIDE_DIST_PATH and launches node_modules/electron/dist, so install there.
  const { ELECTRON_OVERRIDE_DIST_PATH: _ignored, ...env } = process.env;
  const run = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    // install.js prints the error's stack: keep its message, drop the "    at ..." frames.
    const message = (run.stderr || '')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '' && !/^\s+at\s/.test(line))
      .join('\n');
    console.error(
      `Could not download Electron ${version}: ${message || run.error?.message || `install.js ended with ${run.signal ?? run.status}`}`,
    );
    console.error(
      `Check your network or proxy (set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1), set ELECTRON_MIRROR to a mirror you can reach, or set ELECTRON_EXEC_PATH to an Electron ${version.split('.')[0]} executable you already have.`,
    );
    process.exit(1);
  }
}
