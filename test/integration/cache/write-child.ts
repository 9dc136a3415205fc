// Child process for the crash test: opens the cache with the key it is given, says "writing", then replaces the
// snapshot with many hard-to-compress rows (so the write spills to the WAL long before it commits).
import { randomBytes } from 'node:crypto';
import { cacheKeyAccount, openProfileCache } from '../../../src-main/cache/index.ts';
import type { SecretVault } from '../../../src-main/secrets/secret-vault.ts';

const [dir, profileId, resource, rowCount] = process.argv.slice(2) as [string, string, string, string];
const secrets = new Map([[cacheKeyAccount(profileId), process.env['NOC_TEST_CACHE_KEY'] ?? '']]);
const vault: SecretVault = {
  check: () => Promise.resolve({ available: true }),
  get: (account) => Promise.resolve(secrets.get(account) ?? null),
  set: (account, secret) => Promise.resolve(void secrets.set(account, secret)),
  delete: (account) => Promise.resolve(secrets.delete(account)),
};

const cache = await openProfileCache({
  dir,
  profileId,
  vault,
  onNotice: (notice) => process.stdout.write(`notice ${notice.reason}\n`),
});
const rows = Array.from({ length: Number(rowCount) }, (_, index) => ({
  '@id': `${resource}/${index + 1}`,
  number: `06${String(index).padStart(8, '0')}`,
  description: randomBytes(300).toString('base64'),
}));
process.stdout.write('writing\n');
await cache.replaceAll(resource, rows, Date.now(), true);
process.stdout.write('done\n');
cache.close();
