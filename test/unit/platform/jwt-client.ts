import {
  createPlatformClient,
  type PlatformClient,
  type PlatformClientOptions,
} from '../../../src-main/platform/client.ts';
import type { TinyServer } from './tiny-server.ts';

/** The password the test platforms accept at sign-in. */
export const PASSWORD = 'correct-horse-battery';

/** A client signing in with a JWT against a loopback test server, with short backoff. */
export function jwtClient(server: TinyServer, extra: Partial<PlatformClientOptions> = {}): PlatformClient {
  return createPlatformClient({
    baseUrl: server.url,
    auth: { mode: 'jwt', email: 'api-user@reseller.nl', clientId: 'client-123', password: async () => PASSWORD },
    fetch: (url, init) => fetch(url, init),
    backoff: { baseMs: 5, maxMs: 20 },
    ...extra,
  });
}

/** A client with a static API key against a loopback test server: no sign-in request to account for. */
export function staticKeyClient(baseUrl: string, extra: Partial<PlatformClientOptions> = {}): PlatformClient {
  return createPlatformClient({
    baseUrl,
    auth: { mode: 'static-key', clientId: 'client-123', authToken: async () => 'static-secret-token' },
    fetch: (url, init) => fetch(url, init),
    backoff: { baseMs: 5, maxMs: 20 },
    ...extra,
  });
}
