import type { ConnectionProblem, ConnectionProblemCode } from '../../src-preload/contract/profiles.ts';
import { isPlatformError, signInAddressRefused, type PlatformError } from './errors.ts';

/** Why no answer came back, read from the transport's error code (Node's and Chromium's spellings). */
export type NoAnswer = 'offline' | 'dns' | 'refused' | 'tls' | 'host-unreachable' | 'timeout';

/**
 * The one reading of a failure that every caller shares: what it was (a code the renderer words), whether the
 * platform answered at all, and what follows from that.
 */
export interface FailureClass {
  code: ConnectionProblemCode;
  /**
   * The failure is the platform's own answer (an HTTP status): it is there, and what it said stands (a 404 proves a
   * document missing). Server errors the pipeline gave up on, and a sign-in that was refused earlier, are not.
   */
  answered: boolean;
  /** The platform cannot be used right now (no answer, or only server errors): go offline and try again later. */
  unreachable: boolean;
  /**
   * No answer at all, or the pipeline gave up on server errors after its retries: asking again at once is pointless.
   * A single server error still counts as an answer here (another page may well work).
   */
  outOfReach: boolean;
}

const OFFLINE = ['ERR_INTERNET_DISCONNECTED', 'ENETDOWN', 'ENETUNREACH', 'ERR_NETWORK_CHANGED'];
const DNS = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'ERR_NAME_NOT_RESOLVED', 'ERR_NAME_RESOLUTION_FAILED'];
const REFUSED = ['ECONNREFUSED', 'ERR_CONNECTION_REFUSED'];
const TLS = [
  'CERT_',
  'ERR_TLS_',
  'ERR_SSL_',
  'SELF_SIGNED_CERT',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'ERR_CERT_',
  'ERR_BAD_SSL_CLIENT_AUTH_CERT',
  'EPROTO',
];
const TIMEOUT = ['ETIMEDOUT', 'ERR_CONNECTION_TIMED_OUT', 'ERR_TIMED_OUT', 'UND_ERR_CONNECT_TIMEOUT'];

const matches = (code: string, list: readonly string[]): boolean => list.some((entry) => code.startsWith(entry));

/** A transport error code (e.g. ENOTFOUND, net::ERR_CERT_DATE_INVALID → ERR_CERT_DATE_INVALID) as a reason. */
export function noAnswerOf(code: string, online = true): NoAnswer {
  if (!online || matches(code, OFFLINE)) return 'offline';
  if (matches(code, DNS)) return 'dns';
  if (matches(code, REFUSED)) return 'refused';
  if (matches(code, TLS)) return 'tls';
  if (matches(code, TIMEOUT)) return 'timeout';
  return 'host-unreachable';
}

function transportCode(failure: PlatformError): string {
  return typeof failure.cause === 'string' ? failure.cause : '';
}

const OTHER: FailureClass = { code: 'other', answered: false, unreachable: false, outOfReach: false };

/**
 * Classifies any failure. `online` is the operating system's view (false: no network at all), so that a name that
 * does not resolve on a train is "offline" and the same failure at the office is "host name not found".
 */
export function classifyFailure(failure: unknown, online = true): FailureClass {
  if (!isPlatformError(failure)) return OTHER;
  switch (failure.kind) {
    case 'network':
      return { code: noAnswerOf(transportCode(failure), online), answered: false, unreachable: true, outOfReach: true };
    case 'timeout':
      return { code: online ? 'timeout' : 'offline', answered: false, unreachable: true, outOfReach: true };
    case 'unavailable':
      return { code: 'server', answered: false, unreachable: true, outOfReach: true };
    case 'signed-out':
      return { code: 'credentials', answered: false, unreachable: false, outOfReach: false };
    case 'http': {
      const status = failure.status ?? 0;
      if (status >= 500) return { code: 'server', answered: true, unreachable: true, outOfReach: false };
      if (status === 401 || status === 400)
        return { code: 'credentials', answered: true, unreachable: false, outOfReach: false };
      if (status === 403) return { code: 'denied', answered: true, unreachable: false, outOfReach: false };
      if (failure.signIn && signInAddressRefused(status))
        return { code: 'address', answered: true, unreachable: false, outOfReach: false };
      return { code: 'other', answered: true, unreachable: false, outOfReach: false };
    }
    default:
      return OTHER;
  }
}

/** The platform cannot be used right now: not reachable, not answering in time, or answering only server errors. */
export function isUnreachable(failure: unknown): failure is PlatformError {
  return classifyFailure(failure).unreachable;
}

/** The problem as the renderer words it: the code, the host (never a path) and an HTTP status where there is one. */
export function problemOf(failure: unknown, host: string | null, online = true): ConnectionProblem {
  const { code } = classifyFailure(failure, online);
  const params: ConnectionProblem['params'] = host ? { host } : {};
  if (code === 'server' && isPlatformError(failure) && failure.status !== undefined) params['status'] = failure.status;
  return { code, params };
}

const REASONS: Record<NoAnswer | 'server', (host: string | null) => string> = {
  offline: () => 'This computer has no network connection.',
  dns: (host) =>
    `The host name ${host ?? 'of the platform'} could not be found: check the base URL for a typo, or the VPN.`,
  refused: (host) =>
    `${host ?? 'The platform'} refused the connection: check the base URL and port, or whether the platform runs.`,
  tls: (host) =>
    `The secure connection to ${host ?? 'the platform'} failed: its certificate is not trusted (expired, self-signed or for another name).`,
  'host-unreachable': (host) =>
    `The platform${host ? ` at ${host}` : ''} is unreachable: check the network connection, VPN or proxy.`,
  timeout: (host) => `The platform${host ? ` at ${host}` : ''} is unreachable: it does not answer in time.`,
  server: (host) => `The platform${host ? ` at ${host}` : ''} is unreachable: it keeps answering with server errors.`,
};

/** Why, in English, for the log and for readers of `message`; the renderer words the code itself. */
export function unreachableReason(failure: PlatformError, host: string | null = null, online = true): string {
  const { code } = classifyFailure(failure, online);
  const reason = REASONS[code as NoAnswer | 'server'] ?? REASONS['host-unreachable'];
  return reason(host);
}
