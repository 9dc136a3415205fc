import path from 'node:path';
import type { AppInfo } from '../../src-preload/contract/channels.ts';
import { createConnectionManager, type ConnectionManager } from '../connection/connection-manager.ts';
import { createDemoHost, type DemoHost } from '../connection/demo-host.ts';
import { generateDemoCredentials, startDemoPlatform, type DemoOptions, type DemoPlatform } from '../demo/index.ts';
import { createAppHandlers } from '../handlers/app-handlers.ts';
import { createGridHandlers } from '../handlers/grid-handlers.ts';
import { createBulkHandlers } from '../handlers/bulk-handlers.ts';
import { createOverviewHandlers } from '../handlers/overview-handlers.ts';
import { createHistoryHandlers } from '../handlers/history-handlers.ts';
import { createHistoryService } from '../history/history-service.ts';
import { journalStamp, readJournalReadOnly } from '../bulk/journal-load.ts';
import { createOverviewService } from '../overview/overview-service.ts';
import { createSearchService } from '../search/search-service.ts';
import { createBulkEngines, type BulkEngines } from '../bulk-host/bulk-engines.ts';
import { createGridService, type GridService } from '../grids/grid-service.ts';
import { createProfileCaches } from '../grids/profile-caches.ts';
import { resourceModels } from '../api-model/index.ts';
import { createSealedDocuments } from '../cache/sealed-document.ts';
import { createSchemaHandlers, schemaStatus } from '../handlers/schema-handlers.ts';
import { classifyFailure } from '../platform/unreachable.ts';
import { boundDescriptor } from '../resources/index.ts';
import type { ResourceBinding, SchemaService } from '../schema/index.ts';
import { createPageSizer } from '../schema/paging.ts';
import { createRelatedRows } from '../grids/related-rows.ts';
import { createRelatedHandlers } from '../handlers/related-handlers.ts';
import { createSchemaService } from '../schema/schema-service.ts';
import { createProfileHandlers } from '../handlers/profile-handlers.ts';
import { createSettingsHandlers } from '../handlers/settings-handlers.ts';
import { createEventHub, type EventHub } from '../ipc/event-hub.ts';
import { createIpcRouter, type HandlerSet, type IpcRouter } from '../ipc/router.ts';
import { createFileLogger, type Logger } from '../logging/logger.ts';
import type { FetchLike } from '../platform/http.ts';
import { createRedactor } from '../platform/redact.ts';
import { createProfileService, type DemoProfileSeed, type ProfileService } from '../profiles/profile-service.ts';
import { createProfileStore } from '../profiles/profile-store.ts';
import { redactingEvents, redactingRouter } from '../secrets/redact-outgoing.ts';
import type { SecretVault } from '../secrets/secret-vault.ts';
import type { KeyValueStore } from '../settings/key-value-store.ts';
import { createUiSettings } from '../settings/ui-settings.ts';

/** Everything main does, with its outside world injected: the Electron app and the bridge host both build this. */
export interface AppCoreDeps {
  appInfo: () => AppInfo;
  settingsStore: KeyValueStore;
  vault: SecretVault;
  /** Electron's net.fetch in the app (system proxy, OS certificates); Node's fetch in tests. */
  fetch: FetchLike;
  userDataDir: string;
  /** Credentials of the demo sandbox created on first run (random unless a test fixes them). */
  demoCredentials?: () => DemoProfileSeed;
  demoOptions?: DemoOptions;
  /** False starts the embedded demo "off the network" (offline tests); see DemoHost.setAvailable. */
  demoAvailable?: boolean;
  /** How the demo platform is started (benchmarks run it in a process of its own); the embedded one by default. */
  startDemo?: (options: DemoOptions) => Promise<DemoPlatform>;
  /** The operating system's view of the network (Electron's net.isOnline); unknown counts as online. */
  isOnline?: () => boolean;
}

export interface AppCore {
  router: IpcRouter;
  events: EventHub;
  profiles: ProfileService;
  connection: ConnectionManager;
  grids: GridService;
  /** The platform schema of the profile on screen. */
  schema: SchemaService;
  demo: DemoHost;
  logger: Logger;
  /** The hosts (host:port) links may open in the OS browser: the active profile's platform and its documentation. */
  linkHosts(): string[];
  /** First run (creates the demo sandbox) and reconnecting the last active profile; never throws. */
  start(): Promise<void>;
  dispose(): Promise<void>;
}

export function createAppCore(deps: AppCoreDeps): AppCore {
  // One redactor knows every live secret (passwords, tokens, client IDs, JWTs): the platform clients scrub the
  // platform's texts with it, and the logger, every IPC answer and every event pass through it.
  const redactor = createRedactor();
  const redactOutgoing = (text: string): string => redactor.applyWhole(text);
  const events = redactingEvents(createEventHub(), redactOutgoing);
  const logger = createFileLogger(path.join(deps.userDataDir, 'logs', 'main.log'), (text) => redactor.apply(text));
  const uiSettings = createUiSettings(deps.settingsStore, (settings) => events.emit('settings:changed', settings));
  const demo = createDemoHost(deps.startDemo ?? startDemoPlatform, deps.demoOptions, deps.demoAvailable ?? true);
  const caches = createProfileCaches(
    path.join(deps.userDataDir, 'cache'),
    deps.vault,
    (profileId, notice) => {
      logger.warn('cache dropped', { profileId, reason: notice.reason, detail: notice.detail });
      events.emit('cache:notice', { profileId, message: notice.detail });
    },
    (profileId, ms) => logger.info('cache opened', { profileId, openMs: Math.round(ms), at: Date.now() }),
  );

  const sealed = createSealedDocuments(path.join(deps.userDataDir, 'cache'), deps.vault);
  let connection: ConnectionManager | null = null;
  let grids: GridService | null = null;
  let bulkEngines: BulkEngines | null = null;
  const profiles = createProfileService({
    store: createProfileStore(deps.settingsStore),
    vault: deps.vault,
    onChanged: (list) => events.emit('profiles:changed', list),
    demoBaseUrl: () => demo.current()?.url ?? null,
    onSecret: (secret) => redactor.add(secret),
    demoSeed: () => {
      const generated = deps.demoCredentials?.() ?? generateDemoCredentials();
      return { email: generated.email, clientId: generated.clientId, password: generated.password };
    },
    onDeleted: async (profileId) => {
      connection?.forget(profileId);
      await caches.deleteFor(profileId);
      await sealed.remove(profileId, 'schema');
      await bulkEngines?.deleteFor(profileId);
    },
  });
  // The schema is read from the sealed copy when a profile comes on screen, from the platform when it connects.
  const schema = createSchemaService({
    models: resourceModels,
    store: {
      read: async (profileId) => {
        await caches.forProfile(profileId);
        return sealed.read(profileId, 'schema');
      },
      write: async (profileId, text) => {
        await caches.forProfile(profileId);
        await sealed.write(profileId, 'schema', text);
      },
    },
    fetchDoc: async (docPath, signal) => {
      const answer = await manager.client().send({
        method: 'GET',
        path: docPath,
        retry: { attempts: 2 },
        // the documentation never goes before the operator's own work, nor waits out a long budget hold
        priority: 'background',
        ...(signal ? { signal } : {}),
      });
      return { headers: answer.headers, body: answer.body };
    },
    // only an answer from the platform proves a document missing; anything else keeps the last copy
    isUnreachable: (failure) => !classifyFailure(failure).answered,
    documentationUrl: (profileId) => {
      try {
        return profiles.get(profileId).documentationUrl;
      } catch {
        return null;
      }
    },
    logger,
  });
  schema.onChange((current) => events.emit('schema:changed', schemaStatus(current, schema)));
  let schemaWork: Promise<unknown> = Promise.resolve();
  const schemaStep = (step: () => Promise<unknown>): void => {
    schemaWork = schemaWork.then(step).catch((failure: unknown) => {
      logger.warn('platform schema step failed', {
        reason: failure instanceof Error ? failure.message : String(failure),
      });
    });
  };
  // What the last status said, to tell a profile switch and a reconnection apart from other changes.
  let lastProfileId: string | null = null;
  let lastState: string | null = null;
  connection = createConnectionManager({
    profiles,
    demo,
    fetch: deps.fetch,
    logger,
    redactor,
    onStatus: (status) => {
      events.emit('connection:changed', status);
      if (status.profileId !== lastProfileId) schemaStep(() => schema.select(status.profileId));
      if (status.state === 'connected' && (lastState !== 'connected' || status.profileId !== lastProfileId)) {
        schemaStep(() => schema.discover());
      }
      if (status.profileId !== lastProfileId) {
        grids?.reset();
        grids?.prefetch();
        void bulkEngines?.profileChanged();
      } else if (status.state === 'connected' && lastState !== 'connected') grids?.refreshOpened();
      lastProfileId = status.profileId;
      lastState = status.state;
    },
    onBudget: (budget) => events.emit('budget:changed', budget),
    concurrency: () => uiSettings.get().concurrency,
    ...(deps.isOnline ? { isOnline: deps.isOnline } : {}),
  });
  const manager = connection;
  const pageSizer = createPageSizer(
    (listPath) => schema.current()?.resources[listPath]?.itemsPerPage.maximum ?? null,
    () => manager.profileId() ?? '',
  );
  grids = createGridService({
    descriptor: (id) => boundDescriptor(id, (modelPath) => schema.binding(modelPath)),
    profileId: () => manager.profileId(),
    client: () => manager.client(),
    isConnected: () => manager.status().state === 'connected',
    cache: (profileId) => caches.forProfile(profileId),
    reportUnreachable: (reason) => manager.reportUnreachable(reason),
    onProgress: (progress) => events.emit('grid:progress', progress),
    onRows: (rows) => events.emit('grid:rows', rows),
    onChanges: (changes) => events.emit('grid:changes', changes),
    onSyncEnd: (end) => events.emit('grid:sync-end', end),
    onCacheDropped: (profileId, detail) => events.emit('cache:notice', { profileId, message: detail }),
    observe: (listPath, rows) => schema.observe(listPath, rows),
    pageSizer,
    logger,
  });
  const gridService = grids;
  const journalDir = path.join(deps.userDataDir, 'journal');
  const bulk = (bulkEngines = createBulkEngines({
    journalDir,
    vault: deps.vault,
    connection: manager,
    caches,
    emit: events.emit,
    noteLocalWrite: (path, rows, removed) => gridService.noteLocalWrite(path, rows, removed),
    binding: (modelPath) => schema.binding(modelPath),
    pageSizer,
    logger,
  }));

  // The overview and the search read the cached rows under our logical names, through the platform's binding.
  const collectionBinding = (listPath: string): ResourceBinding | null => {
    try {
      return schema.binding(listPath);
    } catch {
      return null; // a collection api-model does not describe: its rows as they are
    }
  };
  const overview = createOverviewService({
    profileId: () => manager.profileId(),
    cache: (profileId) => caches.forProfile(profileId),
    jobs: async () => (await bulk.current()).list(),
    isConnected: () => manager.status().state === 'connected',
    refresh: (target) => gridService.refresh(target),
    lookups: (target) => gridService.lookups(target, undefined, { background: true }),
    binding: collectionBinding,
  });
  const search = createSearchService({
    profileId: () => manager.profileId(),
    cache: (profileId) => caches.forProfile(profileId),
    binding: collectionBinding,
    platform: {
      client: () => (manager.status().state === 'connected' ? manager.client() : null),
      filters: (listPath) => schema.current()?.resources[listPath]?.filters ?? [],
    },
  });
  const history = createHistoryService({
    profiles: async () => (await profiles.list()).profiles.map((profile) => ({ id: profile.id, name: profile.name })),
    openProfileId: () => manager.profileId(),
    openEngine: () => bulk.current(),
    readJournal: (profileId) => readJournalReadOnly({ dir: journalDir, profileId, vault: deps.vault }),
    journalStamp: (profileId) => journalStamp({ dir: journalDir, profileId, vault: deps.vault }),
  });
  // Whatever changes the cache (a refresh, a job's rows, a dropped cache, another profile) or how its rows are read
  // (the platform's schema) makes the index stale.
  events.subscribe((event) => {
    if (
      event === 'grid:changes' ||
      event === 'cache:notice' ||
      event === 'connection:changed' ||
      event === 'schema:changed'
    )
      search.invalidate();
  });

  const handlers: HandlerSet = {
    ...createAppHandlers({ appInfo: deps.appInfo }),
    ...createSettingsHandlers(uiSettings),
    ...createProfileHandlers(profiles, manager, deps.vault),
    ...createGridHandlers({ grids: gridService, connection: manager, caches, settings: deps.settingsStore }),
    ...createBulkHandlers(() => bulk.current()),
    ...createOverviewHandlers({ overview, search, bulk: () => bulk.current() }),
    ...createHistoryHandlers(history),
    ...createSchemaHandlers(schema),
    ...createRelatedHandlers(
      createRelatedRows({
        schema,
        client: () => (manager.status().state === 'connected' ? manager.client() : null),
        cached: async (listPath) => {
          const profileId = manager.profileId();
          return profileId ? ((await (await caches.forProfile(profileId)).read(listPath))?.rows ?? null) : null;
        },
        pageSizer,
      }),
    ),
  };

  return {
    router: redactingRouter(createIpcRouter(handlers), redactOutgoing),
    events,
    profiles,
    connection: manager,
    grids: gridService,
    schema,
    demo,
    logger,
    linkHosts() {
      const profileId = manager.profileId();
      if (!profileId) return [];
      const profile = profiles.get(profileId);
      const baseUrl = profile.isDemo ? (demo.current()?.url ?? null) : profile.baseUrl;
      return baseUrl ? [new URL(baseUrl).host] : [];
    },
    async start() {
      await profiles.migrateClientIds().catch((failure: unknown) => {
        logger.warn('client IDs not moved to the keychain', {
          reason: failure instanceof Error ? failure.message : String(failure),
        });
      });
      try {
        await profiles.ensureDemoProfile(() => {
          const generated = deps.demoCredentials?.() ?? generateDemoCredentials();
          return { email: generated.email, clientId: generated.clientId, password: generated.password };
        });
      } catch (failure) {
        logger.warn('demo sandbox not created', {
          reason: failure instanceof Error ? failure.message : String(failure),
        });
      }
      const activeId = profiles.activeId();
      if (activeId) {
        await manager.connect(activeId).catch((failure: unknown) => {
          logger.warn('reconnect failed', { reason: failure instanceof Error ? failure.message : String(failure) });
        });
      }
    },
    async dispose() {
      gridService.reset();
      await bulk.close();
      await manager.dispose();
      caches.close();
      await logger.flush();
    },
  };
}
