import { AppError } from '../ipc/app-error.ts';

/** Where passwords and auth tokens live: the OS keychain in the app and in tests. Never a file, never plaintext. */
export interface SecretVault {
  /** Whether a keychain can be used at all, and if not, why (in words for the user). */
  check(): Promise<{ available: true } | { available: false; reason: string }>;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

export function keychainUnavailable(reason: string): AppError {
  return new AppError(
    'KEYCHAIN_UNAVAILABLE',
    `No OS keychain is available, so the secret was not stored: ${reason} ` +
      'On Linux, start a Secret Service (GNOME Keyring or KWallet) and try again. ' +
      'NOC Console never stores passwords in a file.',
  );
}
