import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_CREDENTIALS } from '../../../src-main/demo/index.ts';
import { createConfStore } from '../../bridge/conf-store.ts';
import { startAppHarness, type AppHarness } from './app-harness.ts';

let app: AppHarness | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('client IDs left in the settings file by older versions', () => {
  it('move to the keychain at start, leave the file, and the profile still connects', async () => {
    const id = randomUUID();
    app = await startAppHarness({}, async (userDataDir, vault) => {
      createConfStore(userDataDir).set('profiles', [
        {
          id,
          name: 'Demo sandbox',
          baseUrl: null,
          isDemo: true,
          auth: { mode: 'jwt', email: DEFAULT_DEMO_CREDENTIALS.email, clientId: DEFAULT_DEMO_CREDENTIALS.clientId },
          rootCustomerId: null,
          createdAt: new Date().toISOString(),
        },
      ]);
      createConfStore(userDataDir).set('activeProfileId', id);
      await vault.set(id, DEFAULT_DEMO_CREDENTIALS.password);
    });
    const settings = await readFile(path.join(app.userDataDir, 'settings.json'), 'utf8');
    expect(settings).not.toContain(DEFAULT_DEMO_CREDENTIALS.clientId);
    expect(settings).not.toContain('clientId');
    expect(await app.vault.get(`client-id:${id}`)).toBe(DEFAULT_DEMO_CREDENTIALS.clientId);
    const list = await app.call('profiles:list', {});
    expect(list.profiles[0]!.auth).toEqual({
      mode: 'jwt',
      email: DEFAULT_DEMO_CREDENTIALS.email,
      clientIdMasked: `…${DEFAULT_DEMO_CREDENTIALS.clientId.slice(-3)}`,
    });
    expect(await app.call('connection:status', {})).toMatchObject({ state: 'connected' });
  });
});
