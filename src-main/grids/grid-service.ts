import { randomUUID } from 'node:crypto';
import type {
  GridChanges,
  GridProgress,
  GridRows,
  GridSnapshot,
  GridSyncEnd,
  GridTarget,
  LookupTables,
  Row,
} from '../../src-preload/contract/grids.ts';
import type { ResourceDescriptor } from '../../src-preload/contract/resources.ts';
import { AppError } from '../ipc/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import { isPlatformError } from '../platform/errors.ts';
import { cancelledError } from '../platform/hydra.ts';
import type { PlatformClient } from '../platform/client.ts';
import type { ListAllOptions, ListAllResult } from '../platform/hydra.ts';
import type { PageSizer } from '../schema/paging.ts';
import type { Priority } from '../platform/governor.ts';
import { isUnreachable, unreachableReason } from '../platform/unreachable.ts';
import { createForeground } from './foreground.ts';
import { createGapEnding, type SyncBase } from './gap-ending.ts';
import { heldGap, readListingRound, type PendingListing } from './listing-rounds.ts';
import { jsonArrayPrefix } from './json-array-prefix.ts';
import { createPageStream, diffFromSent } from './page-stream.ts';
import { diffRows, withKeys } from './row-diff.ts';
import { message } from '../../src-preload/contract/messages.ts';
import { operatorError } from '../ipc/operator-error.ts';

/** The slice of the offline cache the grids use. */
export interface GridCache {
  read(collection: string): Promise<{ rows: Row[]; fetchedAt: number; complete: boolean } | null>;
  readJsonStream(collection: string): Promise<{
    rowCount: number;
    fetchedAt: number;
    complete: boolean;
    parts: Iterable<{ json: string; rows: number }>;
    all(): string;
  } | null>;
  replaceAll(
    collection: string,
    rows: Row[],
    fetchedAt: number,
    complete: boolean,
    options?: { keepOpened?: boolean },
  ): Promise<void>;
  upsert(collection: string, rows: Row[], update?: { fetchedAt?: number; complete?: boolean }): Promise<void>;
  remove(collection: string, keys: string[], update?: { fetchedAt?: number; complete?: boolean }): Promise<void>;
  clear(): Promise<void>;
  /** Opens a snapshot into memory ahead of an open (see ProfileCache.warm). */
  warm?(collection: string): Promise<void>;
  largestResource?(): Promise<string | null>;
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
  onRows: (rows: GridRows) => void;
  onChanges: (changes: GridChanges) => void;
  onSyncEnd: (end: GridSyncEnd) => void;
  onCacheDropped: (profileId: string, detail: string) => void;
  logger: Logger;
  /** Rows fetched from the platform, for the platform schema (fields the documentation does not declare). */
  observe?: (path: string, rows: readonly Row[]) => void;
  /** Page sizes as the platform documents and accepts them; without it, the client's default. */
  pageSizer?: PageSizer;
  now?: () => number;
  /** How long a refresh waits after a grid opened from the cache (default 1.5 s). */
  refreshDelayMs?: number;
}

export interface GridService {
  open(target: GridTarget): Promise<GridSnapshot>;
  /**
   * Starts a refresh unless one runs; false when not connected. 'background' (default) yields to the rate budget
   * and continues by itself after the reset; 'interactive' (a grid with nothing cached) goes first.
   */
  refresh(target: GridTarget, priority?: Priority): boolean;
  cancel(target: GridTarget): boolean;
  /**
   * The names for a grid's reference columns, fetched again when connected. background (the overview's): it waits
   * while a grid waits for its first rows, and its pages let that grid's go first.
   */
  lookups(target: GridTarget, signal?: AbortSignal, options?: { background?: boolean }): Promise<LookupTables>;
  /** The connection came back: refresh every grid that was opened. */
  refreshOpened(): void;
  /** The profile changed: forget opened grids and stop their refreshes. */
  reset(): void;
  /**
   * A profile's data is about to be shown: its largest cached snapshot is opened into memory in the background,
   * so that grid opens without waiting for main to decrypt it (smaller ones cost little to read on demand).
   */
  prefetch(): void;
  /** A bulk job wrote these rows (or removed these IRIs): a refresh already under way must not undo that. */
  noteLocalWrite(path: string, rows: readonly Row[], removed: readonly string[]): void;
}

/**
 * Rows sent with the answer to grid:open: a snapshot up to WHOLE_ROWS goes whole (one message), a larger one as its
 * first FIRST_ROWS (enough to fill the screen many times over) and then the rest. Fewer first rows reach the screen
 * sooner: each costs a parse and a row of the grid's model before the first paint.
 */
const WHOLE_ROWS = 2_000;
const FIRST_ROWS = 500;
const PROGRESS_INTERVAL_MS = 200;
/** Changed rows below which a refresh writes delta records rather than the whole snapshot. */
const MIN_REWRITE = 2_000;

function joinParts(parts: readonly string[]): string {
  const inner = parts.map((part) => part.slice(1, -1)).filter((part) => part.trim() !== '');
  return `[${inner.join(',')}]`;
}

function keyOf(target: GridTarget): string {
  return target.tab ? `${target.resource}#${target.tab}` : target.resource;
}

/** Opens grids from the cache at once and keeps them fresh from the platform in the background. */
export function createGridService(deps: GridServiceDeps): GridService {
  const now = deps.now ?? Date.now;
  const opened = new Map<string, GridTarget>();
  // grids opened with nothing cached: they are sent rows as pages arrive, until a refresh has ended
  const waitingForRows = new Set<string>();
  // the same grids until their refresh has ended (diff sent, cache written): the other work waits for that
  const firstSyncs = new Set<string>();
  const running = new Map<string, AbortController>();
  // a background refresh becomes interactive when a grid that waits for it opens
  const priorities = new Map<string, Priority>();
  // listings that stopped early (budget, failed pages): the next refresh reads only what they missed
  const pendingListings = new Map<string, PendingListing>();
  const foreground = createForeground((except) => [...firstSyncs].some((key) => key !== except && running.has(key)));
  const gaps = createGapEnding({ now, reportUnreachable: (reason) => deps.reportUnreachable(reason) });
  // Rows a bulk job wrote while a refresh was reading pages: the refresh must not put the older page back.
  let writeSeq = 0;
  const localWrites = new Map<string, Map<string, { seq: number; row: Row | null }>>();

  const listAllOf = <T>(client: PlatformClient, path: string, options: ListAllOptions): Promise<ListAllResult<T>> =>
    deps.pageSizer ? deps.pageSizer.listAll<T>(client.listAll, path, options) : client.listAll<T>(path, options);

  const collectionOf = (target: GridTarget): string => {
    const descriptor = deps.descriptor(target.resource);
    if (!descriptor) throw new AppError('UNKNOWN_RESOURCE', `There is no resource called "${target.resource}".`);
    if (!target.tab) return descriptor.path;
    const tab = descriptor.tabs.find((candidate) => candidate.id === target.tab);
    if (!tab) throw new AppError('UNKNOWN_RESOURCE', `"${descriptor.id}" has no tab called "${target.tab}".`);
    return tab.path;
  };

  const requireProfile = (): string => {
    const profileId = deps.profileId();
    if (!profileId) throw operatorError('NOT_CONNECTED', message('errors.notConnected'));
    return profileId;
  };

  /** A record that fails to open while streaming: the whole cache of the profile goes, with a notice. */
  const dropDamaged = async (profileId: string, failure: unknown): Promise<void> => {
    const detail = failure instanceof Error ? failure.message : String(failure);
    deps.logger.warn('cache dropped while streaming', { profileId, detail });
    deps.onCacheDropped(profileId, detail);
    await (await deps.cache(profileId)).clear().catch(() => undefined);
  };

  /** Applies what was written locally after `since` on top of the rows a refresh fetched. */
  const overlayLocalWrites = (path: string, rows: Row[], since: number): Row[] => {
    const writes = localWrites.get(path);
    if (!writes) return rows;
    const newer = new Map([...writes].filter(([, write]) => write.seq > since));
    if (newer.size === 0) return rows;
    const merged = rows.flatMap((row) => {
      const write = newer.get(String(row['@id']));
      if (!write) return [row];
      newer.delete(String(row['@id']));
      return write.row ? [write.row] : [];
    });
    for (const write of newer.values()) if (write.row) merged.push(write.row);
    return merged;
  };

  async function sync(
    target: GridTarget,
    profileId: string,
    controller: AbortController,
    path: string,
    priority: Priority,
  ): Promise<void> {
    const tab = target.tab ?? null;
    const base: SyncBase = { profileId, resource: target.resource, tab };
    const key = keyOf(target);
    const startedAt = writeSeq;
    const pending = pendingListings.get(key) ?? null;
    const resume = (): void => {
      if (opened.has(key)) refresh(target);
    };
    // no longer running once it has said so: a refresh asked for on hearing that starts a new one
    const end = (result: GridSyncEnd): void => {
      if (running.get(key) === controller) running.delete(key);
      firstSyncs.delete(key);
      foreground.changed();
      deps.onSyncEnd(result);
    };
    const syncStarted = performance.now();
    // how long this refresh waited for a grid opened with nothing cached (see foreground.ts)
    let heldMs = 0;
    // (awaited only when it waits: otherwise a refresh runs on exactly as before, turn for turn)
    const mustYield = (): boolean => !firstSyncs.has(key) && foreground.busy(key);
    const yieldToForeground = async (): Promise<void> => {
      const held = performance.now();
      await foreground.idle(key, controller.signal);
      heldMs += performance.now() - held;
      if (controller.signal.aborted) throw cancelledError(path);
    };
    try {
      if (priority === 'background' && mustYield()) await yieldToForeground();
      const client = deps.client();
      const cache = await deps.cache(profileId);
      let lastProgressAt = 0;
      const pages = pending
        ? null
        : createPageStream(base, {
            wanted: () => waitingForRows.has(key) && deps.profileId() === profileId,
            send: deps.onRows,
          });
      const round = await readListingRound(client, path, pending, {
        signal: controller.signal,
        priority,
        list: (listPath, listOptions) =>
          listAllOf(client, listPath, {
            ...listOptions,
            priorityNow: () => priorities.get(key) ?? priority,
            ...(pages ? { onItems: pages.add } : {}),
          }),
        onProgress: (progress) => {
          // A few updates a second are enough for a progress bar; one per page would keep the renderer busy.
          pages?.setTotal(progress.total ?? null);
          const at = now();
          if (at - lastProgressAt < PROGRESS_INTERVAL_MS && progress.pages !== progress.pagesTotal) return;
          lastProgressAt = at;
          deps.onProgress({
            ...base,
            pages: progress.pages + (pending ? pending.pagesTotal - pending.missing.length : 0),
            pagesTotal: progress.pagesTotal ?? null,
            items: progress.items + (pending?.rows.size ?? 0),
            total: progress.total ?? null,
          });
        },
      });
      const fetchedAt = now();
      const listedAt = performance.now();
      pages?.stop();
      waitingForRows.delete(key);
      // what this refresh read waits while another grid waits for its first rows: sealing it competes with them
      if (mustYield()) await yieldToForeground();
      deps.observe?.(path, round.rows);
      const rows = overlayLocalWrites(path, round.rows, startedAt);
      // A grid that was sent pages gets what differs from them; the cache is read only when there was one.
      const cached = pages?.sent.size ? null : await cache.read(path);
      const changes = pages?.sent.size
        ? diffFromSent(pages.sent, rows, path)
        : diffRows(cached?.rows ?? [], rows, path);
      const replace = round.complete || (cached === null && !pages?.sent.size) || pages !== null;
      // An incomplete listing proves nothing about the rows it did not see: keep them, update the rest.
      if (!replace) changes.removed = [];
      if (round.pending) pendingListings.set(key, round.pending);
      else pendingListings.delete(key);
      const current = deps.profileId() === profileId;
      // The grid first, the cache after: the cache write yields between chunks, so the changes go out at once.
      if (current) deps.onChanges({ ...base, ...changes, fetchedAt, complete: round.complete });
      const changesSentAt = performance.now();
      const changed = changes.added.length + changes.updated.length + changes.removed.length;
      // A few changes on a cached snapshot are written as delta records (a refresh that found nothing new writes
      // only its time), not as the whole snapshot again.
      // A large grid on screen is opened again from memory: the text the write sealed is kept (see warm below).
      const keepOpened = opened.has(key) && rows.length > WHOLE_ROWS;
      if (replace && (cached === null || changed > Math.max(MIN_REWRITE, rows.length / 4)))
        await cache.replaceAll(path, rows, fetchedAt, round.complete, { keepOpened });
      else {
        const update = { fetchedAt, complete: replace ? round.complete : false };
        if (changes.removed.length > 0) await cache.remove(path, changes.removed, update);
        await cache.upsert(path, [...changes.added, ...changes.updated], update);
      }
      // A delta write forgot the decrypted snapshot: opened again, a large grid would wait for it to be read and
      // merged (after a whole write it is still there and warming costs nothing).
      if (keepOpened && cache.warm) {
        const warming = performance.now();
        void cache
          .warm(path)
          .then(() => deps.logger.info('cache warmed', { path, ms: Math.round(performance.now() - warming) }))
          .catch(() => undefined);
      }
      deps.logger.info('grid refreshed', {
        resource: target.resource,
        rows: rows.length,
        changed,
        streamedRows: pages?.sent.size ?? 0,
        streamedBatches: pages?.batches() ?? 0,
        listMs: Math.round(listedAt - syncStarted),
        heldMs: Math.round(heldMs),
        diffMs: Math.round(changesSentAt - listedAt - heldMs),
        cacheWriteMs: Math.round(performance.now() - changesSentAt),
      });
      if (!current) return;
      if (round.gap) gaps.end(key, base, round.gap, end, resume);
      else end({ ...base, outcome: 'done', message: null, gap: null });
    } catch (failure) {
      if (controller.signal.aborted) {
        end({ ...base, outcome: 'cancelled', message: null, gap: null });
        return;
      }
      if (isPlatformError(failure) && failure.kind === 'rate-limited' && failure.hold) {
        // the budget held the listing before it could read anything new: it goes on after the reset
        gaps.end(key, base, heldGap(failure.hold, pending), end, resume);
        return;
      }
      const reason = isPlatformError(failure)
        ? failure.userMessage
        : failure instanceof Error
          ? failure.message
          : String(failure);
      const unreachable = isUnreachable(failure);
      if (unreachable) deps.reportUnreachable(unreachableReason(failure));
      deps.logger.warn('grid refresh failed', { resource: target.resource, tab, reason });
      end({
        ...base,
        outcome: unreachable ? 'offline' : 'failed',
        message: reason,
        text: isPlatformError(failure) ? failure.text : null,
        gap: null,
      });
    }
  }

  /** Sends the whole snapshot in one event right after the answer with its first rows (contract, step 2). */
  function sendSnapshot(
    base: { profileId: string; resource: string; tab: string | null; streamId: string },
    snapshot: { rowCount: number; all(): string },
  ): void {
    setImmediate(() => {
      let rowsJson: string;
      const started = performance.now();
      try {
        rowsJson = snapshot.all();
      } catch (failure) {
        // A damaged record: the grid starts empty, the cache is dropped and every row fetched again as pages come.
        deps.onRows({ ...base, kind: 'snapshot', rowsJson: '[]', loaded: 0, total: 0 });
        const target = { resource: base.resource, ...(base.tab ? { tab: base.tab } : {}) };
        waitingForRows.add(keyOf(target));
        firstSyncs.add(keyOf(target));
        void dropDamaged(base.profileId, failure).then(() => refresh(target, 'interactive'));
        return;
      }
      // wall-clock sentAt: the bench sets it against the renderer's arrival time
      deps.logger.info('grid snapshot sent', {
        resource: base.resource,
        rows: snapshot.rowCount,
        readMs: Math.round(performance.now() - started),
        sentAt: Date.now(),
      });
      deps.onRows({ ...base, kind: 'snapshot', rowsJson, loaded: snapshot.rowCount, total: snapshot.rowCount });
    });
  }

  const refresh = (target: GridTarget, priority: Priority = 'background'): boolean => {
    const profileId = deps.profileId();
    if (!profileId || !deps.isConnected()) return false;
    const path = collectionOf(target);
    const key = keyOf(target);
    if (running.has(key)) {
      if (priority === 'interactive') priorities.set(key, priority);
      return true;
    }
    priorities.set(key, priority);
    const controller = new AbortController();
    running.set(key, controller);
    void sync(target, profileId, controller, path, priority).finally(() => {
      if (running.get(key) !== controller) return;
      running.delete(key);
      priorities.delete(key);
      firstSyncs.delete(key);
      foreground.changed();
    });
    return true;
  };

  return {
    async open(target) {
      const profileId = requireProfile();
      const path = collectionOf(target);
      opened.set(keyOf(target), target);
      // wall-clock times: the bench sets them against the renderer's clock
      const receivedAt = Date.now();
      const cache = await deps.cache(profileId);
      const started = now();
      let snapshot = await cache.readJsonStream(path);
      let parts = snapshot ? snapshot.parts[Symbol.iterator]() : null;
      const first: string[] = [];
      let loaded = 0;
      const wanted = snapshot && snapshot.rowCount > WHOLE_ROWS ? FIRST_ROWS : WHOLE_ROWS;
      try {
        for (let next = parts?.next(); next && !next.done; next = loaded < wanted ? parts!.next() : undefined) {
          const prefix = loaded + next.value.rows > wanted ? jsonArrayPrefix(next.value.json, wanted - loaded) : null;
          first.push(prefix ?? next.value.json);
          loaded += prefix === null ? next.value.rows : wanted - loaded;
        }
      } catch (failure) {
        await dropDamaged(profileId, failure);
        snapshot = null;
        parts = null;
        first.length = 0;
        loaded = 0;
      }
      deps.logger.info('grid opened', {
        resource: target.resource,
        tab: target.tab ?? null,
        rows: snapshot?.rowCount ?? 0,
        firstRows: loaded,
        receivedAt,
        cacheReadMs: now() - started,
        answeredAt: Date.now(),
      });
      const total = snapshot?.rowCount ?? 0;
      const streamId = snapshot && loaded < total ? randomUUID() : null;
      if (streamId && snapshot)
        sendSnapshot({ profileId, resource: target.resource, tab: target.tab ?? null, streamId }, snapshot);
      // With cached rows on screen the refresh can wait a moment, so it does not compete with showing them.
      if (snapshot) setTimeout(() => refresh(target), deps.refreshDelayMs ?? 1500).unref?.();
      else {
        waitingForRows.add(keyOf(target));
        firstSyncs.add(keyOf(target));
        refresh(target, 'interactive');
      }
      return {
        profileId,
        resource: target.resource,
        tab: target.tab ?? null,
        rowsJson: joinParts(first),
        rowCount: total,
        streamId,
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
    async lookups(target, signal, options = {}) {
      const profileId = requireProfile();
      const descriptor = deps.descriptor(target.resource);
      if (!descriptor) return {};
      const lookups = target.tab
        ? (descriptor.tabs.find((tab) => tab.id === target.tab)?.lookups ?? [])
        : descriptor.lookups;
      const cache = await deps.cache(profileId);
      const tables: LookupTables = {};
      // the overview's: after the grid the operator waits for, behind its pages (holds are waited out as before)
      const background = options.background === true;
      const yieldToForeground = async (): Promise<void> => {
        if (background) await foreground.idle(undefined, signal);
      };
      const listOptions: ListAllOptions = {
        ...(signal ? { signal } : {}),
        ...(background ? { priority: 'background', yieldToHold: false } : {}),
      };
      for (const lookup of lookups) {
        let rows = (await cache.read(lookup.path))?.rows ?? null;
        if (deps.isConnected()) {
          try {
            await yieldToForeground();
            const fresh = await listAllOf<Row>(deps.client(), lookup.path, listOptions);
            rows = withKeys(fresh.items, lookup.path);
            await yieldToForeground();
            await cache.replaceAll(lookup.path, rows, now(), fresh.complete);
          } catch (failure) {
            deps.logger.warn('lookup refresh failed', {
              path: lookup.path,
              reason: failure instanceof Error ? failure.message : String(failure),
            });
          }
        }
        const table: Record<string, string> = {};
        for (const row of rows ?? []) {
          const iri = row['@id'];
          const display = row[lookup.display];
          if (typeof iri === 'string' && (typeof display === 'string' || typeof display === 'number'))
            table[iri] = String(display);
        }
        tables[lookup.field] = table;
      }
      return tables;
    },
    prefetch() {
      const profileId = deps.profileId();
      if (!profileId) return;
      const started = performance.now();
      void (async () => {
        const cache = await deps.cache(profileId);
        const resource = await cache.largestResource?.();
        if (!resource || deps.profileId() !== profileId) return;
        await cache.warm?.(resource);
        deps.logger.info('cache prefetched', { resource, ms: Math.round(performance.now() - started) });
      })().catch(() => undefined);
    },
    refreshOpened() {
      for (const target of opened.values()) refresh(target);
    },
    reset() {
      for (const controller of running.values()) controller.abort();
      running.clear();
      gaps.clear();
      pendingListings.clear();
      waitingForRows.clear();
      firstSyncs.clear();
      foreground.changed();
      opened.clear();
      localWrites.clear();
    },
    noteLocalWrite(path, rows, removed) {
      writeSeq += 1;
      const writes = localWrites.get(path) ?? new Map<string, { seq: number; row: Row | null }>();
      for (const row of rows) writes.set(String(row['@id']), { seq: writeSeq, row });
      for (const iri of removed) writes.set(iri, { seq: writeSeq, row: null });
      localWrites.set(path, writes);
      // Only writes newer than every running refresh matter; without one running, none do.
      if (running.size === 0) localWrites.clear();
    },
  };
}
