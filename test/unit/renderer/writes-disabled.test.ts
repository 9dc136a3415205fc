import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionProblemCode, ConnectionStatus } from '../../../src-preload/contract/index.ts';
import { i18n } from '../../../src-renderer/src/i18n/index.ts';
import { writesDisabledCause, writesDisabledText } from '../../../src-renderer/src/shell/problem-text.ts';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

function status(state: ConnectionStatus['state'], code: ConnectionProblemCode | null): ConnectionStatus {
  return {
    profileId: 'p1',
    profileName: 'Tenant',
    isDemo: false,
    state,
    apiUser: null,
    message: code ? 'main text' : null,
    problem: code ? { code, params: { host: 'api.example.nl' } } : null,
    hold: null,
  };
}

describe('why changes are disabled', () => {
  it('says offline only when the computer is offline', () => {
    expect(writesDisabledCause(status('offline', 'offline'))).toBe('offline');
    expect(writesDisabledCause(status('offline', null))).toBe('offline');
    for (const code of ['dns', 'refused', 'tls', 'host-unreachable', 'timeout', 'server'] as const)
      expect(writesDisabledCause(status('offline', code)), code).toBe('unreachable');
    for (const code of ['credentials', 'denied', 'password-missing', 'token-missing', 'client-id-missing'] as const)
      expect(writesDisabledCause(status('signed-out', code)), code).toBe('signIn');
    expect(writesDisabledCause(status('signed-out', 'address'))).toBe('notConnected');
    expect(writesDisabledCause(status('connecting', null))).toBe('notConnected');
    expect(writesDisabledCause(status('connected', null))).toBeNull();
  });

  it('words each cause in English with the reason in full', () => {
    const t = i18n.getFixedT('en');
    expect(writesDisabledText(t, status('offline', 'offline'))).toBe(
      'Changes are disabled while offline: This computer is offline: there is no network connection. Retrying in the background.',
    );
    expect(writesDisabledText(t, status('offline', 'dns'))).toBe(
      'Changes are disabled: the platform cannot be reached. The host name api.example.nl could not be found. ' +
        'Check the base URL for a typo, or whether the VPN is on. Retrying in the background.',
    );
    expect(writesDisabledText(t, status('offline', 'tls'))).toMatch(
      /^Changes are disabled: the platform cannot be reached\. The secure connection to api\.example\.nl failed/,
    );
    expect(writesDisabledText(t, status('signed-out', 'credentials'))).toBe(
      'Changes are disabled: the profile is not signed in. The platform refused the sign-in: the e-mail, password, ' +
        'client ID or auth token is wrong or no longer valid.',
    );
    expect(writesDisabledText(t, status('connecting', null))).toBe('Changes are disabled: Connecting…');
    expect(writesDisabledText(t, status('connected', null))).toBeNull();
  });

  it('words each cause in Dutch', () => {
    const t = i18n.getFixedT('nl');
    expect(writesDisabledText(t, status('offline', 'offline'))).toMatch(
      /^Wijzigen is uitgeschakeld zolang je offline bent: /,
    );
    expect(writesDisabledText(t, status('offline', 'dns'))).toMatch(
      /^Wijzigen is uitgeschakeld: het platform is niet bereikbaar\. .*api\.example\.nl/,
    );
    expect(writesDisabledText(t, status('offline', 'dns'))).not.toMatch(/offline/);
    expect(writesDisabledText(t, status('signed-out', 'credentials'))).toMatch(
      /^Wijzigen is uitgeschakeld: het profiel is niet aangemeld\. /,
    );
  });
});
