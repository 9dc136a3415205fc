import type {
  BudgetSnapshot,
  ConnectionProblem,
  ConnectionState,
  ConnectionStatus,
  ProfileTestInput,
  ProfileTestResult,
  ResourceCounts,
} from '../../src-preload/contract/profiles.ts';
import type { Logger } from '../logging/logger.ts';
import { createPlatformClient, type PlatformClient } from '../platform/client.ts';
import type { FetchLike } from '../platform/http.ts';
import type { Redactor } from '../platform/redact.ts';
import type { AuthConfig } from '../platform/session.ts';
import type { ProfileService } from '../profiles/profile-service.ts';
import type { StoredProfile } from '../profiles/profile-store.ts';
import type { DemoHost } from './demo-host.ts';
import { countResources, diagnose, proveConnection, testConnection } from './probe.ts';
import { resolveTestTarget } from './test-target.ts';
import { operatorError } from '../ipc/operator-error.ts';
import { message, type Message } from '../../src-preload/contract/messages.ts';

export interface ConnectionManagerDeps {
  profiles: ProfileService;
  demo: DemoHost;
  fetch: FetchLike;
  logger: Logger;
  /** The app's redactor: each client feeds it its tokens, so that logs and IPC mask them too. */
  redactor?: Redactor;
  onStatus: (status: ConnectionStatus) => void;
  onBudget: (budget: BudgetSnapshot) => void;
  /** Requests in flight per profile (a setting; default 6). */
  concurrency?: () => number;
  /** Budget events are coalesced to at most one per this many ms. */
  budgetIntervalMs?: number;
  /** Delays between attempts to reach a platform that went offline (the last one repeats). */
  reconnectDelaysMs?: readonly number[];
  /** The operating system's view of the network (Electron's net.isOnline): false words every failure "offline". */
  isOnline?: () => boolean;
}

export interface ConnectionManager {
  status(): ConnectionStatus;
  budget(): BudgetSnapshot | null;
  /**
   * Connects a profile. Away from a working connection the new profile signs in on the side first: the working one
   * stays until then, and stays for good when the new one fails (SWITCH_FAILED, with the problem in its details).
   */
  connect(profileId: string): Promise<ConnectionStatus>;
  /** "Test connection" for a profile form as it is: signs in and reads one page, saves and switches nothing. */
  test(input: ProfileTestInput, signal?: AbortSignal): Promise<ProfileTestResult>;
  disconnect(): ConnectionStatus;
  /** The client of the connected profile, for the features that read and write the platform. */
  client(): PlatformClient;
  /** The profile whose data is on screen: connected, connecting or offline (its cache stays browsable). */
  profileId(): string | null;
  counts(signal?: AbortSignal): Promise<ResourceCounts>;
  /** A request found the platform unreachable: go offline and keep trying to come back. */
  reportUnreachable(reason: string): void;
  /** A profile was deleted or edited: drop its connection if it is the current one. */
  forget(profileId: string): void;
  /** A profile's name, colour or production mark changed: the status of the one on screen says so at once. */
  renamed(profileId: string): void;
  dispose(): Promise<void>;
}

interface Current {
  profile: StoredProfile;
  client: PlatformClient | null;
  state: ConnectionState;
  message: string | null;
  problem: ConnectionProblem | null;
  text: Message | null;
  unsubscribe: () => void;
  attempt: number;
  timer: ReturnType<typeof setTimeout> | null;
  /** The budget hold last reported in the status ('' for none). */
  holdKey: string;
}

const NO_PROFILE: ConnectionStatus = {
  profileId: null,
  profileName: null,
  isDemo: false,
  state: 'no-profile',
  apiUser: null,
  message: null,
  problem: null,
  color: null,
  production: false,
  hold: null,
};
const DEFAULT_RECONNECT_DELAYS = [1000, 2000, 4000, 8000, 15000];

/**
 * One profile at a time: builds its platform client, signs in, reports state and budget, and when the platform
 * cannot be reached keeps the profile (so its cache stays browsable) and tries again in the background.
 */
export function createConnectionManager(deps: ConnectionManagerDeps): ConnectionManager {
  let current: Current | null = null;
  let budgetTimer: ReturnType<typeof setTimeout> | null = null;
  const delays = deps.reconnectDelaysMs ?? DEFAULT_RECONNECT_DELAYS;

  const status = (): ConnectionStatus => {
    if (!current) return NO_PROFILE;
    return {
      profileId: current.profile.id,
      profileName: current.profile.name,
      isDemo: current.profile.isDemo,
      state: current.state,
      apiUser: current.client?.session.status().user ?? null,
      message: current.message,
      problem: current.problem,
      text: current.text,
      color: current.profile.color,
      production: current.profile.production,
      hold: current.client?.governor.snapshot().hold ?? null,
    };
  };

  const setState = (
    target: Current,
    state: ConnectionState,
    message: string | null,
    problem: ConnectionProblem | null = null,
    text: Message | null = null,
  ): void => {
    if (current !== target) return;
    if (target.state === state && target.message === message && target.problem?.code === problem?.code) return;
    target.state = state;
    target.message = message;
    target.problem = problem;
    target.text = text;
    deps.onStatus(status());
  };
  const online = (): boolean => deps.isOnline?.() ?? true;
  /** A profile signing in beside the working connection (a switch), not yet on screen. */
  let switching: Current | null = null;
  const live = (target: Current): boolean => current === target || switching === target;

  const budget = (): BudgetSnapshot | null => {
    if (!current?.client) return null;
    const snapshot = current.client.governor.snapshot();
    return {
      profileId: current.profile.id,
      hour: snapshot.hour,
      day: snapshot.day,
      concurrency: snapshot.concurrency,
      pausedUntil: snapshot.pausedUntil,
      hold: snapshot.hold,
      active: snapshot.active,
      queued: snapshot.queued,
    };
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
      if (!profile.baseUrl) throw operatorError('BASE_URL_MISSING', message('errors.baseUrlMissing'));
      return profile.baseUrl;
    }
    // the demo's keychain entries are repaired here when lost: nobody knows its password, nobody is asked for it
    const demo = await deps.demo.ensureStarted(await deps.profiles.demoCredentials(profile.id));
    return demo.url;
  };

  const authFor = async (profile: StoredProfile): Promise<AuthConfig> => {
    const clientId = await deps.profiles.clientIdOf(profile.id);
    return profile.auth.mode === 'jwt'
      ? { mode: 'jwt', email: profile.auth.email, clientId, password: () => deps.profiles.secretOf(profile.id) }
      : { mode: 'static-key', clientId, authToken: () => deps.profiles.secretOf(profile.id) };
  };

  const release = (target: Current): void => {
    if (target.timer) clearTimeout(target.timer);
    target.timer = null;
    target.unsubscribe();
    target.client?.session.signOut();
    target.client = null;
  };

  const scheduleReconnect = (target: Current): void => {
    if (current !== target || target.timer) return;
    const delay = delays[Math.min(target.attempt, delays.length - 1)] ?? 15000;
    target.attempt += 1;
    target.timer = setTimeout(() => {
      target.timer = null;
      void attempt(target);
    }, delay);
  };

  /** Builds the client (again, when the address may have changed), signs in and proves the connection. */
  async function establish(target: Current): Promise<void> {
    if (!target.client) {
      const baseUrl = await resolveBaseUrl(target.profile);
      const concurrency = deps.concurrency?.();
      const client = createPlatformClient({
        baseUrl,
        auth: await authFor(target.profile),
        fetch: deps.fetch,
        logger: deps.logger,
        ...(deps.redactor ? { redactor: deps.redactor } : {}),
        ...(concurrency !== undefined ? { concurrency } : {}),
      });
      if (!live(target)) return;
      // A single failed attempt (which the pipeline retries) is no reason to go offline: that is decided when
      // a request has exhausted its retries (reportUnreachable) or a connect attempt fails.
      const offSession = client.session.onChange((session) => {
        if (session.state === 'signed-out' && session.message)
          setState(target, 'signed-out', session.message, { code: 'credentials', params: {} });
      });
      const offBudget = client.governor.onChange((snapshot) => {
        scheduleBudget();
        // a hold starting or ending changes what the status bar says: report it at once
        const holdKey = snapshot.hold ? `${snapshot.hold.reason}@${snapshot.hold.until}` : '';
        if (holdKey !== target.holdKey && current === target) {
          target.holdKey = holdKey;
          deps.onStatus(status());
          const now = budget();
          if (now) deps.onBudget(now);
        }
      });
      target.client = client;
      target.unsubscribe = () => (offSession(), offBudget());
    }
    await proveConnection(target.client);
  }

  const diagnosis = (target: Current, failure: unknown): ReturnType<typeof diagnose> =>
    diagnose(failure, target.client?.baseUrl ?? target.profile.baseUrl, target.profile.auth.mode, online());

  /** Connects the profile on screen; when the platform is out of reach, it stays (offline) and tries again. */
  async function attempt(target: Current): Promise<void> {
    if (current !== target) return;
    try {
      await establish(target);
      if (current !== target) return;
      target.attempt = 0;
      setState(target, 'connected', null);
      scheduleBudget();
    } catch (failure) {
      if (current !== target) return;
      const found = diagnosis(target, failure);
      deps.logger.warn('connect failed', { profileId: target.profile.id, reason: found.message });
      if (found.unreachable) {
        if (target.profile.isDemo && target.client) {
          // The demo restarts on a new port: build the client again next time.
          target.unsubscribe();
          target.client = null;
        }
        setState(target, 'offline', `${found.message} Retrying in the background.`, found.problem, found.text);
        scheduleReconnect(target);
      } else {
        setState(target, 'signed-out', found.message, found.problem, found.text);
      }
    }
  }

  const fresh = (profile: StoredProfile): Current => ({
    profile,
    client: null,
    state: 'connecting',
    message: null,
    problem: null,
    text: null,
    unsubscribe: () => undefined,
    attempt: 0,
    timer: null,
    holdKey: '',
  });

  /** Signs a new profile in beside the working connection, and puts it on screen only when that worked. */
  async function switchTo(profile: StoredProfile): Promise<ConnectionStatus> {
    if (switching) release(switching);
    const target = fresh(profile);
    switching = target;
    deps.logger.info('switching', { profileId: profile.id, demo: profile.isDemo, mode: profile.auth.mode });
    try {
      await establish(target);
    } catch (failure) {
      if (switching === target) switching = null;
      release(target);
      const found = diagnosis(target, failure);
      deps.logger.warn('switch failed', { profileId: profile.id, reason: found.message });
      throw operatorError(
        'SWITCH_FAILED',
        message('errors.switchFailed', {
          name: profile.name,
          reason: found.text,
          current: current?.profile.name ?? message('errors.noProfile'),
        }),
        { profileId: profile.id, profileName: profile.name, problem: found.problem, reason: found.text },
      );
    }
    if (switching !== target) {
      // another switch (or a disconnect) came after this one
      release(target);
      return status();
    }
    switching = null;
    drop();
    deps.profiles.setActive(profile.id);
    target.state = 'connected';
    current = target;
    deps.onStatus(status());
    scheduleBudget();
    return status();
  }

  const drop = (): void => {
    if (switching) release(switching);
    switching = null;
    if (!current) return;
    release(current);
    current = null;
  };

  return {
    status,
    budget,
    async connect(profileId) {
      const profile = deps.profiles.get(profileId);
      if (current?.state === 'connected' && current.profile.id !== profile.id) return switchTo(profile);
      drop();
      deps.profiles.setActive(profile.id);
      const target = fresh(profile);
      current = target;
      deps.onStatus(status());
      deps.logger.info('connecting', { profileId: profile.id, demo: profile.isDemo, mode: profile.auth.mode });
      await attempt(target);
      return status();
    },
    async test(input, signal) {
      const resolved = await resolveTestTarget(deps.profiles, deps.demo, input);
      if ('problem' in resolved) {
        return { reached: false, signedIn: false, canRead: false, apiUser: null, ...resolved };
      }
      return testConnection(
        { fetch: deps.fetch, logger: deps.logger, ...(deps.redactor ? { redactor: deps.redactor } : {}), online },
        resolved,
        signal,
      );
    },
    disconnect() {
      drop();
      const now = status();
      deps.onStatus(now);
      return now;
    },
    client() {
      if (!current?.client || current.state !== 'connected') {
        throw current?.state === 'offline'
          ? operatorError('OFFLINE', message('errors.offline'))
          : operatorError('NOT_CONNECTED', message('errors.notConnected'));
      }
      return current.client;
    },
    profileId: () => current?.profile.id ?? null,
    async counts(signal) {
      const client = this.client();
      return countResources(client, current!.profile.id, signal);
    },
    reportUnreachable(reason) {
      const target = current;
      if (!target || target.state === 'offline' || target.state === 'signed-out') return;
      const host = target.client ? new URL(target.client.baseUrl).host : null;
      const problem: ConnectionProblem = online()
        ? { code: 'host-unreachable', params: host ? { host } : {} }
        : { code: 'offline', params: {} };
      setState(target, 'offline', `${reason} Retrying in the background.`, problem);
      scheduleReconnect(target);
    },
    renamed(profileId) {
      if (current?.profile.id !== profileId) return;
      current.profile = deps.profiles.get(profileId);
      deps.onStatus(status());
    },
    forget(profileId) {
      if (current?.profile.id === profileId) {
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
