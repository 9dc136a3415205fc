import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: repoRoot });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.endsWith('no-restricted-imports'))
    .map((message) => message.message);
}

describe('process boundaries are enforced by lint rules', () => {
  it.each(['electron', 'electron-store', 'keytar'])(
    'main code below the composition root may not import %s',
    async (name) => {
      const messages = await restrictedImportMessages(
        'src-main/platform/example.ts',
        `import x from '${name}';\nexport const y = x;\n`,
      );
      expect(messages.join('\n')).toContain('Only the Electron glue files');
    },
  );

  it('the Electron glue files may import electron', async () => {
    expect(
      await restrictedImportMessages(
        'src-main/electron/example.ts',
        `import { app } from 'electron';\nexport const a = app;\n`,
      ),
    ).toEqual([]);
    expect(
      await restrictedImportMessages('src-main/index.ts', `import { app } from 'electron';\nexport const a = app;\n`),
    ).toEqual([]);
  });

  it('the renderer may not import main code, Node built-ins or Electron', async () => {
    const file = 'src-renderer/src/example.ts';
    expect(
      await restrictedImportMessages(
        file,
        `import { createAppCore } from '../../src-main/app/create-app-core.ts';\nexport const c = createAppCore;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImportMessages(
        file,
        `import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n`,
      ),
    ).toHaveLength(1);
    expect(await restrictedImportMessages(file, `import fs from 'fs';\nexport const r = fs;\n`)).toHaveLength(1);
    expect(
      await restrictedImportMessages(file, `import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n`),
    ).toHaveLength(1);
  });

  it('the renderer takes only types from the contract', async () => {
    const file = 'src-renderer/src/example.ts';
    expect(
      await restrictedImportMessages(
        file,
        `import type { NocApi } from '../../src-preload/contract/index.ts';\nexport type A = NocApi;\n`,
      ),
    ).toEqual([]);
    expect(
      await restrictedImportMessages(
        file,
        `import { channels } from '../../src-preload/contract/index.ts';\nexport const c = channels;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImportMessages(
        file,
        `import { installNocApi } from '../../src-preload/noc-api.ts';\nexport const i = installNocApi;\n`,
      ),
    ).toHaveLength(1);
  });

  it('the renderer may run the shared pure code of the contract, which imports nothing else', async () => {
    expect(
      await restrictedImportMessages(
        'src-renderer/src/example.ts',
        `import { rule } from '../../src-preload/contract/shared/rule.ts';\nexport const r = rule;\n`,
      ),
    ).toEqual([]);
    expect(
      await restrictedImportMessages(
        'src-preload/contract/shared/rule.ts',
        `import { z } from 'zod';\nexport const rule = z;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImportMessages(
        'src-preload/contract/shared/rule.ts',
        `import { channels } from '../channels.ts';\nexport const rule = channels;\n`,
      ),
    ).toHaveLength(1);
  });

  it('the preload imports only electron and the contract', async () => {
    expect(
      await restrictedImportMessages('src-preload/index.ts', `import { z } from 'zod';\nexport const a = z;\n`),
    ).toHaveLength(1);
    expect(
      await restrictedImportMessages(
        'src-preload/index.ts',
        `import { x } from '../src-main/app/create-app-core.ts';\nexport const a = x;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImportMessages(
        'src-preload/index.ts',
        `import { channels } from './contract/channels.ts';\nexport const a = channels;\n`,
      ),
    ).toEqual([]);
  });
});
