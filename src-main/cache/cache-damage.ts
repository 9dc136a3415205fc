import { sqliteFileDamage } from '../storage/sqlite-damage.ts';
import type { CacheDropReason } from './types.ts';

/** The cache file cannot be trusted: it is dropped and the caller refetches. Never shown to the caller as a failure. */
export class CacheDamage extends Error {
  readonly reason: CacheDropReason;

  constructor(reason: CacheDropReason, detail: string) {
    super(detail);
    this.name = 'CacheDamage';
    this.reason = reason;
  }
}

/** Damage to the file itself; anything else (disk full, busy, a caller's bad row) is a real error. */
export function asCacheDamage(failure: unknown): CacheDamage | null {
  if (failure instanceof CacheDamage) return failure;
  const damage = sqliteFileDamage(failure);
  if (damage === null) return null;
  const message = failure instanceof Error ? failure.message : String(failure);
  switch (damage) {
    case 'truncated':
      return new CacheDamage('corrupt', `the cache file is truncated (${message})`);
    case 'corrupt':
      return new CacheDamage('corrupt', `the cache file is damaged (${message})`);
    case 'unreadable':
      return new CacheDamage('unreadable', `the cache file cannot be read (${message})`);
  }
}
