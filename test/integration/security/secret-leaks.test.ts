import { stat } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src-preload/contract/messages.ts';
import { english } from '../../support/ui-text.ts';
import { startAppHarness, type AppHarness } from './app-harness.ts';
import { echoForms, HOSTILE, HOSTILE_JWT, startHostilePlatform } from './hostile-platform.ts';

let app: AppHarness;
let platform: Awaited<ReturnType<typeof startHostilePlatform>>;

beforeEach(async () => {
  platform = await startHostilePlatform();
  app = await startAppHarness();
});
afterEach(async () => {
  await app.close();
  await platform.close();
});

const SECRETS = [HOSTILE.password, HOSTILE.wrongPassword, HOSTILE.clientId, HOSTILE.authToken, HOSTILE_JWT];

/** Any run of eight characters of any form of any secret, in any case. */
function leaksIn(text: string): string[] {
  const haystack = text.toLowerCase();
  const found: string[] = [];
  for (const secret of SECRETS) {
    for (const form of echoForms(secret)) {
      const needle = form.toLowerCase();
      for (let i = 0; i + 8 <= needle.length; i += 1) {
        if (haystack.includes(needle.slice(i, i + 8))) {
          found.push(needle.slice(i, i + 8));
          break;
        }
      }
    }
  }
  return found;
}

async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a hostile platform that echoes the secrets', () => {
  it('finds none of them in the UI, the IPC answers, the events, the logs, the settings or the cache', async () => {
    const wrong = await app.call('profiles:create', {
      name: 'Hostile',
      baseUrl: platform.url,
      auth: { mode: 'jwt', email: HOSTILE.email, clientId: HOSTILE.clientId, password: HOSTILE.wrongPassword },
    });
    // a switch away from the demo that the platform refuses: the demo stays, the refusal (echo and all) is reported
    const refused = await app.fail('connection:connect', { profileId: wrong.id });
    expect(refused.code).toBe('SWITCH_FAILED');
    expect(refused.details).toMatchObject({ problem: { code: 'credentials' } });
    expect(english((refused.details as { text: Message }).text)).toContain('the platform refused the sign-in');

    await app.call('profiles:update', {
      id: wrong.id,
      auth: { mode: 'jwt', email: HOSTILE.email, password: HOSTILE.password },
    });
    const connected = await app.call('connection:connect', { profileId: wrong.id });
    expect(connected.state).not.toBe('signed-out');

    for (let i = 0; i < 4; i += 1) await app.fail('platform:get-item', { iri: `/phonenumbers/${i + 1}` });
    await app.call('platform:counts', {});
    await app.call('grid:open', { resource: 'phone-numbers' });
    await waitFor(() => app.events.some((e) => e.event === 'grid:sync-end'));
    await app.call('grid:open', { resource: 'number-blocks' });
    await waitFor(() => app.events.filter((e) => e.event === 'grid:sync-end').length >= 2);

    const staticKey = await app.call('profiles:create', {
      name: 'Hostile static',
      baseUrl: platform.url,
      auth: { mode: 'static-key', clientId: HOSTILE.clientId, authToken: `${HOSTILE.authToken}-wrong` },
    });
    const staticRefused = await app.fail('connection:connect', { profileId: staticKey.id });
    expect(staticRefused.code).toBe('SWITCH_FAILED');
    await app.call('profiles:update', {
      id: staticKey.id,
      auth: { mode: 'static-key', authToken: HOSTILE.authToken },
    });
    await app.call('connection:connect', { profileId: staticKey.id });
    await app.fail('platform:get-item', { iri: '/number-blocks/7' });
    await app.call('profiles:list', {});

    // the platform really did echo them, so the test proves something
    expect(platform.requests.length).toBeGreaterThan(8);

    const haystacks = [
      ...app.responses.map((response, i) => ({ where: `IPC answer #${i}`, text: JSON.stringify(response) })),
      ...app.events.map((event, i) => ({ where: `event #${i} ${event.event}`, text: JSON.stringify(event.payload) })),
      ...(await app.files()),
    ];
    expect(haystacks.some((h) => h.where.endsWith('main.log'))).toBe(true);
    expect(haystacks.some((h) => h.where.endsWith('settings.json'))).toBe(true);
    const leaks = haystacks.flatMap(({ where, text }) => leaksIn(text).map((leak) => `${where}: ${leak}`));
    expect(leaks).toEqual([]);
    // the platform's messages still arrive, with the secrets cut out
    expect(JSON.stringify(app.responses)).toContain('[redacted]');
  });

  it('keeps the client ID in the keychain only, shows it masked, and writes the settings file 0600', async () => {
    const created = await app.call('profiles:create', {
      name: 'Hostile',
      baseUrl: platform.url,
      auth: { mode: 'jwt', email: HOSTILE.email, clientId: HOSTILE.clientId, password: HOSTILE.password },
    });
    expect(created.auth).toEqual({ mode: 'jwt', email: HOSTILE.email, clientIdMasked: '…b4a' });
    expect(await app.vault.get(`client-id:${created.id}`)).toBe(HOSTILE.clientId);
    const settings = (await app.files()).find((file) => file.where.endsWith('settings.json'))!;
    expect(settings.text).not.toContain(HOSTILE.clientId);
    expect((await stat(settings.where)).mode & 0o777).toBe(0o600);
    expect(await app.call('connection:connect', { profileId: created.id })).toMatchObject({ state: 'connected' });
  });
});
