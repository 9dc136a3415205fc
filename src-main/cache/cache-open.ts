import { chmod } from 'node:fs/promises';
import { asCacheDamage, CacheDamage } from './cache-damage.ts';
import { openCacheDb, type CacheDb } from './cache-db.ts';
import { inspectCacheFile, removeCacheFiles } from './cache-file.ts';
import type { CacheKeyOrigin } from './cache-key.ts';
import { keyCheckOpens, sealKeyCheck } from './chunk-codec.ts';

/** A fresh, empty cache file sealed to `key`. */
export async function createFresh(file: string, key: Buffer): Promise<CacheDb> {
  await removeCacheFiles(file);
  const db = openCacheDb(file);
  db.writeKeyCheck(sealKeyCheck(key));
  await chmod(file, 0o600).catch(() => undefined);
  return db;
}

/** Opens the file if it is sound and sealed to `key`; otherwise says why it must be dropped. */
export async function openExisting(file: string, key: Buffer, origin: CacheKeyOrigin): Promise<CacheDb | CacheDamage> {
  const inspection = await inspectCacheFile(file);
  if (inspection.state === 'damaged') return new CacheDamage('corrupt', inspection.detail);
  if (inspection.state !== 'sqlite') return createFresh(file, key);
  if (origin === 'created')
    return new CacheDamage(
      'missing-key',
      'the cache key was missing from the keychain, so the cache could not be read',
    );
  if (origin === 'replaced')
    return new CacheDamage('wrong-key', 'the keychain held no usable cache key, so the cache could not be read');
  let db: CacheDb | null = null;
  try {
    db = openCacheDb(file);
    const check = db.readKeyCheck();
    if (check === null) {
      if (db.hasSnapshots()) throw new CacheDamage('corrupt', 'the cache file has lost its key check');
      db.writeKeyCheck(sealKeyCheck(key));
    } else if (!keyCheckOpens(key, check)) {
      throw new CacheDamage('wrong-key', 'the cache was sealed with another key than the one in the keychain');
    }
    return db;
  } catch (failure) {
    db?.close();
    const damage = asCacheDamage(failure);
    if (damage === null) throw failure;
    return damage;
  }
}
