import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/ipc/app-error.ts';
import { keychainUnavailable } from '../../../src-main/secrets/secret-vault.ts';

describe('keychainUnavailable', () => {
  it('says why, what to do, and that no file is used instead', () => {
    const error = keychainUnavailable('The Secret Service is not running.');
    expect(error).toBeInstanceOf(AppError);
    expect(error.toIpcError()).toEqual({
      code: 'KEYCHAIN_UNAVAILABLE',
      message:
        'No OS keychain is available, so the secret was not stored: The Secret Service is not running. ' +
        'On Linux, start a Secret Service (GNOME Keyring or KWallet) and try again. ' +
        'NOC Console never stores passwords in a file.',
    });
  });
});
