import { randomUUID } from 'node:crypto';
import { deleteAllSecrets } from '../../src-main/electron/keychain.ts';

/** A keychain service name that belongs to one test only; `cleanup` deletes everything stored under it. */
export function testKeychainService(): { service: string; cleanup: () => Promise<number> } {
  const service = `nl.nocconsole.test.${randomUUID()}`;
  return { service, cleanup: () => deleteAllSecrets(service) };
}
