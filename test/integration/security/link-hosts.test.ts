import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../src-main/security/external-url.ts';
import { startAppHarness, type AppHarness } from './app-harness.ts';

let app: AppHarness;
beforeEach(async () => {
  app = await startAppHarness();
});
afterEach(() => app.close());

describe('the hosts a link may open', () => {
  it('are the active profile’s platform only, and follow the profile', async () => {
    const demoHost = new URL(app.core.demo.current()!.url).host;
    expect(app.core.linkHosts()).toEqual([demoHost]);
    expect(checkExternalUrl(`http://${demoHost}/docs`, app.core.linkHosts()).allowed).toBe(true);
    expect(checkExternalUrl('https://evil.example/', app.core.linkHosts()).allowed).toBe(false);

    const other = await app.call('profiles:create', {
      name: 'Tenant',
      baseUrl: 'https://api.tenant.example',
      auth: { mode: 'static-key', clientId: 'client-of-tenant', authToken: 'token-of-tenant-1234' },
    });
    // from no connection (a switch from a working one to an unreachable host would keep the demo)
    await app.call('connection:disconnect', {});
    await app.call('connection:connect', { profileId: other.id });
    expect(app.core.linkHosts()).toEqual(['api.tenant.example']);
    expect(checkExternalUrl(`http://${demoHost}/docs`, app.core.linkHosts()).allowed).toBe(false);
    await app.call('connection:disconnect', {});
  });
});
