import keytar from 'keytar';
import { keychainUnavailable, type SecretVault } from '../secrets/secret-vault.ts';

export const APP_KEYCHAIN_SERVICE = 'nl.nocconsole.app';

function describe(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

/** The OS keychain through keytar: Keychain on macOS, Credential Manager on Windows, Secret Service on Linux. */
export function createKeytarVault(service: string = APP_KEYCHAIN_SERVICE): SecretVault {
  const guard = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      return await operation();
    } catch (failure) {
      throw keychainUnavailable(describe(failure));
    }
  };
  return {
    async check() {
      try {
        await keytar.findCredentials(service);
        return { available: true };
      } catch (failure) {
        return { available: false, reason: describe(failure) };
      }
    },
    get: (account) => guard(() => keytar.getPassword(service, account)),
    set: (account, secret) => guard(() => keytar.setPassword(service, account, secret)),
    delete: (account) => guard(() => keytar.deletePassword(service, account)),
  };
}

/** Tests and the bridge use a service name of their own and remove every entry under it when they finish. */
export async function deleteAllSecrets(service: string): Promise<number> {
  const entries = await keytar.findCredentials(service);
  await Promise.all(entries.map((entry) => keytar.deletePassword(service, entry.account)));
  return entries.length;
}
