export { deleteProfileCache, openProfileCache, type OpenProfileCacheOptions } from './profile-cache.ts';
export { cacheKeyAccount } from './cache-key.ts';
export type {
  CacheDropReason,
  CacheNotice,
  CacheRow,
  CacheSnapshot,
  CacheSnapshotStream,
  ProfileCache,
  SnapshotUpdate,
} from './types.ts';
