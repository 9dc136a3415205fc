export interface JwtClaims {
  /** Expiry, epoch milliseconds. */
  expiresAt?: number;
  /** Issued-at, epoch milliseconds. */
  issuedAt?: number;
  username?: string;
}

function base64UrlDecode(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(segment.replace(/=+$/, ''))) return null;
  try {
    const b64 = segment.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** Reads the unverified payload claims the client needs. Never throws; an opaque token yields {}. */
export function readJwtClaims(token: string): JwtClaims {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return {};
  const json = base64UrlDecode(parts[1]);
  if (json === null) return {};
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof payload !== 'object' || payload === null) return {};
  const p = payload as Record<string, unknown>;
  const claims: JwtClaims = {};
  if (typeof p['exp'] === 'number' && Number.isFinite(p['exp'])) claims.expiresAt = p['exp'] * 1000;
  if (typeof p['iat'] === 'number' && Number.isFinite(p['iat'])) claims.issuedAt = p['iat'] * 1000;
  const user = p['username'] ?? p['email'] ?? p['sub'];
  if (typeof user === 'string' && user) claims.username = user;
  return claims;
}

/**
 * When to stop using a token: a little before `exp`. The skew is at most maxSkewMs and at most a tenth of the
 * token's lifetime, so short-lived tokens are still reused instead of being renewed on every call.
 */
export function renewAt(claims: JwtClaims, obtainedAt: number, maxSkewMs = 30_000): number {
  if (claims.expiresAt === undefined) return Number.POSITIVE_INFINITY;
  const start = claims.issuedAt !== undefined && claims.issuedAt <= obtainedAt ? claims.issuedAt : obtainedAt;
  const lifetime = Math.max(0, claims.expiresAt - start);
  return claims.expiresAt - Math.min(maxSkewMs, lifetime / 10);
}
