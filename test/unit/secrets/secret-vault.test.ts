import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/ipc/app-error.ts';
import type { Message } from '../../../src-preload/contract/messages.ts';
import { keychainUnavailable } from '../../../src-main/secrets/secret-vault.ts';
import { dutch, english } from '../../support/ui-text.ts';

describe('keychainUnavailable', () => {
  it('says why, what to do, and that no file is used instead', () => {
    const error = keychainUnavailable('The Secret Service is not running.');
    expect(error).toBeInstanceOf(AppError);
    const ipc = error.toIpcError();
    expect(ipc).toEqual({
      code: 'KEYCHAIN_UNAVAILABLE',
      message: 'errors.keychainUnavailable',
      details: { reason: 'The Secret Service is not running.', text: { code: 'errors.keychainUnavailable' } },
    });
    const text = (ipc.details as { text: Message }).text;
    expect(english(text)).toBe(
      'No keychain is available on this computer, so the secret was not stored. ' +
        'On Linux, start GNOME Keyring or KWallet and try again. NOC Console never stores passwords in a file.',
    );
    expect(dutch(text)).toBe(
      'Er is geen sleutelhanger beschikbaar op deze computer, dus het geheim is niet opgeslagen. ' +
        'Start op Linux GNOME Keyring of KWallet en probeer het opnieuw. NOC Console slaat wachtwoorden nooit op in een bestand.',
    );
  });
});
