import { open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../ipc/app-error.ts';

const PROFILE_ID = /^[A-Za-z0-9_-]{1,128}$/;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export function cacheFilePath(dir: string, profileId: string): string {
  // The id becomes a file name: anything that could climb out of the cache folder is refused.
  if (!PROFILE_ID.test(profileId))
    throw new AppError('CACHE_BAD_PROFILE_ID', 'This profile id cannot name a cache file.');
  return path.join(dir, `${profileId}.sqlite`);
}

/** The database and the files SQLite keeps beside it. */
export function cacheFileSet(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];
}

export async function removeCacheFiles(file: string): Promise<void> {
  await Promise.all(cacheFileSet(file).map((name) => rm(name, { force: true })));
}

async function sizeOf(name: string): Promise<number> {
  try {
    return (await stat(name)).size;
  } catch {
    return 0;
  }
}

export async function cacheSizeBytes(file: string): Promise<number> {
  const sizes = await Promise.all(cacheFileSet(file).map(sizeOf));
  return sizes.reduce((sum, size) => sum + size, 0);
}

export type CacheFileState = { state: 'absent' | 'empty' | 'sqlite' } | { state: 'damaged'; detail: string };

/**
 * A cheap look at the header before SQLite opens the file: garbage and truncation show up here at once,
 * instead of as a "malformed" error on some later page read.
 */
export async function inspectCacheFile(file: string): Promise<CacheFileState> {
  const size = await sizeOf(file);
  if (size === 0) return { state: (await exists(file)) ? 'empty' : 'absent' };
  const header = Buffer.alloc(HEADER_BYTES);
  const handle = await open(file, 'r');
  try {
    await handle.read(header, 0, HEADER_BYTES, 0);
  } finally {
    await handle.close();
  }
  if (size < HEADER_BYTES || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    return { state: 'damaged', detail: 'the cache file is not a database' };
  }
  // With a WAL beside it, a crash mid-checkpoint may leave the file short until recovery replays the log.
  if ((await sizeOf(`${file}-wal`)) > 0) return { state: 'sqlite' };
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  const changeCounter = header.readUInt32BE(24);
  const validFor = header.readUInt32BE(92);
  if (changeCounter === validFor && pageCount > 0 && size < pageSize * pageCount) {
    return { state: 'damaged', detail: `the cache file is truncated (${size} of ${pageSize * pageCount} bytes)` };
  }
  return { state: 'sqlite' };
}

async function exists(name: string): Promise<boolean> {
  try {
    await stat(name);
    return true;
  } catch {
    return false;
  }
}
