import { message } from '../../src-preload/contract/messages.ts';
import type { AppError } from '../ipc/app-error.ts';
import { operatorError } from '../ipc/operator-error.ts';

/** Where passwords and auth tokens live: the OS keychain in the app and in tests. Never a file, never plaintext. */
export interface SecretVault {
  /** Whether a keychain can be used at all, and if not, why (in words for the user). */
  check(): Promise<{ available: true } | { available: false; reason: string }>;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

/** The keychain's own reason is technical detail (it comes from the OS, in English); the operator reads what to do. */
export function keychainUnavailable(reason: string): AppError {
  return operatorError('KEYCHAIN_UNAVAILABLE', message('errors.keychainUnavailable'), { reason });
}
