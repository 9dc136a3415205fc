import { describe, expect, it } from 'vitest';
import { readJwtClaims, renewAt } from '../../../src-main/platform/jwt.ts';

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (payloadSegment: string): string => `${b64url({ alg: 'none' })}.${payloadSegment}.sig`;

describe('readJwtClaims, payload encodings', () => {
  it('decodes the URL-safe alphabet (- and _), as tokens are written', () => {
    const segment = b64url({ username: '~~~???>>>' });
    expect(segment).toMatch(/-/);
    expect(segment).toMatch(/_/);
    expect(readJwtClaims(token(segment))).toEqual({ username: '~~~???>>>' });
  });

  it('accepts a padded payload segment', () => {
    const segment = Buffer.from(JSON.stringify({ sub: 'abc' })).toString('base64');
    expect(segment.endsWith('==')).toBe(true);
    expect(readJwtClaims(token(segment))).toEqual({ username: 'abc' });
  });

  it('rejects standard base64 (+ or /) anywhere in the payload segment', () => {
    const std = Buffer.from(JSON.stringify({ username: '~~~???>>>' }))
      .toString('base64')
      .replace(/=+$/, '');
    expect(std).toMatch(/[+/]/);
    expect(readJwtClaims(token(std))).toEqual({});
    expect(readJwtClaims(token(`${b64url({ sub: 'x' })}+`))).toEqual({});
    expect(readJwtClaims(token(`/${b64url({ sub: 'x' })}`))).toEqual({});
  });

  it('reads nothing from a token with more or fewer than three segments', () => {
    expect(readJwtClaims(`${token(b64url({ sub: 'u-1' }))}.extra`)).toEqual({});
    expect(readJwtClaims(`${b64url({ alg: 'none' })}.${b64url({ sub: 'u-1' })}`)).toEqual({});
  });

  it('never throws on a null payload', () => {
    expect(readJwtClaims(token(b64url(null)))).toEqual({});
  });

  it('takes the user from email, then sub, when username is absent', () => {
    expect(readJwtClaims(token(b64url({ email: 'a@b.c' })))).toEqual({ username: 'a@b.c' });
    expect(readJwtClaims(token(b64url({ sub: 'u-1' })))).toEqual({ username: 'u-1' });
  });
});

describe('renewAt, issued-at in the future', () => {
  it('measures the lifetime from when we obtained the token if iat is later (clock skew)', () => {
    // lifetime from obtainedAt: 100 s → skew 10 s; from iat it would be 1 s → skew 0.1 s
    expect(renewAt({ issuedAt: 999_000, expiresAt: 1_000_000 }, 900_000)).toBe(990_000);
  });
});
