import { randomBytes } from 'node:crypto';
import { CACHE_KEY_BYTES } from '../cache/sealed-text.ts';
import type { SecretVault } from '../secrets/secret-vault.ts';

export const journalKeyAccount = (profileId: string): string => `bulk-journal-key:${profileId}`;

/** The journal's AES-256 key lives only in the keychain (base64); `created` tells that an existing file is unreadable. */
export async function loadJournalKey(
  vault: SecretVault,
  profileId: string,
): Promise<{ key: Buffer; created: boolean }> {
  const account = journalKeyAccount(profileId);
  const stored = await vault.get(account);
  if (stored !== null) {
    const key = Buffer.from(stored, 'base64');
    if (key.byteLength === CACHE_KEY_BYTES && key.toString('base64') === stored) return { key, created: false };
  }
  const key = randomBytes(CACHE_KEY_BYTES);
  await vault.set(account, key.toString('base64'));
  return { key, created: true };
}
