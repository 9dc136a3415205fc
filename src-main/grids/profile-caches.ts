import { deleteProfileCache, openProfileCache, type CacheNotice, type ProfileCache } from '../cache/index.ts';
import type { SecretVault } from '../secrets/secret-vault.ts';

export interface ProfileCaches {
  /** The open cache of a profile (opened on first use; one profile's cache open at a time). */
  forProfile(profileId: string): Promise<ProfileCache>;
  /** Closes and deletes a profile's cache files and its key. */
  deleteFor(profileId: string): Promise<void>;
  close(): void;
}

export function createProfileCaches(
  dir: string,
  vault: SecretVault,
  onNotice: (profileId: string, notice: CacheNotice) => void,
  /** Told how long a profile's cache took to open (keychain, file checks): a part of the app's start. */
  onOpened?: (profileId: string, ms: number) => void,
): ProfileCaches {
  let open: { profileId: string; cache: Promise<ProfileCache> } | null = null;
  const closeOpen = async (): Promise<void> => {
    const closing = open;
    open = null;
    (await closing?.cache.catch(() => null))?.close();
  };
  return {
    forProfile(profileId) {
      if (open?.profileId !== profileId) {
        // Claimed synchronously, so that concurrent callers share one open (two opens would race for the key).
        const previous = open;
        const cache = (async () => {
          (await previous?.cache.catch(() => null))?.close();
          const started = performance.now();
          const opened = await openProfileCache({
            dir,
            profileId,
            vault,
            onNotice: (notice) => onNotice(profileId, notice),
          });
          onOpened?.(profileId, performance.now() - started);
          return opened;
        })();
        open = { profileId, cache };
        cache.catch(() => {
          if (open?.cache === cache) open = null;
        });
      }
      return open.cache;
    },
    async deleteFor(profileId) {
      if (open?.profileId === profileId) await closeOpen();
      await deleteProfileCache({ dir, profileId, vault });
    },
    close() {
      void closeOpen();
    },
  };
}
