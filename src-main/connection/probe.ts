import type { ConnectionProblem, ProfileTestResult, ResourceCounts } from '../../src-preload/contract/profiles.ts';
import { AppError } from '../ipc/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import { createPlatformClient, type PlatformClient } from '../platform/client.ts';
import type { FetchLike } from '../platform/http.ts';
import type { Redactor } from '../platform/redact.ts';
import type { AuthConfig } from '../platform/session.ts';
import { classifyFailure, problemOf, unreachableReason } from '../platform/unreachable.ts';
import { isPlatformError } from '../platform/errors.ts';
import { RESOURCE_COLLECTIONS } from './resource-paths.ts';
import { message, type Message } from '../../src-preload/contract/messages.ts';
import { operatorTextOf } from '../ipc/operator-error.ts';

/** Signs in (when not yet) and reads one page: only an answer proves a static key, and it fills in the budget. */
export async function proveConnection(client: PlatformClient, signal?: AbortSignal): Promise<void> {
  if (client.session.status().state !== 'connected') await client.session.signIn(signal);
  await client.request({
    path: RESOURCE_COLLECTIONS['phone-numbers']!,
    query: { itemsPerPage: 1 },
    ...(signal ? { signal } : {}),
  });
}

function hostOf(baseUrl: string | null): string | null {
  if (!baseUrl) return null;
  try {
    return new URL(baseUrl).host;
  } catch {
    return null;
  }
}

/** The codes main's own refusals carry, as problems the renderer words. */
const APP_PROBLEMS: Record<string, (mode: AuthConfig['mode']) => ConnectionProblem['code']> = {
  SECRET_MISSING: (mode) => (mode === 'jwt' ? 'password-missing' : 'token-missing'),
  CLIENT_ID_MISSING: () => 'client-id-missing',
  BASE_URL_MISSING: () => 'address',
  BASE_URL_REFUSED: () => 'address',
};

export interface Diagnosis {
  problem: ConnectionProblem;
  /** The reason as a catalog message: the failure's own operator text when it has one. */
  text: Message;
  /** English, for the log and `message`; no HTTP methods or paths for the no-answer cases. */
  message: string;
  /** The platform cannot be used right now: stay on the profile (offline) and try again later. */
  unreachable: boolean;
  /** No HTTP answer came back at all. */
  reached: boolean;
}

/** What a failure to connect means, for a profile at `baseUrl` signing in by `mode`. */
export function diagnose(
  failure: unknown,
  baseUrl: string | null,
  mode: AuthConfig['mode'],
  online: boolean,
): Diagnosis {
  const host = hostOf(baseUrl);
  if (failure instanceof AppError && APP_PROBLEMS[failure.code]) {
    const code = APP_PROBLEMS[failure.code]!(mode);
    return {
      problem: { code, params: host ? { host } : {} },
      message: failure.message,
      text: operatorTextOf(failure) ?? message('errors.connectionFailed'),
      unreachable: false,
      reached: false,
    };
  }
  const verdict = classifyFailure(failure, online);
  const problem = problemOf(failure, host, online);
  const english =
    verdict.unreachable && isPlatformError(failure)
      ? unreachableReason(failure, host, online)
      : isPlatformError(failure)
        ? failure.userMessage
        : failure instanceof Error
          ? failure.message
          : String(failure);
  const reached = verdict.answered || problem.code === 'credentials' || problem.code === 'server';
  const text = isPlatformError(failure)
    ? failure.text
    : (operatorTextOf(failure) ?? message('errors.connectionFailed'));
  return { problem, message: english, text, unreachable: verdict.unreachable, reached };
}

export interface TestDeps {
  fetch: FetchLike;
  logger: Logger;
  redactor?: Redactor;
  online: () => boolean;
}

/** "Test connection": sign in and read one page with a client of its own, then forget it. Nothing is saved. */
export async function testConnection(
  deps: TestDeps,
  target: { baseUrl: string; auth: AuthConfig },
  signal?: AbortSignal,
): Promise<ProfileTestResult> {
  const client = createPlatformClient({
    baseUrl: target.baseUrl,
    auth: target.auth,
    fetch: deps.fetch,
    logger: deps.logger,
    ...(deps.redactor ? { redactor: deps.redactor } : {}),
    // an operator waits for the answer: one retry at most, and no minute-long wait for a host that is not there
    maxAttempts: 2,
    timeoutMs: 15_000,
  });
  let signedIn = false;
  try {
    if (target.auth.mode === 'jwt') {
      await client.session.signIn(signal);
      signedIn = true;
    }
    await proveConnection(client, signal);
    return {
      reached: true,
      signedIn: true,
      canRead: true,
      apiUser: client.session.status().user,
      problem: null,
      message: null,
    };
  } catch (failure) {
    const found = diagnose(failure, target.baseUrl, target.auth.mode, deps.online());
    // a static key is "signed in" once the platform answered anything but a refusal of the key
    if (target.auth.mode === 'static-key') signedIn = found.reached && found.problem.code !== 'credentials';
    return {
      reached: found.reached || signedIn,
      signedIn,
      canRead: false,
      apiUser: signedIn ? client.session.status().user : null,
      problem: found.problem,
      message: found.message,
      text: found.text,
    };
  } finally {
    client.session.signOut();
  }
}

/** How many rows each resource has (one item per request): the sidebar's counts; a resource that fails says why. */
export async function countResources(
  client: PlatformClient,
  profileId: string,
  signal?: AbortSignal,
): Promise<ResourceCounts> {
  const counts: Record<string, number | null> = {};
  const problems: Record<string, string> = {};
  await Promise.all(
    Object.entries(RESOURCE_COLLECTIONS).map(async ([view, path]) => {
      try {
        const body = await client.request<Record<string, unknown>>({
          path,
          query: { itemsPerPage: 1 },
          ...(signal ? { signal } : {}),
        });
        const total = body['hydra:totalItems'];
        counts[view] = typeof total === 'number' ? total : null;
      } catch (failure) {
        counts[view] = null;
        problems[view] = isPlatformError(failure)
          ? failure.userMessage
          : failure instanceof Error
            ? failure.message
            : String(failure);
      }
    }),
  );
  return { profileId, counts, problems };
}
