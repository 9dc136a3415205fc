import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSealedDocuments } from '../../../src-main/cache/sealed-document.ts';
import { cacheKeyAccount, loadCacheKey } from '../../../src-main/cache/cache-key.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import type { SecretVault } from '../../../src-main/secrets/secret-vault.ts';
import { testKeychainService } from '../../support/keychain.ts';

let root: string;
let vault: SecretVault;
let cleanupKeychain: () => Promise<unknown>;

beforeEach(async () => {
  // a ".sqlite" in the folder's own name must not confuse the file name
  root = await mkdtemp(path.join(tmpdir(), 'noc-sealed.sqlite-'));
  const keychain = testKeychainService();
  vault = createKeytarVault(keychain.service);
  cleanupKeychain = keychain.cleanup;
});

afterEach(async () => {
  await cleanupKeychain();
  await rm(root, { recursive: true, force: true });
});

const giveKey = (profileId: string): Promise<void> =>
  vault.set(cacheKeyAccount(profileId), randomBytes(32).toString('base64'));

describe('sealed documents beside the cache', () => {
  it('writes atomically into a private folder and file, reads back, and removes', async () => {
    const dir = path.join(root, 'cache', 'nested');
    const documents = createSealedDocuments(dir, vault);
    await giveKey('p1');
    expect(await documents.write('p1', 'schema', '{"version":1}')).toBe(true);
    expect(await readdir(dir)).toEqual(['p1.schema.sealed']);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(dir, 'p1.schema.sealed'))).mode & 0o777).toBe(0o600);
    expect((await readFile(path.join(dir, 'p1.schema.sealed'))).includes('version')).toBe(false);
    expect(await documents.read('p1', 'schema')).toBe('{"version":1}');

    // the folder exists now; a second write replaces the first and leaves no temporary file
    expect(await documents.write('p1', 'schema', '{"version":2}')).toBe(true);
    expect(await readdir(dir)).toEqual(['p1.schema.sealed']);
    expect(await documents.read('p1', 'schema')).toBe('{"version":2}');

    await documents.remove('p1', 'schema');
    expect(await readdir(dir)).toEqual([]);
    expect(await documents.read('p1', 'schema')).toBeNull();
    await documents.remove('p1', 'schema');
  });

  it('writes nothing without a usable key, and reads null', async () => {
    const documents = createSealedDocuments(root, vault);
    expect(await documents.write('p1', 'schema', 'x')).toBe(false);
    expect(await documents.read('p1', 'schema')).toBeNull();
    await vault.set(cacheKeyAccount('p1'), randomBytes(16).toString('base64'));
    expect(await documents.write('p1', 'schema', 'x')).toBe(false);
    expect(await documents.read('p1', 'schema')).toBeNull();
    expect(await readdir(root)).toEqual([]);
  });

  it('a document belongs to its name and profile: a copy under another name does not open', async () => {
    const documents = createSealedDocuments(root, vault);
    await giveKey('p1');
    await documents.write('p1', 'schema', 'secret');
    await copyFile(path.join(root, 'p1.schema.sealed'), path.join(root, 'p1.other.sealed'));
    expect(await documents.read('p1', 'other')).toBeNull();
    // same key under another profile (as if the keychain entry were copied): the AAD still names the profile
    await vault.set(cacheKeyAccount('p2'), (await vault.get(cacheKeyAccount('p1')))!);
    await copyFile(path.join(root, 'p1.schema.sealed'), path.join(root, 'p2.schema.sealed'));
    expect(await documents.read('p2', 'schema')).toBeNull();
  });

  it('refuses names that are not plain lowercase words', async () => {
    const documents = createSealedDocuments(root, vault);
    await giveKey('p1');
    expect(await documents.write('p1', 'a-2', 'x')).toBe(true);
    expect(await documents.write('p1', `a${'b'.repeat(40)}`, 'x')).toBe(true);
    for (const name of ['../schema', 'schema/../../x', '-schema', '2schema', 'Schema', '', `a${'b'.repeat(41)}`]) {
      await expect(documents.write('p1', name, 'x')).rejects.toThrow(`bad sealed document name "${name}"`);
    }
    await expect(documents.read('p1', '../schema')).resolves.toBeNull();
    await expect(documents.remove('p1', '../schema')).rejects.toThrow('bad sealed document name');
  });
});

describe('the cache key in the keychain', () => {
  it('keeps a stored key, and replaces anything that is not exactly 32 bytes in canonical base64', async () => {
    const created = await loadCacheKey(vault, 'p1');
    expect(created.origin).toBe('created');
    const stored = await loadCacheKey(vault, 'p1');
    expect(stored).toEqual({ key: created.key, origin: 'stored' });

    for (const bad of [
      randomBytes(16).toString('base64'),
      randomBytes(48).toString('base64'),
      created.key.toString('base64').slice(0, -1), // 32 bytes still, but not as they would be written
      'not a key',
    ]) {
      await vault.set(cacheKeyAccount('p1'), bad);
      const replaced = await loadCacheKey(vault, 'p1');
      expect(replaced.origin).toBe('replaced');
      expect(replaced.key).toHaveLength(32);
      expect(await vault.get(cacheKeyAccount('p1'))).toBe(replaced.key.toString('base64'));
    }
  });
});
