import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcError } from '../../../src-preload/contract/errors.ts';
import type { ChannelName, ChannelOutput, ProfileCreateInput } from '../../../src-preload/contract/index.ts';
import type { Message } from '../../../src-preload/contract/messages.ts';
import { createAppCore, type AppCore } from '../../../src-main/app/create-app-core.ts';
import { DEFAULT_DEMO_CREDENTIALS } from '../../../src-main/demo/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import { clientIdAccount } from '../../../src-main/profiles/profile-service.ts';
import { createConfStore } from '../../bridge/conf-store.ts';
import { testKeychainService } from '../../support/keychain.ts';
import { dutch, english } from '../../support/ui-text.ts';

/** The real app core: real keychain, real settings file, real HTTP to the embedded demo. */
let core: AppCore;
let userDataDir: string;
let cleanupKeychain: () => Promise<number>;
let vault: ReturnType<typeof createKeytarVault>;

async function call<C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>> {
  const result = await core.router.dispatch('test', channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

async function fail(channel: ChannelName, input: unknown): Promise<IpcError> {
  const result = await core.router.dispatch('test', channel, input);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
}

async function demoUrl(): Promise<string> {
  return (await call('profiles:list', {})).profiles.find((profile) => profile.isDemo)!.baseUrl!;
}

function jwtProfile(name: string, baseUrl: string, password = DEFAULT_DEMO_CREDENTIALS.password): ProfileCreateInput {
  return {
    name,
    baseUrl,
    auth: { mode: 'jwt', email: DEFAULT_DEMO_CREDENTIALS.email, clientId: DEFAULT_DEMO_CREDENTIALS.clientId, password },
  };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeEach(async () => {
  userDataDir = await mkdtemp(path.join(tmpdir(), 'noc-switch-'));
  const keychain = testKeychainService();
  cleanupKeychain = keychain.cleanup;
  vault = createKeytarVault(keychain.service);
  core = createAppCore({
    appInfo: () => ({ name: 'noc', version: '0', runtime: { kind: 'bridge', node: '24' }, platform: 'linux' }),
    settingsStore: createConfStore(userDataDir),
    vault,
    fetch: (url, init) => fetch(url, init),
    userDataDir,
    demoCredentials: () => DEFAULT_DEMO_CREDENTIALS,
  });
  await core.start();
});

afterEach(async () => {
  await core.dispose();
  await cleanupKeychain();
  await rm(userDataDir, { recursive: true, force: true });
});

describe('testing a profile and switching to it', () => {
  it('"Test connection" reports each step, saves nothing, and leaves the working connection alone', async () => {
    const url = await demoUrl();
    const good = await call('connection:test', {
      baseUrl: url,
      auth: jwtProfile('x', url).auth,
    });
    expect(good).toEqual({
      reached: true,
      signedIn: true,
      canRead: true,
      apiUser: 'NOC Demo',
      problem: null,
      message: null,
    });
    const typo = await call('connection:test', {
      baseUrl: 'https://api.typo.invalid',
      auth: jwtProfile('x', url).auth,
    });
    expect(typo).toMatchObject({
      reached: false,
      signedIn: false,
      canRead: false,
      problem: { code: 'dns', params: { host: 'api.typo.invalid' } },
    });
    const refused = await call('connection:test', {
      baseUrl: `http://127.0.0.1:${await closedPort()}`,
      auth: jwtProfile('x', url).auth,
    });
    expect(refused.problem?.code).toBe('refused');
    const staticKey = await call('connection:test', {
      baseUrl: url,
      auth: { mode: 'static-key', clientId: DEFAULT_DEMO_CREDENTIALS.clientId, authToken: 'wrong-token' },
    });
    expect(staticKey).toMatchObject({ reached: true, signedIn: false, problem: { code: 'credentials' } });
    expect((await call('profiles:list', {})).profiles).toHaveLength(1);
    expect(await call('connection:status', {})).toMatchObject({ profileName: 'Demo sandbox', state: 'connected' });
  });

  it('editing a profile, an empty password is taken from the keychain, but never sent to another address', async () => {
    const url = await demoUrl();
    const saved = await call('profiles:create', jwtProfile('Stored', url));
    const { auth } = jwtProfile('x', url);
    const sameAddress = await call('connection:test', {
      id: saved.id,
      auth: { mode: 'jwt', email: auth.mode === 'jwt' ? auth.email : '' },
    });
    expect(sameAddress).toMatchObject({ canRead: true });
    const elsewhere = await call('connection:test', {
      id: saved.id,
      baseUrl: 'https://elsewhere.invalid',
      auth: { mode: 'jwt', email: DEFAULT_DEMO_CREDENTIALS.email },
    });
    expect(elsewhere.problem?.code).toBe('password-missing');
  });

  it('a switch to a host that does not resolve keeps the working connection and says why', async () => {
    const typo = await call('profiles:create', jwtProfile('Typo', 'https://api.typo.invalid'));
    const failed = await fail('connection:connect', { profileId: typo.id });
    expect(failed.code).toBe('SWITCH_FAILED');
    expect(failed.details).toMatchObject({
      profileName: 'Typo',
      problem: { code: 'dns', params: { host: 'api.typo.invalid' } },
    });
    expect(failed.message).not.toMatch(/GET|\/phonenumbers|authentication-token/);
    const text = (failed.details as { text: Message }).text;
    expect(english(text)).toMatch(
      /^Could not switch to Typo\. The platform cannot be reached: .* Still connected to Demo sandbox\.$/,
    );
    expect(dutch(text)).toMatch(
      /^Overschakelen naar Typo is mislukt\. Het platform is niet bereikbaar: .* Nog steeds verbonden met Demo sandbox\.$/,
    );
    expect(dutch(text)).not.toMatch(/GET|\/phonenumbers|authentication-token/);
    const status = await call('connection:status', {});
    expect(status).toMatchObject({ profileName: 'Demo sandbox', state: 'connected' });
    expect((await call('profiles:list', {})).activeProfileId).toBe(status.profileId);
    expect((await call('platform:counts', {})).counts['phone-numbers']).toBe(3000);
  });

  it("with no profile connected, reading says so in the operator's language", async () => {
    await call('connection:disconnect', {});
    const counts = await fail('platform:counts', {});
    expect(counts.code).toBe('NOT_CONNECTED');
    const text = (counts.details as { text: Message }).text;
    expect(english(text)).toBe('No profile is connected. Open Profiles and connect one.');
    expect(dutch(text)).toBe('Er is geen profiel verbonden. Open Profielen en verbind er een.');
    const overview = await fail('overview:get', {});
    expect(overview.code).toBe('NOT_CONNECTED');
    expect(dutch((overview.details as { text: Message }).text)).toBe(dutch(text));
  });

  it('a switch that works replaces the connection, with the colour and production mark in the status', async () => {
    const url = await demoUrl();
    const other = await call('profiles:create', { ...jwtProfile('Tenant B', url), color: 'red', production: true });
    expect(other).toMatchObject({ color: 'red', production: true });
    const status = await call('connection:connect', { profileId: other.id });
    expect(status).toMatchObject({ profileName: 'Tenant B', state: 'connected', color: 'red', production: true });
    expect((await call('profiles:list', {})).activeProfileId).toBe(other.id);
    const renamed = await call('profiles:update', {
      id: other.id,
      name: 'Tenant B test',
      color: null,
      production: false,
    });
    expect(renamed).toMatchObject({ color: null, production: false });
    expect(await call('connection:status', {})).toMatchObject({
      profileName: 'Tenant B test',
      state: 'connected',
      color: null,
      production: false,
    });
    expect(await fail('profiles:create', { ...jwtProfile('Bad colour', url), color: 'pink' })).toMatchObject({
      code: 'VALIDATION',
    });
  });
});

describe('lost secrets and the demo sandbox', () => {
  it('a password gone from the keychain says "enter the password again", not offline', async () => {
    const url = await demoUrl();
    const tenant = await call('profiles:create', jwtProfile('Tenant', url));
    await call('connection:connect', { profileId: tenant.id });
    await vault.delete(tenant.id);
    await call('connection:disconnect', {});
    const status = await call('connection:connect', { profileId: tenant.id });
    expect(status).toMatchObject({ profileName: 'Tenant', state: 'signed-out', problem: { code: 'password-missing' } });
    expect((await call('profiles:list', {})).profiles.find((p) => p.id === tenant.id)?.secretStored).toBe(false);
  });

  it('the demo sandbox repairs its own lost keychain entries and never asks for a password', async () => {
    const demoId = (await call('profiles:list', {})).activeProfileId!;
    await vault.delete(demoId);
    await vault.delete(clientIdAccount(demoId));
    await call('connection:disconnect', {});
    expect(await call('connection:connect', { profileId: demoId })).toMatchObject({ state: 'connected', isDemo: true });
    expect(await vault.get(demoId)).toBe(DEFAULT_DEMO_CREDENTIALS.password);
  });

  it('a deleted demo sandbox can be restored, once', async () => {
    const demoId = (await call('profiles:list', {})).activeProfileId!;
    await call('profiles:delete', { id: demoId });
    expect((await call('profiles:list', {})).profiles).toHaveLength(0);
    const restored = await call('profiles:restore-demo', {});
    expect(restored).toMatchObject({ name: 'Demo sandbox', isDemo: true, secretStored: true });
    expect(await fail('profiles:restore-demo', {})).toMatchObject({ code: 'DEMO_EXISTS' });
    expect(await call('connection:connect', { profileId: restored.id })).toMatchObject({ state: 'connected' });
  });
});
