import type { TFunction } from 'i18next';
import type { Message } from '../../../src-preload/contract/messages.ts';
import { renderText } from '../i18n/index.ts';
import type {
  ConnectionProblem,
  ConnectionProblemCode,
  ConnectionStatus,
} from '../../../src-preload/contract/index.ts';

/**
 * The sentence for a problem main sent as a code; 'other' (and an unknown code) falls back to main's catalog message
 * for it, then to main's own text.
 */
export function problemText(
  t: TFunction,
  problem: ConnectionProblem | null | undefined,
  fallback: string | null,
  text?: Message | null,
): string {
  if (!problem || problem.code === 'other') return text ? renderText(text) : (fallback ?? t('problem.other'));
  const host = typeof problem.params['host'] === 'string' ? problem.params['host'] : t('status.noProfile');
  return t(`problem.${problem.code}`, { ...problem.params, host });
}

/** What the connection slot says: the state, or for a profile that is not connected, why in two or three words. */
export function connectionWord(t: TFunction, status: ConnectionStatus): string {
  if (status.state === 'connected')
    return status.apiUser ? t('status.connectedAs', { user: status.apiUser }) : t('status.state.connected');
  if ((status.state === 'offline' || status.state === 'signed-out') && status.problem)
    return t(`problem.short.${status.problem.code}`);
  return t(`status.state.${status.state}`);
}

/** The full reason for a status that is not connected, in the UI's language. */
export function statusReason(t: TFunction, status: ConnectionStatus): string | null {
  if (status.state !== 'offline' && status.state !== 'signed-out') return null;
  if (!status.problem && !status.message) return null;
  const reason = problemText(t, status.problem, status.message, status.text);
  return status.state === 'offline' ? `${reason} ${t('problem.retrying')}` : reason;
}

/** Why changes cannot be made: the sentence differs for offline, a platform out of reach and a failed sign-in. */
export type WritesDisabledCause = 'offline' | 'unreachable' | 'signIn' | 'notConnected';

const UNREACHABLE: ReadonlySet<ConnectionProblemCode> = new Set([
  'dns',
  'refused',
  'tls',
  'host-unreachable',
  'timeout',
  'server',
]);
const SIGN_IN: ReadonlySet<ConnectionProblemCode> = new Set([
  'credentials',
  'denied',
  'password-missing',
  'token-missing',
  'client-id-missing',
]);

export function writesDisabledCause(status: ConnectionStatus): WritesDisabledCause | null {
  if (status.state === 'connected') return null;
  const code = status.problem?.code;
  if (code === 'offline' || (!code && status.state === 'offline')) return 'offline';
  if (code && UNREACHABLE.has(code)) return 'unreachable';
  if (code && SIGN_IN.has(code)) return 'signIn';
  return 'notConnected';
}

/** The sentence beside a disabled write control while not connected, with the reason in full; null when connected. */
export function writesDisabledText(t: TFunction, status: ConnectionStatus): string | null {
  const cause = writesDisabledCause(status);
  if (!cause) return null;
  const reason = statusReason(t, status) ?? t(`status.state.${status.state}`);
  return t(`grid.writesDisabled.${cause}`, { reason });
}
