import { createHmac, timingSafeEqual } from 'node:crypto';

export interface JwtClaims {
  iat: number;
  exp: number;
  username: string;
  [claim: string]: unknown;
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

export function signJwt(claims: JwtClaims, secret: Buffer): string {
  const head = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const body = b64url(JSON.stringify(claims));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

export type JwtCheck = { ok: true; claims: JwtClaims } | { ok: false; reason: 'invalid' | 'expired' };

/** Verifies signature first, then expiry (at millisecond precision against the second-based exp). */
export function verifyJwt(token: string, secret: Buffer, nowMs: number): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'invalid' };
  const [head = '', body = '', sig = ''] = parts;
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (typeof claims !== 'object' || claims === null) return { ok: false, reason: 'invalid' };
  const c = claims as Partial<JwtClaims>;
  if (typeof c.exp !== 'number' || typeof c.iat !== 'number' || typeof c.username !== 'string')
    return { ok: false, reason: 'invalid' };
  if (nowMs >= c.exp * 1000) return { ok: false, reason: 'expired' };
  return { ok: true, claims: c as JwtClaims };
}
