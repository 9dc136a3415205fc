// An old Node.js is refused in one line naming the version found and the one needed (issue #8).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, posix, root, run, tempDir } from './npm.ts';

/** A Node.js older than package.json "engines" on this machine (Debian's /usr/bin/node is 20), if there is one. */
function oldNode(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/bin', '/usr/local/bin'];
  for (const dir of dirs) {
    const node = path.join(dir, posix ? 'node' : 'node.exe');
    if (!dir || !existsSync(node)) continue;
    const version = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    if (spawnSync(process.execPath, ['scripts/check-node.mjs', version], { cwd: root }).status === 1) return node;
  }
  return undefined;
}

describe('an old Node.js', () => {
  const old = oldNode();
  const withOldNode = () => childEnv({ PATH: `${path.dirname(old!)}${path.delimiter}${process.env.PATH ?? ''}` });

  it('is named in one line by the check, and a supported one passes it silently', async () => {
    const refused = await run(process.execPath, ['scripts/check-node.mjs', 'v20.20.2'], root, childEnv({}));
    expect(refused.status).toBe(1);
    expect(refused.output).toBe(
      'NOC Console needs Node.js 22.13 or newer; this is Node.js 20.20.2. Install Node.js 24 LTS and try again.\n',
    );
    const current = await run(process.execPath, ['scripts/check-node.mjs'], root, childEnv({}));
    expect(current).toMatchObject({ status: 0, output: '' });
  });

  it.skipIf(!old)(
    'stops `npm run dev:bridge` with that line instead of "bad option"',
    { timeout: 60_000 },
    async () => {
      const bridge = await run('npm', ['run', 'dev:bridge'], root, withOldNode());
      expect(bridge.status, bridge.output).not.toBe(0);
      expect(bridge.output).toMatch(/NOC Console needs Node\.js 22\.13 or newer; this is Node\.js \d+\.\d+\.\d+\./);
      expect(bridge.output).not.toContain('bad option');
    },
  );

  it.skipIf(!old || !existsSync(path.join(path.dirname(old ?? ''), 'npm')))(
    'is refused by `npm install` at once, naming the version found and the one needed',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir('noc-old-node-');
      for (const file of ['package.json', 'package-lock.json', '.npmrc'])
        cpSync(path.join(root, file), path.join(dir, file));
      const install = await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], dir, withOldNode());
      console.info(`npm install on an old Node.js: ${install.seconds.toFixed(1)} s\n${install.output}`);
      expect(install.status, install.output).not.toBe(0);
      expect(install.output).toContain('Required: {"node":">=22.13"}');
      expect(install.output).toMatch(/Actual: +\{"node":"v\d+/);
      expect(existsSync(path.join(dir, 'node_modules'))).toBe(false);
    },
  );
});
