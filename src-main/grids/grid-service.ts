import type { GridChanges, GridProgress, GridSnapshot, GridSyncEnd, GridTarget, LookupTables, Row } from '../../src-preload/contract/grids.ts';
import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { AppError } from '../ipc/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import { isPlatformError } from '../platform/errors.ts';
import type { PlatformClient } from '../platform/client.ts';
import { diffRows, withKeys } from './row-diff.ts';

/** The slice of the offline cache the grids use. */
export interface GridCache {
  read(collection: string): Promise<{ rows: Row[]; fetchedAt: number; complete: boolean } | null>;
  replaceAll(collection: string, rows: Row[], fetchedAt: number, complete: boolean): Promise<void>;
}

export interface GridServiceDeps {
  descriptor: (resourceId: string) => ResourceDescriptor | null;
  /** The profile whose data is on screen, or null. */
  profileId: () => string | null;
  /** The client when connected; throws (OFFLINE / NOT_CONNECTED) otherwise. */
  client: () => PlatformClient;
  isConnected: () => boolean;
  cache: (profileId: string) => Promise<GridCache>;
  reportUnreachable: (reason: string) => void;
  onProgress: (progress: GridProgress) => void;
  onChanges: (changes: GridChanges) => void;
  onSyncEnd: (end: GridSyncEnd) => void;
  logger: Logger;
  now?: () => number;
}

export interface GridService {
  open(target: GridTarget): Promise<GridSnapshot>;
  /** Starts a background refresh unless one runs; false when not connected. */
  refresh(target: GridTarget): boolean;
  cancel(target: GridTarget): boolean;
  lookups(target: GridTarget, signal?: AbortSignal): Promise<LookupTables>;
  /** The connection came back: refresh every grid that was opened. */
  refreshOpened(): void;
  /** The profile changed: forget opened grids and stop their refreshes. */
  reset(): void;
}

function keyOf(target: GridTarget): string {
  return target.tab ? `${target.resource}#${target.tab}` : target.resource;
}

/** Opens grids from the cache at once and keeps them fresh from the platform in the background. */
export function createGridService(deps: GridServiceDeps): GridService {
  const now = deps.now ?? Date.now;
  const opened = new Map<string, GridTarget>();
  const running = new Map<string, AbortController>();

  const collectionOf = (target: GridTarget): string => {
    const descriptor = deps.descriptor(target.resource);
    if (!descriptor) throw new AppError('UNKNOWN_RESOURCE', `There is no resource called "${target.resource}".`);
    if (!target.tab) return descriptor.path;
    const tab = descriptor.tabs.find((candidate) => candidate.id === target.tab);
    if (!tab) throw new AppError('UNKNOWN_RESOURCE', `"${descriptor.label.en}" has no tab called "${target.tab}".`);
    return tab.path;
  };

  const requireProfile = (): string => {
    const profileId = deps.profileId();
    if (!profileId) throw new AppError('NOT_CONNECTED', 'No profile is selected. Open Profiles and connect one.');
    return profileId;
  };

  async function sync(target: GridTarget, profileId: string, controller: AbortController): Promise<void> {
    const path = collectionOf(target);
    const tab = target.tab ?? null;
    const base = { profileId, resource: target.resource, tab };
    try {
      const client = deps.client();
      const cache = await deps.cache(profileId);
      const result = await client.listAll<Row>(path, {
        signal: controller.signal,
        onProgress: (progress) =>
          deps.onProgress({ ...base, pages: progress.pages, pagesTotal: progress.pagesTotal ?? null, items: progress.items, total: progress.total ?? null }),
      });
      const fetchedAt = now();
      const rows = withKeys(result.items, path);
      const previous = (await cache.read(path))?.rows ?? [];
      await cache.replaceAll(path, rows, fetchedAt, result.complete);
      if (deps.profileId() !== profileId) return;
      deps.onChanges({ ...base, ...diffRows(previous, rows, path), fetchedAt, complete: result.complete });
      deps.onSyncEnd({ ...base, outcome: 'done', message: null });
    } catch (failure) {
      if (controller.signal.aborted) {
        deps.onSyncEnd({ ...base, outcome: 'cancelled', message: null });
        return;
      }
      const reason = isPlatformError(failure) ? failure.userMessage : failure instanceof Error ? failure.message : String(failure);
      const unreachable = isPlatformError(failure) && (failure.kind === 'network' || failure.kind === 'timeout');
      if (unreachable) deps.reportUnreachable(reason);
      deps.logger.warn('grid refresh failed', { resource: target.resource, tab, reason });
      deps.onSyncEnd({ ...base, outcome: unreachable ? 'offline' : 'failed', message: reason });
    }
  }

  const refresh = (target: GridTarget): boolean => {
    const profileId = deps.profileId();
    if (!profileId || !deps.isConnected()) return false;
    const key = keyOf(target);
    if (running.has(key)) return true;
    const controller = new AbortController();
    running.set(key, controller);
    void sync(target, profileId, controller).finally(() => {
      if (running.get(key) === controller) running.delete(key);
    });
    return true;
  };

  return {
    async open(target) {
      const profileId = requireProfile();
      const path = collectionOf(target);
      opened.set(keyOf(target), target);
      const cache = await deps.cache(profileId);
      const started = now();
      const snapshot = await cache.read(path);
      deps.logger.info('grid opened', { resource: target.resource, tab: target.tab ?? null, rows: snapshot?.rows.length ?? 0, cacheReadMs: now() - started });
      refresh(target);
      return {
        profileId,
        resource: target.resource,
        tab: target.tab ?? null,
        rows: snapshot?.rows ?? [],
        fetchedAt: snapshot?.fetchedAt ?? null,
        complete: snapshot?.complete ?? false,
      };
    },
    refresh,
    cancel(target) {
      const controller = running.get(keyOf(target));
      controller?.abort();
      return controller !== undefined;
    },
    async lookups(target, signal) {
      const profileId = requireProfile();
      const descriptor = deps.descriptor(target.resource);
      if (!descriptor || target.tab) return {};
      const cache = await deps.cache(profileId);
      const tables: LookupTables = {};
      for (const lookup of descriptor.lookups) {
        let rows = (await cache.read(lookup.path))?.rows ?? null;
        if (deps.isConnected()) {
          try {
            const fresh = await deps.client().listAll<Row>(lookup.path, signal ? { signal } : {});
            rows = withKeys(fresh.items, lookup.path);
            await cache.replaceAll(lookup.path, rows, now(), fresh.complete);
          } catch (failure) {
            deps.logger.warn('lookup refresh failed', { path: lookup.path, reason: failure instanceof Error ? failure.message : String(failure) });
          }
        }
        const table: Record<string, string> = {};
        for (const row of rows ?? []) {
          const iri = row['@id'];
          const display = row[lookup.display];
          if (typeof iri === 'string' && (typeof display === 'string' || typeof display === 'number')) table[iri] = String(display);
        }
        tables[lookup.field] = table;
      }
      return tables;
    },
    refreshOpened() {
      for (const target of opened.values()) refresh(target);
    },
    reset() {
      for (const controller of running.values()) controller.abort();
      running.clear();
      opened.clear();
    },
  };
}
