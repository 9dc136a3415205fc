import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EventName, EventPayload } from '../../../src-preload/contract/index.ts';
import { createAppCore, type AppCore } from '../../../src-main/app/create-app-core.ts';
import { DEFAULT_DEMO_CREDENTIALS, type DemoOptions } from '../../../src-main/demo/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import { createConfStore } from '../../bridge/conf-store.ts';
import { testKeychainService } from '../../support/keychain.ts';

export interface AppHarness {
  core: AppCore;
  userDataDir: string;
  call<T>(channel: string, input: unknown): Promise<T>;
  next<N extends EventName>(
    event: N,
    accept?: (payload: EventPayload<N>) => boolean,
    timeoutMs?: number,
  ): Promise<EventPayload<N>>;
  dispose(): Promise<void>;
}

/** A user-data folder and keychain service that outlive one app core (an app started again on the same data). */
export interface AppPlace {
  userDataDir: string;
  keychainService: string;
}

/**
 * The main-side app core with its demo platform, on a fresh user-data folder and throwaway keychain entries, or on
 * a given place, which dispose then leaves as it is.
 */
export async function startApp(demoOptions: DemoOptions, place?: AppPlace): Promise<AppHarness> {
  const userDataDir = place?.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'noc-grid-faults-')));
  const keychain = place ? null : testKeychainService();
  const core = createAppCore({
    appInfo: () => ({
      name: 'noc-console',
      version: '0.0.0',
      runtime: { kind: 'bridge', node: process.versions.node },
      platform: process.platform,
    }),
    settingsStore: createConfStore(userDataDir),
    vault: createKeytarVault(place?.keychainService ?? keychain!.service),
    fetch: (url, init) => fetch(url, init),
    userDataDir,
    demoCredentials: () => DEFAULT_DEMO_CREDENTIALS,
    demoOptions,
  });
  await core.start();
  return {
    core,
    userDataDir,
    async call<T>(channel: string, input: unknown): Promise<T> {
      const result = await core.router.dispatch(`t:${Math.random()}`, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    next(event, accept = () => true, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
        const off = core.events.subscribe((name: EventName, payload: unknown) => {
          if (name === event && accept(payload as never)) {
            clearTimeout(timer);
            off();
            resolve(payload as never);
          }
        });
      });
    },
    async dispose() {
      await core.dispose();
      if (!keychain) return;
      await keychain.cleanup();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
