import type { BudgetSnapshot, ConnectionStatus, ResourceCounts } from '../../src-preload/contract/profiles.ts';
import { AppError } from '../ipc/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import { createPlatformClient, type PlatformClient } from '../platform/client.ts';
import { isPlatformError } from '../platform/errors.ts';
import type { FetchLike } from '../platform/http.ts';
import type { AuthConfig, SessionStatus } from '../platform/session.ts';
import type { ProfileService } from '../profiles/profile-service.ts';
import type { StoredProfile } from '../profiles/profile-store.ts';
import type { DemoHost } from './demo-host.ts';
import { RESOURCE_COLLECTIONS } from './resource-paths.ts';

export interface ConnectionManagerDeps {
  profiles: ProfileService;
  demo: DemoHost;
  fetch: FetchLike;
  logger: Logger;
  onStatus: (status: ConnectionStatus) => void;
  onBudget: (budget: BudgetSnapshot) => void;
  /** Requests in flight per profile (a setting; default 6). */
  concurrency?: () => number;
  /** Budget events are coalesced to at most one per this many ms. */
  budgetIntervalMs?: number;
}

export interface ConnectionManager {
  status(): ConnectionStatus;
  budget(): BudgetSnapshot | null;
  connect(profileId: string): Promise<ConnectionStatus>;
  disconnect(): ConnectionStatus;
  /** The client of the connected profile, for the features that read and write the platform. */
  client(): PlatformClient;
  counts(signal?: AbortSignal): Promise<ResourceCounts>;
  /** A profile was deleted or edited: drop its connection if it is the current one. */
  forget(profileId: string): void;
  dispose(): Promise<void>;
}

interface Active {
  profile: StoredProfile;
  client: PlatformClient;
  unsubscribe: () => void;
}

const NO_PROFILE: ConnectionStatus = { profileId: null, profileName: null, isDemo: false, state: 'no-profile', apiUser: null, message: null };

/** One connected profile at a time: builds its platform client, signs in, and reports state and budget. */
export function createConnectionManager(deps: ConnectionManagerDeps): ConnectionManager {
  let active: Active | null = null;
  let lastError: string | null = null;
  let budgetTimer: ReturnType<typeof setTimeout> | null = null;

  const describe = (profile: StoredProfile, session: SessionStatus): ConnectionStatus => ({
    profileId: profile.id,
    profileName: profile.name,
    isDemo: profile.isDemo,
    state: session.state,
    apiUser: session.user,
    message: session.message ?? (session.state === 'connected' ? null : lastError),
  });

  const status = (): ConnectionStatus => (active ? describe(active.profile, active.client.session.status()) : NO_PROFILE);

  const budget = (): BudgetSnapshot | null => {
    if (!active) return null;
    const snapshot = active.client.governor.snapshot();
    return { profileId: active.profile.id, hour: snapshot.hour, day: snapshot.day, concurrency: snapshot.concurrency, pausedUntil: snapshot.pausedUntil };
  };

  const scheduleBudget = (): void => {
    if (budgetTimer) return;
    budgetTimer = setTimeout(() => {
      budgetTimer = null;
      const snapshot = budget();
      if (snapshot) deps.onBudget(snapshot);
    }, deps.budgetIntervalMs ?? 250);
  };

  const resolveBaseUrl = async (profile: StoredProfile): Promise<string> => {
    if (!profile.isDemo) {
      if (!profile.baseUrl) throw new AppError('BASE_URL_MISSING', 'This profile has no base URL. Edit it and enter the platform address.');
      return profile.baseUrl;
    }
    if (profile.auth.mode !== 'jwt') throw new AppError('DEMO_PROFILE_BROKEN', 'The demo profile must use e-mail and password.');
    const password = await deps.profiles.secretOf(profile.id);
    const demo = await deps.demo.ensureStarted({ email: profile.auth.email, clientId: profile.auth.clientId, password });
    return demo.url;
  };

  const authFor = (profile: StoredProfile): AuthConfig =>
    profile.auth.mode === 'jwt'
      ? { mode: 'jwt', email: profile.auth.email, clientId: profile.auth.clientId, password: () => deps.profiles.secretOf(profile.id) }
      : { mode: 'static-key', clientId: profile.auth.clientId, authToken: () => deps.profiles.secretOf(profile.id) };

  const drop = (): void => {
    if (!active) return;
    active.unsubscribe();
    active.client.session.signOut();
    active = null;
  };

  return {
    status,
    budget,
    async connect(profileId) {
      const profile = deps.profiles.get(profileId);
      drop();
      lastError = null;
      deps.profiles.setActive(profile.id);
      const baseUrl = await resolveBaseUrl(profile);
      const concurrency = deps.concurrency?.();
      const client = createPlatformClient({
        baseUrl,
        auth: authFor(profile),
        fetch: deps.fetch,
        logger: deps.logger,
        ...(concurrency !== undefined ? { concurrency } : {}),
      });
      const offSession = client.session.onChange(() => deps.onStatus(status()));
      const offBudget = client.governor.onChange(scheduleBudget);
      active = { profile, client, unsubscribe: () => (offSession(), offBudget()) };
      deps.logger.info('connecting', { profileId: profile.id, demo: profile.isDemo, mode: profile.auth.mode });
      try {
        await client.session.signIn();
        // A static key is only proven by an answer from the platform; this also fills the rate-limit budget.
        await client.request({ path: RESOURCE_COLLECTIONS['phone-numbers'], query: { itemsPerPage: 1 } });
      } catch (failure) {
        lastError = isPlatformError(failure) ? failure.userMessage : failure instanceof Error ? failure.message : String(failure);
        deps.logger.warn('connect failed', { profileId: profile.id, reason: lastError });
      }
      const now = status();
      deps.onStatus(now);
      scheduleBudget();
      return now;
    },
    disconnect() {
      drop();
      const now = status();
      deps.onStatus(now);
      return now;
    },
    client() {
      if (!active) throw new AppError('NOT_CONNECTED', 'No profile is connected. Open Profiles and connect one.');
      return active.client;
    },
    async counts(signal) {
      const current = active;
      if (!current) throw new AppError('NOT_CONNECTED', 'No profile is connected. Open Profiles and connect one.');
      const counts: Record<string, number | null> = {};
      const problems: Record<string, string> = {};
      await Promise.all(
        Object.entries(RESOURCE_COLLECTIONS).map(async ([view, path]) => {
          try {
            const body = await current.client.request<Record<string, unknown>>({ path, query: { itemsPerPage: 1 }, ...(signal ? { signal } : {}) });
            const total = body['hydra:totalItems'];
            counts[view] = typeof total === 'number' ? total : null;
          } catch (failure) {
            counts[view] = null;
            problems[view] = isPlatformError(failure) ? failure.userMessage : String(failure);
          }
        }),
      );
      return { profileId: current.profile.id, counts, problems };
    },
    forget(profileId) {
      if (active?.profile.id === profileId) {
        drop();
        deps.onStatus(status());
      }
    },
    async dispose() {
      if (budgetTimer) clearTimeout(budgetTimer);
      drop();
      await deps.demo.stop();
    },
  };
}
