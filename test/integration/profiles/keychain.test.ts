import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeytarVault } from '../../../src-main/electron/keychain.ts';
import type { Message } from '../../../src-preload/contract/messages.ts';
import { testKeychainService } from '../../support/keychain.ts';
import { dutch, english } from '../../support/ui-text.ts';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../../..');
let cleanup: () => Promise<number> = () => Promise.resolve(0);

afterEach(async () => {
  await cleanup();
});

describe('the OS keychain (a real Secret Service on Linux)', () => {
  it('stores, replaces and deletes a secret', async () => {
    const keychain = testKeychainService();
    cleanup = keychain.cleanup;
    const vault = createKeytarVault(keychain.service);
    expect(await vault.check()).toEqual({ available: true });
    expect(await vault.get('profile-1')).toBeNull();
    await vault.set('profile-1', 'first secret');
    expect(await vault.get('profile-1')).toBe('first secret');
    await vault.set('profile-1', 'second secret');
    expect(await vault.get('profile-1')).toBe('second secret');
    expect(await vault.delete('profile-1')).toBe(true);
    expect(await vault.get('profile-1')).toBeNull();
    expect(await vault.delete('profile-1')).toBe(false);
  });

  it('keeps services apart', async () => {
    const a = testKeychainService();
    const b = testKeychainService();
    cleanup = async () => (await a.cleanup()) + (await b.cleanup());
    await createKeytarVault(a.service).set('same-account', 'secret of a');
    expect(await createKeytarVault(b.service).get('same-account')).toBeNull();
  });

  it('says plainly when there is no keychain, and refuses to store the secret', async () => {
    // A process whose D-Bus session leads nowhere: no Secret Service can answer it.
    const script = `
      import { createKeytarVault } from './src-main/electron/keychain.ts';
      const vault = createKeytarVault('nl.nocconsole.test.unavailable');
      const check = await vault.check();
      let stored = 'stored';
      try { await vault.set('a', 'secret'); } catch (error) { stored = { code: error.code, ...error.details }; }
      console.log(JSON.stringify({ check, stored }));
    `;
    const { stdout } = await run(
      process.execPath,
      ['--input-type=module', '--disable-warning=ExperimentalWarning', '-e', script],
      {
        cwd: repoRoot,
        env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' },
      },
    );
    const outcome = JSON.parse(stdout.trim().split('\n').pop()!) as {
      check: { available: boolean; reason?: string };
      stored: 'stored' | { code: string; text: Message; reason: string };
    };
    expect(outcome.check.available).toBe(false);
    expect(outcome.check.reason).toBeTruthy();
    expect(outcome.stored).not.toBe('stored');
    if (outcome.stored === 'stored') return;
    expect(outcome.stored.code).toBe('KEYCHAIN_UNAVAILABLE');
    // the OS's own words go along as technical detail; the operator reads what to do, in their language
    expect(outcome.stored.reason).toBeTruthy();
    expect(english(outcome.stored.text)).toMatch(/^No keychain is available on this computer, so the secret was not/);
    expect(english(outcome.stored.text)).toContain('never stores passwords in a file');
    expect(dutch(outcome.stored.text)).toContain('slaat wachtwoorden nooit op in een bestand');
  });
});
