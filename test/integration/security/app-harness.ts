import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcResult } from '../../../src-preload/contract/errors.ts';
import type { ChannelName, ChannelOutput } from '../../../src-preload/contract/index.ts';
import { createAppCore, type AppCore, type AppCoreDeps } from '../../../src-main/app/create-app-core.ts';
import { DEFAULT_DEMO_CREDENTIALS } from '../../../src-main/demo/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import { createConfStore } from '../../bridge/conf-store.ts';
import { testKeychainService } from '../../support/keychain.ts';

/** The real app core (real keychain, settings file, logs and cache), with every IPC answer and event recorded. */
export interface AppHarness {
  core: AppCore;
  userDataDir: string;
  vault: ReturnType<typeof createKeytarVault>;
  responses: IpcResult<unknown>[];
  events: { event: string; payload: unknown }[];
  call<C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>>;
  fail(channel: ChannelName, input: unknown): Promise<{ code: string; message: string; details?: unknown }>;
  /** Every file under the user-data folder, as text. */
  files(): Promise<{ where: string; text: string }[]>;
  close(): Promise<void>;
}

export async function startAppHarness(
  overrides: Partial<AppCoreDeps> = {},
  /** Runs before the core starts: to leave files or keychain entries an older version wrote. */
  prepare?: (userDataDir: string, vault: ReturnType<typeof createKeytarVault>) => Promise<void>,
): Promise<AppHarness> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'noc-sec-'));
  const keychain = testKeychainService();
  const vault = createKeytarVault(keychain.service);
  await prepare?.(userDataDir, vault);
  const core = createAppCore({
    appInfo: () => ({
      name: 'noc-console',
      version: '0.0.0',
      runtime: { kind: 'bridge', node: process.versions.node },
      platform: process.platform,
    }),
    settingsStore: createConfStore(userDataDir),
    vault,
    fetch: (url, init) => fetch(url, init),
    userDataDir,
    demoCredentials: () => DEFAULT_DEMO_CREDENTIALS,
    ...overrides,
  });
  const responses: IpcResult<unknown>[] = [];
  const events: { event: string; payload: unknown }[] = [];
  core.events.subscribe((event, payload) => events.push({ event, payload }));
  let callId = 0;
  const dispatch = async (channel: string, input: unknown): Promise<IpcResult<unknown>> => {
    callId += 1;
    const result = await core.router.dispatch(`test:${callId}`, channel, input);
    responses.push(result);
    return result;
  };
  await core.start();
  return {
    core,
    userDataDir,
    vault,
    responses,
    events,
    async call(channel, input) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as ChannelOutput<typeof channel>;
    },
    async fail(channel, input) {
      const result = await dispatch(channel, input);
      if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return result.error;
    },
    async files() {
      await core.logger.flush();
      const entries = await readdir(userDataDir, { recursive: true, withFileTypes: true });
      const found: { where: string; text: string }[] = [];
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        const file = path.join(entry.parentPath, entry.name);
        // an atomic write's temporary file may be renamed away between the listing and the read: its content is
        // read under the final name
        const text = await readFile(file, 'latin1').catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return null;
          throw error;
        });
        if (text !== null) found.push({ where: file, text });
      }
      return found;
    },
    async close() {
      await core.dispose();
      await keychain.cleanup();
      // a connect still failing when the core was disposed may log a last line while the folder is removed
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
