import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openProfileCache, type CacheNotice, type CacheRow, type ProfileCache } from '../../../src-main/cache/index.ts';
import { startDemoPlatform } from '../../../src-main/demo/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import type { SecretVault } from '../../../src-main/secrets/secret-vault.ts';
import { testKeychainService } from '../../support/keychain.ts';

/** A temp cache folder and a keychain service of its own; `cleanup` removes both. */
export interface CacheFixture {
  dir: string;
  profileId: string;
  vault: SecretVault;
  notices: CacheNotice[];
  file: string;
  open(options?: { keptRows?: number }): Promise<ProfileCache>;
  cleanup(): Promise<void>;
}

export async function cacheFixture(): Promise<CacheFixture> {
  const dir = await mkdtemp(path.join(tmpdir(), 'noc-cache-'));
  const keychain = testKeychainService();
  const vault = createKeytarVault(keychain.service);
  const profileId = 'profile-1';
  const notices: CacheNotice[] = [];
  const opened: ProfileCache[] = [];
  return {
    dir,
    profileId,
    vault,
    notices,
    file: path.join(dir, `${profileId}.sqlite`),
    async open(options = {}) {
      const cache = await openProfileCache({
        dir,
        profileId,
        vault,
        onNotice: (notice) => notices.push(notice),
        ...options,
      });
      opened.push(cache);
      return cache;
    },
    async cleanup() {
      for (const cache of opened) cache.close();
      await keychain.cleanup();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface DemoRows {
  phoneNumbers: CacheRow[];
  simCards: CacheRow[];
}

/** Rows as the demo platform serves them, each with one field the app does not know. */
export async function demoRows(phoneNumbers = 3000): Promise<DemoRows> {
  const demo = await startDemoPlatform({ phoneNumbers });
  try {
    const withUnknown = (row: object): CacheRow => ({ ...row, futureField: { nested: ['kept', 1, null] } });
    return {
      phoneNumbers: demo.data.phoneNumbers.all().map(withUnknown),
      simCards: demo.data.simCards.all().map(withUnknown),
    };
  } finally {
    await demo.close();
  }
}
