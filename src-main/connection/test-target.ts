import type { ConnectionProblem, ProfileTestInput } from '../../src-preload/contract/profiles.ts';
import { validateBaseUrl } from '../platform/base-url.ts';
import type { AuthConfig } from '../platform/session.ts';
import type { ProfileService } from '../profiles/profile-service.ts';
import type { DemoHost } from './demo-host.ts';

export type TestTarget = { baseUrl: string; auth: AuthConfig } | { problem: ConnectionProblem; message: string };

const sameOrigin = (a: string, b: string | null): boolean => {
  try {
    return b !== null && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

/**
 * What "Test connection" signs in with: the form's values, and for an edited profile what it left empty from the
 * keychain, but only while the address stays the profile's own (a stored secret is never sent anywhere else).
 */
export async function resolveTestTarget(
  profiles: ProfileService,
  demo: DemoHost,
  input: ProfileTestInput,
): Promise<TestTarget> {
  const stored = input.id ? profiles.get(input.id) : null;
  if (stored?.isDemo) {
    const credentials = await profiles.demoCredentials(stored.id);
    const running = await demo.ensureStarted(credentials);
    return {
      baseUrl: running.url,
      auth: {
        mode: 'jwt',
        email: credentials.email,
        clientId: credentials.clientId,
        password: () => Promise.resolve(credentials.password),
      },
    };
  }
  const verdict = validateBaseUrl(input.baseUrl ?? stored?.baseUrl ?? '');
  if (!verdict.ok) return { problem: { code: 'address', params: {} }, message: verdict.reason };
  const baseUrl = verdict.url;
  const own = stored !== null && sameOrigin(baseUrl, stored.baseUrl);
  const typed = input.auth.mode === 'jwt' ? input.auth.password : input.auth.authToken;
  const secret = typed ?? (own && stored ? await profiles.secretOf(stored.id).catch(() => null) : null);
  const clientId =
    input.auth.clientId ?? (own && stored ? await profiles.clientIdOf(stored.id).catch(() => null) : null);
  const host = new URL(baseUrl).host;
  if (!secret) {
    const code = input.auth.mode === 'jwt' ? 'password-missing' : 'token-missing';
    return { problem: { code, params: { host } }, message: 'Enter the password or auth token to test the connection.' };
  }
  if (!clientId) {
    return { problem: { code: 'client-id-missing', params: { host } }, message: 'Enter the client ID to test.' };
  }
  const value = (): Promise<string> => Promise.resolve(secret);
  return {
    baseUrl,
    auth:
      input.auth.mode === 'jwt'
        ? { mode: 'jwt', email: input.auth.email, clientId, password: value }
        : { mode: 'static-key', clientId, authToken: value },
  };
}
