import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SecretVault } from '../secrets/secret-vault.ts';
import { cacheFilePath } from './cache-file.ts';
import { cacheKeyAccount } from './cache-key.ts';
import { CACHE_KEY_BYTES, openText, sealText } from './sealed-text.ts';

/**
 * One small document per profile and name (the platform schema), sealed with the profile's cache key beside its
 * cache file. It never creates the key: the profile's cache does that when it opens, so callers open it first.
 * A missing key, a missing file or one that does not open reads as null.
 */
export interface SealedDocuments {
  read(profileId: string, name: string): Promise<string | null>;
  /** False when the profile has no cache key yet (nothing written). Atomic: a crash leaves the old copy. */
  write(profileId: string, name: string, text: string): Promise<boolean>;
  remove(profileId: string, name: string): Promise<void>;
}

const NAME = /^[a-z][a-z0-9-]{0,40}$/;

export function createSealedDocuments(dir: string, vault: SecretVault): SealedDocuments {
  const fileOf = (profileId: string, name: string): string => {
    if (!NAME.test(name)) throw new Error(`bad sealed document name "${name}"`);
    return cacheFilePath(dir, profileId).replace(/\.sqlite$/, `.${name}.sealed`);
  };
  const keyOf = async (profileId: string): Promise<Buffer | null> => {
    const stored = await vault.get(cacheKeyAccount(profileId));
    const key = stored === null ? null : Buffer.from(stored, 'base64');
    return key && key.byteLength === CACHE_KEY_BYTES ? key : null;
  };
  const aad = (profileId: string, name: string): string => `sealed-document:${profileId}:${name}`;
  return {
    async read(profileId, name) {
      const key = await keyOf(profileId);
      if (!key) return null;
      try {
        return openText(key, aad(profileId, name), await readFile(fileOf(profileId, name)));
      } catch {
        return null;
      }
    },
    async write(profileId, name, text) {
      const key = await keyOf(profileId);
      if (!key) return false;
      const file = fileOf(profileId, name);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(temporary, sealText(key, aad(profileId, name), text), { mode: 0o600 });
      await rename(temporary, file);
      return true;
    },
    async remove(profileId, name) {
      await rm(fileOf(profileId, name), { force: true });
    },
  };
}
