import { randomBytes } from 'node:crypto';
import type { SecretVault } from '../secrets/secret-vault.ts';
import { CACHE_KEY_BYTES } from './sealed-text.ts';

export function cacheKeyAccount(profileId: string): string {
  return `cache-key:${profileId}`;
}

/** stored: the keychain had a valid key; created: it had none; replaced: it had something that is not a key. */
export type CacheKeyOrigin = 'stored' | 'created' | 'replaced';

/** The profile's cache key lives only in the keychain (base64); a missing or malformed one is replaced by a new one. */
export async function loadCacheKey(
  vault: SecretVault,
  profileId: string,
): Promise<{ key: Buffer; origin: CacheKeyOrigin }> {
  const account = cacheKeyAccount(profileId);
  const stored = await vault.get(account);
  if (stored !== null) {
    const key = Buffer.from(stored, 'base64');
    if (key.byteLength === CACHE_KEY_BYTES && key.toString('base64') === stored) return { key, origin: 'stored' };
  }
  const key = randomBytes(CACHE_KEY_BYTES);
  await vault.set(account, key.toString('base64'));
  return { key, origin: stored === null ? 'created' : 'replaced' };
}
