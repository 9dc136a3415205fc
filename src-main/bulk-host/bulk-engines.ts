import type { Row } from '../../src-preload/contract/grids.ts';
import { rm } from 'node:fs/promises';
import { createBulkEngine, journalFile, journalKeyAccount, type BulkEngine } from '../bulk/index.ts';
import type { ConnectionManager } from '../connection/connection-manager.ts';
import type { ProfileCaches } from '../grids/profile-caches.ts';
import type { EventSink } from '../ipc/event-hub.ts';
import { failureFields } from '../logging/failure-fields.ts';
import type { Logger } from '../logging/logger.ts';
import { listResourceDescriptors } from '../resources/index.ts';
import type { PlatformClient } from '../platform/client.ts';
import type { ResourceBinding } from '../schema/index.ts';
import type { PageSizer } from '../schema/paging.ts';
import type { SecretVault } from '../secrets/secret-vault.ts';
import { message } from '../../src-preload/contract/messages.ts';
import { operatorError } from '../ipc/operator-error.ts';

export interface BulkEnginesDeps {
  journalDir: string;
  vault: SecretVault;
  connection: ConnectionManager;
  caches: ProfileCaches;
  emit: EventSink;
  /** Rows a job wrote, so that a refresh under way does not put older values back. */
  noteLocalWrite: (path: string, rows: readonly Row[], removed: readonly string[]) => void;
  /** A registry resource bound to the platform schema: jobs write the platform's names and status values. */
  binding?: (path: string) => ResourceBinding;
  /** Page sizes the platform accepts: the re-reads of reconciliation and undo list collections through it. */
  pageSizer?: PageSizer;
  logger: Pick<Logger, 'warn'>;
}

/** The client with its listings at page sizes the platform accepts. */
function withPageSizes(client: PlatformClient, pageSizer: PageSizer | undefined): PlatformClient {
  if (!pageSizer) return client;
  return { ...client, listAll: (path, options) => pageSizer.listAll(client.listAll, path, options) };
}

/**
 * One bulk engine per profile, for the profile on screen: its journal, its cache, its platform client. What a job
 * applies goes into the cache and, as changes, into the open grids, so edited rows update in place.
 */
export interface BulkEngines {
  current(): Promise<BulkEngine>;
  /** The profile on screen changed: the engine of the previous one stops (its running jobs become interrupted). */
  profileChanged(): Promise<void>;
  /** A profile was deleted: its journal and journal key go too. */
  deleteFor(profileId: string): Promise<void>;
  close(): Promise<void>;
}

export function createBulkEngines(deps: BulkEnginesDeps): BulkEngines {
  let open: { profileId: string; engine: Promise<BulkEngine> } | null = null;
  const resourceOf = (path: string): string | null =>
    listResourceDescriptors().find((descriptor) => descriptor.path === path)?.id ?? null;

  const changed = (profileId: string, path: string, updated: Row[], removed: string[]): void => {
    const resource = resourceOf(path);
    if (!resource) return;
    deps.emit('grid:changes', {
      profileId,
      resource,
      tab: null,
      added: [],
      updated,
      removed,
      fetchedAt: null,
      complete: null,
    });
  };

  const start = (profileId: string): Promise<BulkEngine> =>
    createBulkEngine({
      profileId,
      apiUser: () => (deps.connection.profileId() === profileId ? deps.connection.status().apiUser : null),
      // Never another profile's client: after a switch, this engine's operations fail instead of going elsewhere.
      client: () => {
        if (deps.connection.profileId() !== profileId) {
          throw operatorError('PROFILE_CHANGED', message('errors.profileChanged'));
        }
        return withPageSizes(deps.connection.client(), deps.pageSizer);
      },
      journalDir: deps.journalDir,
      vault: deps.vault,
      logger: deps.logger,
      ...(deps.binding ? { binding: deps.binding } : {}),
      readRows: async (path) => (await (await deps.caches.forProfile(profileId)).read(path))?.rows ?? [],
      onApplied: async (path, items) => {
        deps.noteLocalWrite(path, items, []);
        await (await deps.caches.forProfile(profileId)).upsert(path, items);
        changed(profileId, path, items, []);
      },
      onRemoved: async (path, iris) => {
        deps.noteLocalWrite(path, [], iris);
        await (await deps.caches.forProfile(profileId)).remove(path, iris);
        changed(profileId, path, [], iris);
      },
      onEvent: (event) => deps.emit('bulk:event', event),
    });

  return {
    current() {
      const profileId = deps.connection.profileId();
      if (!profileId) return Promise.reject(operatorError('NOT_CONNECTED', message('errors.notConnected')));
      if (open?.profileId !== profileId) {
        const previous = open;
        // Jobs of the previous profile keep their journal; closing waits for what is in flight to be recorded.
        const engine = (async () => {
          await (await previous?.engine.catch(() => null))?.close();
          return start(profileId);
        })();
        open = { profileId, engine };
        engine.catch((failure: unknown) => {
          if (open?.engine === engine) open = null;
          // the operator reads the refusal's words; the cause it names (a path, SQLite's code) is for the log
          const cause = (failure as { cause?: unknown } | null)?.cause;
          if (cause !== undefined) deps.logger.warn('bulk journal could not be opened', failureFields(cause));
        });
      }
      return open.engine;
    },
    async profileChanged() {
      if (!open || open.profileId === deps.connection.profileId()) return;
      const closing = open;
      open = null;
      await (await closing.engine.catch(() => null))?.close();
    },
    async deleteFor(profileId) {
      if (open?.profileId === profileId) {
        const closing = open;
        open = null;
        await (await closing.engine.catch(() => null))?.close();
      }
      const file = journalFile(deps.journalDir, profileId);
      await Promise.all([file, `${file}-wal`, `${file}-shm`].map((path) => rm(path, { force: true })));
      await deps.vault.delete(journalKeyAccount(profileId)).catch(() => false);
    },
    async close() {
      const closing = open;
      open = null;
      await (await closing?.engine.catch(() => null))?.close();
    },
  };
}
