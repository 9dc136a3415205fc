import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalKeyAccount, loadJournalKey } from '../../../src-main/bulk/journal-key.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import type { SecretVault } from '../../../src-main/secrets/secret-vault.ts';
import { testKeychainService } from '../../support/keychain.ts';

const PROFILE = 'profile-key-test';
let vault: SecretVault;
let cleanup: () => Promise<number>;
beforeEach(() => {
  const keychain = testKeychainService();
  vault = createKeytarVault(keychain.service);
  cleanup = keychain.cleanup;
});
afterEach(async () => {
  await cleanup();
});

describe("the journal's key in the OS keychain", () => {
  it('a stored 256-bit key is used as it is', async () => {
    const stored = randomBytes(32).toString('base64');
    await vault.set(journalKeyAccount(PROFILE), stored);
    const { key, created } = await loadJournalKey(vault, PROFILE);
    expect(created).toBe(false);
    expect(key.toString('base64')).toBe(stored);
  });

  it.each([
    ['a 128-bit key', randomBytes(16).toString('base64')],
    ['a 256-bit key not written as the console writes it', randomBytes(32).toString('base64').replace(/=+$/, '')],
    ['no key at all', null],
  ])('%s is replaced by a new 256-bit key, kept in the keychain, and said to be new', async (_name, stored) => {
    if (stored !== null) await vault.set(journalKeyAccount(PROFILE), stored);
    const { key, created } = await loadJournalKey(vault, PROFILE);
    expect(created).toBe(true);
    expect(key.byteLength).toBe(32);
    expect(await vault.get(journalKeyAccount(PROFILE))).toBe(key.toString('base64'));
  });
});
