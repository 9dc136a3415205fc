import type { Handler } from '../ipc/router.ts';
import type { ConnectionManager } from '../connection/connection-manager.ts';
import type { ProfileService } from '../profiles/profile-service.ts';
import type { SecretVault } from '../secrets/secret-vault.ts';

export function createProfileHandlers(
  profiles: ProfileService,
  connection: ConnectionManager,
  vault: SecretVault,
): {
  'keychain:status': Handler<'keychain:status'>;
  'profiles:list': Handler<'profiles:list'>;
  'profiles:create': Handler<'profiles:create'>;
  'profiles:update': Handler<'profiles:update'>;
  'profiles:delete': Handler<'profiles:delete'>;
  'profiles:restore-demo': Handler<'profiles:restore-demo'>;
  'connection:test': Handler<'connection:test'>;
  'connection:connect': Handler<'connection:connect'>;
  'connection:disconnect': Handler<'connection:disconnect'>;
  'connection:status': Handler<'connection:status'>;
  'connection:budget': Handler<'connection:budget'>;
  'platform:counts': Handler<'platform:counts'>;
} {
  return {
    'keychain:status': async () => {
      const check = await vault.check();
      return check.available ? { available: true, reason: null } : { available: false, reason: check.reason };
    },
    'profiles:list': () => profiles.list(),
    'profiles:create': (input) => profiles.create(input),
    'profiles:update': async (input) => {
      const updated = await profiles.update(input);
      if (input.baseUrl !== undefined || input.auth !== undefined) connection.forget(input.id);
      else connection.renamed(input.id);
      return updated;
    },
    'profiles:delete': async ({ id }) => {
      await profiles.remove(id);
      return { deleted: true };
    },
    'profiles:restore-demo': () => profiles.restoreDemo(),
    'connection:test': (input, { signal }) => connection.test(input, signal),
    'connection:connect': ({ profileId }) => connection.connect(profileId),
    'connection:disconnect': () => connection.disconnect(),
    'connection:status': () => connection.status(),
    'connection:budget': () => connection.budget(),
    'platform:counts': (_input, { signal }) => connection.counts(signal),
  };
}
