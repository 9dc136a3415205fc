import { timingSafeEqual } from 'node:crypto';
import type { DemoRequest, DemoResponse } from './http/types.ts';
import { PLAIN_JSON } from './http/types.ts';
import { problem, unauthorized } from './http/problem.ts';
import { signJwt, verifyJwt } from './jwt.ts';

export interface DemoCredentials {
  email: string;
  password: string;
  clientId: string;
  /** Static API key, sent as AUTH-TOKEN together with CLIENT-ID. */
  authToken: string;
  /** Display name of the API user; also the JWT `username` claim. */
  userName: string;
}

export type AuthKind = 'jwt' | 'static-key' | 'none' | 'invalid';

export interface AuthResult {
  readonly kind: AuthKind;
  /** The 401 to send when kind is 'none' or 'invalid'. */
  readonly failure?: DemoResponse;
}

function header(req: DemoRequest, name: string): string | null {
  const v = req.headers[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? null) : null;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface Authenticator {
  check(req: DemoRequest): AuthResult;
  issueToken(req: DemoRequest): DemoResponse;
}

export function createAuthenticator(
  credentials: DemoCredentials,
  secret: Buffer,
  tokenLifetimeSeconds: () => number,
): Authenticator {
  return {
    /** A Bearer token wins over static-key headers when both are sent. */
    check(req) {
      const authorization = header(req, 'authorization');
      if (authorization !== null) {
        const match = /^Bearer\s+(\S+)$/i.exec(authorization);
        if (!match?.[1]) return { kind: 'invalid', failure: unauthorized('Invalid JWT Token') };
        const result = verifyJwt(match[1], secret, req.now);
        if (result.ok) return { kind: 'jwt' };
        return {
          kind: 'invalid',
          failure: unauthorized(result.reason === 'expired' ? 'Expired JWT Token' : 'Invalid JWT Token'),
        };
      }
      const clientId = header(req, 'client-id');
      const authToken = header(req, 'auth-token');
      if (clientId !== null || authToken !== null) {
        if (
          clientId !== null &&
          authToken !== null &&
          same(clientId, credentials.clientId) &&
          same(authToken, credentials.authToken)
        ) {
          return { kind: 'static-key' };
        }
        return { kind: 'invalid', failure: unauthorized('Invalid credentials.') };
      }
      return { kind: 'none', failure: unauthorized('JWT Token not found') };
    },

    issueToken(req) {
      let body: unknown;
      try {
        body = JSON.parse(req.body.toString('utf8'));
      } catch {
        return problem(400, 'Invalid JSON.');
      }
      const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      const ok =
        typeof b['email'] === 'string' &&
        typeof b['password'] === 'string' &&
        typeof b['client_id'] === 'string' &&
        same(b['email'].toLowerCase(), credentials.email.toLowerCase()) &&
        same(b['password'], credentials.password) &&
        same(b['client_id'], credentials.clientId);
      if (!ok) return { status: 401, contentType: PLAIN_JSON, body: { code: 401, message: 'Invalid credentials.' } };
      // Whole seconds as in any JWT: a token issued late in a second lives up to 1 s less than the lifetime.
      const iat = Math.floor(req.now / 1000);
      const token = signJwt(
        {
          iat,
          exp: iat + tokenLifetimeSeconds(),
          roles: ['ROLE_USER', 'ROLE_API'],
          username: credentials.userName,
          email: credentials.email,
        },
        secret,
      );
      return { status: 200, contentType: PLAIN_JSON, body: { token } };
    },
  };
}
