import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../src-preload/contract/errors.ts';
import type { Message } from '../../../src-preload/contract/messages.ts';
import type { ChannelName, ChannelOutput, ProfileSummary } from '../../../src-preload/contract/index.ts';
import { createAppCore, type AppCore } from '../../../src-main/app/create-app-core.ts';
import { DEFAULT_DEMO_CREDENTIALS } from '../../../src-main/demo/index.ts';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import { createConfStore } from '../../bridge/conf-store.ts';
import { testKeychainService } from '../../support/keychain.ts';
import { dutch, english } from '../../support/ui-text.ts';

/** The operator's text a refusal carries (details.text, a catalog message). */
function textOf(error: { details?: unknown }): Message {
  return (error.details as { text: Message }).text;
}

/** Runs the real app core (real keychain, real settings files, real HTTP to the demo) and records every IPC answer. */
interface Session {
  core: AppCore;
  userDataDir: string;
  responses: IpcResult<unknown>[];
  call<C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>>;
  fail(channel: ChannelName, input: unknown): Promise<{ code: string; message: string; details?: unknown }>;
}

let session: Session;
/** A proxy in front of the platform: answers a request itself when it returns a response. */
let proxy: ((url: string) => Response | null) | null = null;
let cleanupKeychain: () => Promise<number>;
let vault: ReturnType<typeof createKeytarVault>;

beforeEach(async () => {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'noc-core-'));
  const keychain = testKeychainService();
  cleanupKeychain = keychain.cleanup;
  vault = createKeytarVault(keychain.service);
  const core = createAppCore({
    appInfo: () => ({
      name: 'noc-console',
      version: '0.0.0',
      runtime: { kind: 'bridge', node: process.versions.node },
      platform: process.platform,
    }),
    settingsStore: createConfStore(userDataDir),
    vault,
    fetch: async (url, init) => proxy?.(String(url)) ?? fetch(url, init),
    userDataDir,
    demoCredentials: () => DEFAULT_DEMO_CREDENTIALS,
  });
  const responses: IpcResult<unknown>[] = [];
  let callId = 0;
  const dispatch = async (channel: string, input: unknown): Promise<IpcResult<unknown>> => {
    callId += 1;
    const result = await core.router.dispatch(`test:${callId}`, channel, input);
    responses.push(result);
    return result;
  };
  session = {
    core,
    userDataDir,
    responses,
    async call(channel, input) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as ChannelOutput<typeof channel>;
    },
    async fail(channel, input) {
      const result = await dispatch(channel, input);
      if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
      return result.error;
    },
  };
  await core.start();
});

afterEach(async () => {
  await session.core.dispose();
  await cleanupKeychain();
  await rm(session.userDataDir, { recursive: true, force: true });
});

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('profiles and connections in the app core', () => {
  it('creates the demo sandbox on first run, with its password in the keychain, and connects to it', async () => {
    const list = await session.call('profiles:list', {});
    expect(list.profiles).toHaveLength(1);
    const demo = list.profiles[0]!;
    expect(demo).toMatchObject({ name: 'Demo sandbox', isDemo: true, secretStored: true });
    expect(list.activeProfileId).toBe(demo.id);
    expect(await vault.get(demo.id)).toBe(DEFAULT_DEMO_CREDENTIALS.password);
    const status = await session.call('connection:status', {});
    expect(status).toMatchObject({
      state: 'connected',
      isDemo: true,
      apiUser: 'NOC Demo',
      profileName: 'Demo sandbox',
    });
    const counts = await session.call('platform:counts', {});
    expect(counts.counts['phone-numbers']).toBe(3000);
    const budget = await session.call('connection:budget', {});
    expect(budget?.hour.limit).toBeGreaterThan(0);
  });

  it('refuses a plain-http base URL outside loopback and stores nothing', async () => {
    const error = await session.fail('profiles:create', {
      name: 'Insecure',
      baseUrl: 'http://api.example.nl',
      auth: { mode: 'jwt', email: 'noc@example.nl', clientId: 'c1', password: 'hunter2-secret' },
    });
    expect(error.code).toBe('BASE_URL_REFUSED');
    expect(english(textOf(error))).toContain('Plain http is refused for api.example.nl');
    expect(dutch(textOf(error))).toContain('Gewoon http wordt geweigerd voor api.example.nl');
    expect(error.details).toMatchObject({ field: 'baseUrl' });
    expect((await session.call('profiles:list', {})).profiles).toHaveLength(1);
  });

  it('a new address needs the secret again, so a stored password never goes to another host', async () => {
    const created = await session.call('profiles:create', {
      name: 'Tenant B',
      baseUrl: 'https://api.tenant-b.example',
      auth: { mode: 'jwt', email: 'noc@tenant-b.example', clientId: 'client-b', password: 'secret-of-tenant-b' },
    });
    const moved = await session.fail('profiles:update', { id: created.id, baseUrl: 'https://api.typo-b.example' });
    expect(moved.code).toBe('SECRET_REQUIRED');
    expect(moved.details).toMatchObject({ field: 'password' });
    expect(english(textOf(moved))).toBe(
      'The address changed to api.typo-b.example: enter the password again, so that it is only sent to the platform you chose.',
    );
    expect(dutch(textOf(moved))).toBe(
      'Het adres is veranderd in api.typo-b.example: vul het wachtwoord opnieuw in, zodat het alleen naar het gekozen platform gaat.',
    );
    expect((await session.call('profiles:list', {})).profiles.find((p) => p.id === created.id)?.baseUrl).toBe(
      'https://api.tenant-b.example',
    );
    // Renaming, or a new path on the same host, keeps the secret.
    await session.call('profiles:update', {
      id: created.id,
      name: 'Tenant B (prod)',
      baseUrl: 'https://api.tenant-b.example/v2',
    });
    expect(await vault.get(created.id)).toBe('secret-of-tenant-b');
    await session.call('profiles:update', {
      id: created.id,
      baseUrl: 'https://api.new-b.example',
      auth: { mode: 'jwt', email: 'noc@tenant-b.example', clientId: 'client-b', password: 'new-secret-b' },
    });
    expect(await vault.get(created.id)).toBe('new-secret-b');
  });

  it('deleting a profile deletes its keychain entry', async () => {
    const created = await session.call('profiles:create', {
      name: 'Tenant A',
      baseUrl: 'https://api.tenant-a.example',
      auth: { mode: 'static-key', clientId: 'client-a', authToken: 'static-token-of-tenant-a' },
    });
    expect(await vault.get(created.id)).toBe('static-token-of-tenant-a');
    await session.call('profiles:delete', { id: created.id });
    expect(await vault.get(created.id)).toBeNull();
    expect((await session.call('profiles:list', {})).profiles.map((p) => p.name)).toEqual(['Demo sandbox']);
  });

  it('never lets a password, auth token or JWT reach the settings, the logs or any IPC answer', async () => {
    const demoUrl = (await session.call('profiles:list', {})).profiles[0]!.baseUrl!;
    const secrets = [
      DEFAULT_DEMO_CREDENTIALS.password,
      'wrong-password-8431',
      'replaced-password-2291',
      'static-token-7719',
    ];

    const wrong: ProfileSummary = await session.call('profiles:create', {
      name: 'Wrong password',
      baseUrl: demoUrl,
      auth: {
        mode: 'jwt',
        email: DEFAULT_DEMO_CREDENTIALS.email,
        clientId: DEFAULT_DEMO_CREDENTIALS.clientId,
        password: secrets[1],
      },
    });
    // tested first: refused, nothing saved or switched
    const tested = await session.call('connection:test', {
      baseUrl: demoUrl,
      auth: {
        mode: 'jwt',
        email: DEFAULT_DEMO_CREDENTIALS.email,
        clientId: DEFAULT_DEMO_CREDENTIALS.clientId,
        password: secrets[1],
      },
    });
    expect(tested).toMatchObject({ reached: true, signedIn: false, canRead: false, problem: { code: 'credentials' } });
    // a switch that fails leaves the working connection (the demo) on screen, and says why
    const failed = await session.fail('connection:connect', { profileId: wrong.id });
    expect(failed.code).toBe('SWITCH_FAILED');
    expect(failed.details).toMatchObject({ problem: { code: 'credentials' }, profileName: 'Wrong password' });
    expect(english(textOf(failed))).toMatch(
      /^Could not switch to Wrong password\. Signed out: the platform refused the sign-in .* Still connected to Demo sandbox\.$/,
    );
    expect(dutch(textOf(failed))).toMatch(
      /^Overschakelen naar Wrong password is mislukt\. Afgemeld: het platform weigerde de aanmelding .* Nog steeds verbonden met Demo sandbox\.$/,
    );
    expect(await session.call('connection:status', {})).toMatchObject({
      profileName: 'Demo sandbox',
      state: 'connected',
    });
    await session.call('profiles:update', {
      id: wrong.id,
      auth: {
        mode: 'jwt',
        email: DEFAULT_DEMO_CREDENTIALS.email,
        clientId: DEFAULT_DEMO_CREDENTIALS.clientId,
        password: secrets[2],
      },
    });
    await session.fail('connection:connect', { profileId: wrong.id });
    const staticKey = await session.call('profiles:create', {
      name: 'Static',
      baseUrl: demoUrl,
      auth: { mode: 'static-key', clientId: DEFAULT_DEMO_CREDENTIALS.clientId, authToken: secrets[3] },
    });
    await session.fail('connection:connect', { profileId: staticKey.id });
    const demoId = (await session.call('profiles:list', {})).profiles.find((p) => p.isDemo)!.id;
    expect(await session.call('connection:connect', { profileId: demoId })).toMatchObject({ state: 'connected' });
    await session.call('platform:counts', {});
    await session.call('connection:budget', {});
    await session.call('keychain:status', {});
    await session.fail('profiles:create', {
      name: 'x',
      baseUrl: 'ftp://x',
      auth: { mode: 'jwt', email: 'a@b.nl', clientId: 'c', password: secrets[1] },
    });
    await session.core.logger.flush();

    const haystacks: { where: string; text: string }[] = session.responses.map((response, index) => ({
      where: `IPC answer #${index}`,
      text: JSON.stringify(response),
    }));
    for (const file of await filesUnder(session.userDataDir)) {
      // a background write (the platform schema, sealed) may rename its temporary file away while this reads
      const text = await readFile(file, 'utf8').catch((failure: NodeJS.ErrnoException) => {
        if (failure.code === 'ENOENT' && file.endsWith('.tmp')) return null;
        throw failure;
      });
      if (text !== null) haystacks.push({ where: file, text });
    }
    expect(haystacks.some((haystack) => haystack.where.endsWith('main.log'))).toBe(true);
    expect(haystacks.some((haystack) => haystack.where.endsWith('settings.json'))).toBe(true);

    const jwtShape = /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/;
    for (const { where, text } of haystacks) {
      for (const secret of secrets) expect(text.includes(secret), `${where} contains a secret`).toBe(false);
      expect(jwtShape.test(text), `${where} contains a JWT`).toBe(false);
    }
  });
});

describe('"Test connection" of an address without a sign-in', () => {
  afterEach(() => {
    proxy = null;
  });

  it('says to check the base URL when the sign-in there is not found, not that an item is missing', async () => {
    const demoUrl = (await session.call('profiles:list', {})).profiles[0]!.baseUrl!;
    // a proxy that does not pass the sign-in on to the platform
    proxy = (url) =>
      url.endsWith('/authentication-token') ? new Response('<h1>404 Not Found</h1>', { status: 404 }) : null;
    const tested = await session.call('connection:test', {
      baseUrl: demoUrl,
      auth: {
        mode: 'jwt',
        email: DEFAULT_DEMO_CREDENTIALS.email,
        clientId: DEFAULT_DEMO_CREDENTIALS.clientId,
        password: DEFAULT_DEMO_CREDENTIALS.password,
      },
    });
    expect(tested).toMatchObject({ reached: true, signedIn: false, canRead: false, problem: { code: 'address' } });
    expect(english(tested.text!)).toBe(
      "Signing in failed: there is no sign-in of the platform at this address (code 404). Check the profile's base URL.",
    );
  });
});
