import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src-main/platform/redact.ts';
import { createSession, type Session, type SessionState } from '../../../src-main/platform/session.ts';

const NOW = Date.UTC(2026, 10, 27, 9, 0, 0);
const context = { method: 'GET', path: '/phonenumbers' };

/** A signed-looking JWT for token number `n`, valid for an hour from NOW. */
function token(n: number): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { username: 'noc@reseller.nl', iat: NOW / 1000, exp: NOW / 1000 + 3600, n };
  return `${part({ alg: 'RS256' })}.${part(claims)}.${part({ signature: n })}`;
}

function jwtSession(): { session: Session; tokenRequests: () => number } {
  let issued = 0;
  const session = createSession({
    auth: { mode: 'jwt', email: 'noc@reseller.nl', clientId: 'client-1', password: async () => 'pw-hunter2' },
    requestToken: async () => {
      issued += 1;
      return { token: token(issued) };
    },
    now: () => NOW,
    redactor: createRedactor(),
  });
  return { session, tokenRequests: () => issued };
}

describe('the session renews once per rejected token', () => {
  it('keeps the fresh token when a late 401 for the previous token arrives', async () => {
    const { session, tokenRequests } = jwtSession();
    const old = await session.ticket(context);
    expect(old.headers).toEqual({ Authorization: `Bearer ${token(1)}` });

    // the first 401 for the old token renews it
    const fresh = await session.rejected(old, context);
    expect(fresh.headers).toEqual({ Authorization: `Bearer ${token(2)}` });
    expect(tokenRequests()).toBe(2);

    // a request sent with the old token before the renewal is refused only now: the fresh token stays
    const late = await session.rejected(old, context);
    expect(late).toEqual(fresh);
    expect(await session.ticket(context)).toEqual(fresh);
    expect(tokenRequests()).toBe(2);
    expect(session.status()).toMatchObject({ state: 'connected', user: 'noc@reseller.nl' });
  });

  it('renews again when the fresh token itself is refused', async () => {
    const { session, tokenRequests } = jwtSession();
    const old = await session.ticket(context);
    const fresh = await session.rejected(old, context);
    const third = await session.rejected(fresh, context);
    expect(third.headers).toEqual({ Authorization: `Bearer ${token(3)}` });
    expect(third.generation).toBeGreaterThan(fresh.generation);
    expect(tokenRequests()).toBe(3);
  });

  it('many 401s for one token, some arriving after the renewal, cost one token request', async () => {
    const { session, tokenRequests } = jwtSession();
    const old = await session.ticket(context);
    const early = await Promise.all(Array.from({ length: 5 }, () => session.rejected(old, context)));
    const late = await Promise.all(Array.from({ length: 5 }, () => session.rejected(old, context)));
    expect(new Set([...early, ...late].map((ticket) => ticket.headers['Authorization']))).toEqual(
      new Set([`Bearer ${token(2)}`]),
    );
    expect(tokenRequests()).toBe(2);
  });
});

describe('the state the session reports', () => {
  it('a static key refused once and read again keeps a connected session connected', async () => {
    let reads = 0;
    const session = createSession({
      auth: { mode: 'static-key', clientId: 'client-1', authToken: async () => `key-${(reads += 1)}` },
      requestToken: () => Promise.reject(new Error('a static key asks for no token')),
      now: () => NOW,
      redactor: createRedactor(),
    });
    const first = await session.ticket(context);
    expect(session.status().state).toBe('connecting');
    session.reachable();
    const states: SessionState[] = [];
    session.onChange((status) => states.push(status.state));
    const second = await session.rejected(first, context);
    expect(second.headers).toEqual({ 'CLIENT-ID': 'client-1', 'AUTH-TOKEN': 'key-2' });
    expect(session.status().state).toBe('connected');
    expect(states).toEqual([]);
  });

  it('an answer of the platform does not make a session connected that holds no credentials', () => {
    const { session } = jwtSession();
    const states: SessionState[] = [];
    session.onChange((status) => states.push(status.state));
    session.reachable();
    expect(session.status().state).toBe('signed-out');
    expect(states).toEqual([]);
  });

  it('a listener that unsubscribed is told nothing more', async () => {
    const { session } = jwtSession();
    const kept: SessionState[] = [];
    const dropped: SessionState[] = [];
    session.onChange((status) => kept.push(status.state));
    const unsubscribe = session.onChange((status) => dropped.push(status.state));
    unsubscribe();
    await session.ticket(context);
    expect(kept).toEqual(['connecting', 'connected']);
    expect(dropped).toEqual([]);
  });

  it('a request refused after renewal while another renewal runs: that token neither connects nor is handed out', async () => {
    let answer: (body: unknown) => void = () => undefined;
    const session = createSession({
      auth: { mode: 'jwt', email: 'noc@reseller.nl', clientId: 'client-1', password: async () => 'pw-hunter2' },
      requestToken: () => new Promise((resolve) => (answer = resolve)),
      now: () => NOW,
      redactor: createRedactor(),
    });
    const waiting = session.ticket(context).catch((error: unknown) => error);
    await new Promise((resolve) => setImmediate(resolve));
    const refusal = session.refusedAfterRenewal({ method: 'PATCH', path: '/phonenumbers/7' }, undefined);
    answer({ token: token(1) });
    expect(await waiting).toMatchObject({ kind: 'signed-out', status: 401, ...context });
    expect(session.status()).toMatchObject({ state: 'signed-out', message: refusal.userMessage });
    await expect(session.ticket(context)).rejects.toMatchObject({ kind: 'signed-out' });
  });
});
