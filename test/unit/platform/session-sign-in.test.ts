import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { PlatformError, type PlatformErrorInit } from '../../../src-main/platform/errors.ts';
import { createRedactor } from '../../../src-main/platform/redact.ts';
import { createSession, type Session, type SessionState } from '../../../src-main/platform/session.ts';
import { dutch, english } from '../../support/ui-text.ts';

const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
const context = { method: 'GET', path: '/phonenumbers' };
const signInRequest = { method: 'POST', path: '/authentication-token' };

function token(n: number, validSeconds = 3600): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { username: 'noc@reseller.nl', iat: NOW / 1000, exp: NOW / 1000 + validSeconds, n };
  return `${part({ alg: 'RS256' })}.${part(claims)}.${part({ signature: n })}`;
}

/** A sign-in whose answers the test gives one by one: a token, a failure to throw, or a body without a token. */
interface Scripted {
  session: Session;
  asked: () => number;
  clock: { at: number };
}

type Answer = string | PlatformError | object | Promise<unknown>;

function scriptedSession(answers: Answer[]): Scripted {
  let asked = 0;
  const clock = { at: NOW };
  const session = createSession({
    auth: { mode: 'jwt', email: 'noc@reseller.nl', clientId: 'client-1', password: async () => 'pw-hunter2' },
    requestToken: async () => {
      const answer = answers[asked];
      asked += 1;
      if (answer instanceof PlatformError) throw answer;
      if (typeof answer === 'string') return { token: answer };
      return answer;
    },
    now: () => clock.at,
    redactor: createRedactor(),
  });
  return { session, asked: () => asked, clock };
}

const failure = (init: Omit<PlatformErrorInit, 'method' | 'path'>): PlatformError =>
  new PlatformError({ ...init, ...signInRequest });

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** Lets every promise that can move on do so. */
const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('a refused sign-in', () => {
  it.each([401, 400])(
    '%i: signed out in our words, and no second attempt until the operator signs in',
    async (code) => {
      const { session, asked } = scriptedSession([failure({ kind: 'http', status: code }), token(1)]);
      const refusal = await session.signIn().catch((error: unknown) => error);
      expect(refusal).toMatchObject({ kind: 'signed-out', status: code, ...signInRequest });
      expect(session.status()).toMatchObject({ state: 'signed-out', user: null });
      expect(session.status().message).toBe((refusal as PlatformError).userMessage);

      await expect(session.ticket(context)).rejects.toMatchObject({ kind: 'signed-out', status: code, ...context });
      expect(asked()).toBe(1);

      await session.signIn();
      expect(session.status()).toMatchObject({ state: 'connected', message: null });
      expect(asked()).toBe(2);
    },
  );

  it('403 (address not allowed): refused as the platform said, and blocked the same way', async () => {
    const { session, asked } = scriptedSession([failure({ kind: 'http', status: 403, platformMessage: 'IP' })]);
    const refusal = await session.signIn().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PlatformError);
    expect(refusal).toMatchObject({ kind: 'http', status: 403, platformMessage: undefined, ...signInRequest });
    expect(session.status().state).toBe('signed-out');
    await expect(session.ticket(context)).rejects.toMatchObject({ kind: 'signed-out', status: 403 });
    expect(asked()).toBe(1);
  });

  it('later signals of the pipeline leave it signed out: an answer does not connect it, a lost connection does not make it offline', async () => {
    const { session } = scriptedSession([failure({ kind: 'http', status: 401 })]);
    await session.signIn().catch(() => undefined);
    const refused = session.status();
    session.reachable();
    session.unreachable();
    expect(session.status()).toEqual(refused);
    expect(refused).toMatchObject({ state: 'signed-out', message: expect.any(String) });
  });
});

describe('a sign-in that gets no usable answer', () => {
  it.each<[string, PlatformError]>([
    ['no connection', failure({ kind: 'network', cause: 'ECONNREFUSED' })],
    ['no answer in time', failure({ kind: 'timeout', timeoutMs: 30_000 })],
    ['an answer that never came back', failure({ kind: 'unknown-outcome' })],
    ['only server errors', failure({ kind: 'unavailable', status: 503 })],
    ['a 500', failure({ kind: 'http', status: 500 })],
    ['a 502', failure({ kind: 'http', status: 502 })],
  ])('%s: offline, the failure passed on, and the next request asks again', async (_name, error) => {
    const { session, asked } = scriptedSession([error, token(1)]);
    await expect(session.signIn()).rejects.toBe(error);
    expect(session.status().state).toBe('offline');
    await session.ticket(context);
    expect(asked()).toBe(2);
    expect(session.status().state).toBe('connected');
  });

  it('any other answer before a first token: signed out, and the next request asks again', async () => {
    const error = failure({ kind: 'http', status: 404 });
    const { session, asked } = scriptedSession([error, token(1)]);
    const states: SessionState[] = [];
    session.onChange((status) => states.push(status.state));
    await expect(session.ticket(context)).rejects.toMatchObject({ kind: 'http', status: 404, cause: error });
    expect(states).toEqual(['connecting', 'signed-out']);
    await session.ticket(context);
    expect(asked()).toBe(2);
  });

  it('any other answer while renewing an expired token: the state stays as it was', async () => {
    const error = failure({ kind: 'http', status: 404 });
    const { session, clock } = scriptedSession([token(1, 60), error]);
    await session.ticket(context);
    clock.at += 3_600_000;
    const states: SessionState[] = [];
    session.onChange((status) => states.push(status.state));
    await expect(session.ticket(context)).rejects.toMatchObject({ kind: 'http', status: 404, cause: error });
    expect(states).toEqual(['connecting']);
  });

  it.each([404, 405, 415])(
    "%i: the sign-in's address answered, not an item: the text says to check the base URL",
    async (code) => {
      const { session } = scriptedSession([failure({ kind: 'http', status: code, platformMessage: 'No route' })]);
      const refusal = await session.signIn().catch((error: unknown) => error);
      expect(refusal).toMatchObject({ kind: 'http', status: code, ...signInRequest });
      const text = (refusal as PlatformError).text;
      expect(english(text)).toBe(
        `Signing in failed: there is no sign-in of the platform at this address (code ${code}). Check the profile's base URL. The platform said: “No route”`,
      );
      expect(dutch(text)).toContain('Controleer de basis-URL in het profiel.');
      expect((refusal as PlatformError).userMessage).toBe(
        `Signing in failed: there is no sign-in of the platform at this address (HTTP ${code}). Check the profile's base URL. The platform said: "No route"`,
      );
    },
  );

  it('429 and 422 of the sign-in keep their own words', async () => {
    const limited = await scriptedSession([failure({ kind: 'http', status: 429 })])
      .session.signIn()
      .catch((error: unknown) => error);
    expect((limited as PlatformError).text).toEqual({ code: 'platform.rateLimited' });
    const invalid = await scriptedSession([failure({ kind: 'http', status: 422 })])
      .session.signIn()
      .catch((error: unknown) => error);
    expect((invalid as PlatformError).text).toEqual({ code: 'platform.invalid', params: { status: 422 } });
  });

  it.each<[string, unknown]>([
    ['an empty answer', null],
    ['no answer at all', undefined],
    ['a page of text', '<html>Please log in</html>'],
    ['an empty token', { token: '' }],
    ['a token that is not text', { token: 42 }],
    ['an answer without a token', { detail: 'ok' }],
  ])('%s instead of a token: signed out, with what was wrong', async (_name, body) => {
    const { session } = scriptedSession([Promise.resolve(body)]);
    const refusal = await session.signIn().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PlatformError);
    expect(refusal).toMatchObject({
      kind: 'http',
      status: 200,
      platformMessage: 'The answer to the sign-in carried no token.',
      ...signInRequest,
    });
    expect(session.status().state).toBe('signed-out');
  });
});

describe('signing out or resetting while a sign-in is under way', () => {
  it('the token that arrives after a sign-out is not used', async () => {
    const late = deferred<unknown>();
    const { session } = scriptedSession([late.promise]);
    const pending = session.ticket(context).catch((error: unknown) => error);
    await Promise.resolve();
    session.signOut();
    late.resolve({ token: token(1) });
    expect(await pending).toMatchObject({ kind: 'signed-out', ...signInRequest });
    expect(session.status()).toMatchObject({ state: 'signed-out', user: null });
  });

  it('a reset then a sign-out both count: the late token is still not used', async () => {
    const late = deferred<unknown>();
    const { session } = scriptedSession([late.promise]);
    const pending = session.ticket(context).catch((error: unknown) => error);
    await Promise.resolve();
    session.reset();
    session.signOut();
    late.resolve({ token: token(1) });
    expect(await pending).toMatchObject({ kind: 'signed-out' });
    expect(session.status().state).toBe('signed-out');
  });

  it('the sign-in after a sign-out is shared by the requests that come while it runs, even when the abandoned one ends first', async () => {
    const abandoned = deferred<unknown>();
    const next = deferred<unknown>();
    const { session, asked } = scriptedSession([abandoned.promise, next.promise, token(3)]);
    const first = session.ticket(context).catch((error: unknown) => error);
    await settled();
    session.signOut();
    const signingIn = session.signIn();
    await settled();
    abandoned.resolve({ token: token(1) });
    expect(await first).toMatchObject({ kind: 'signed-out', ...signInRequest });

    const second = session.ticket(context);
    next.resolve({ token: token(2) });
    expect(await signingIn).toMatchObject({ state: 'connected' });
    expect((await second).headers).toEqual({ Authorization: `Bearer ${token(2)}` });
    expect(asked()).toBe(2);
  });

  it('a sign-in that cannot reach the platform after a sign-out leaves the session signed out, not offline', async () => {
    const lost = deferred<unknown>();
    const { session } = scriptedSession([lost.promise]);
    const pending = session.ticket(context).catch((error: unknown) => error);
    await settled();
    session.signOut();
    lost.resolve(Promise.reject(failure({ kind: 'network', cause: 'ECONNRESET' })));
    await pending;
    expect(session.status()).toEqual({ state: 'signed-out', user: null, mode: 'jwt', message: null });
  });

  it('a sign-in that cannot reach the platform after another request was refused after renewal keeps that refusal', async () => {
    const lost = deferred<unknown>();
    const { session } = scriptedSession([lost.promise]);
    const pending = session.ticket(context).catch((error: unknown) => error);
    await settled();
    const refusal = session.refusedAfterRenewal({ method: 'PATCH', path: '/phonenumbers/7' }, undefined);
    lost.resolve(Promise.reject(failure({ kind: 'timeout', timeoutMs: 30_000 })));
    await pending;
    expect(session.status()).toMatchObject({ state: 'signed-out', message: refusal.userMessage });
  });

  it('after a reset the session is not blocked: the next request signs in', async () => {
    const { session, asked } = scriptedSession([failure({ kind: 'http', status: 401 }), token(1)]);
    await session.signIn().catch(() => undefined);
    session.reset();
    await session.ticket(context);
    expect(asked()).toBe(2);
    expect(session.status().state).toBe('connected');
  });
});

describe('a token that runs out', () => {
  it('is used until the moment it is to be renewed, and renewed at that very moment', async () => {
    const { session, asked, clock } = scriptedSession([token(1), token(2)]);
    const first = await session.ticket(context);
    clock.at = first.validUntil - 1;
    expect(await session.ticket(context)).toEqual(first);
    clock.at = first.validUntil;
    expect((await session.ticket(context)).headers).toEqual({ Authorization: `Bearer ${token(2)}` });
    expect(asked()).toBe(2);
  });
});

describe('a caller that gives up', () => {
  it('an already cancelled request is refused at once with its reason, and the token is still obtained for others', async () => {
    const { session, asked } = scriptedSession([token(1)]);
    const controller = new AbortController();
    controller.abort(new Error('closed the grid'));
    await expect(session.ticket(context, controller.signal)).rejects.toThrow('closed the grid');
    expect((await session.ticket(context)).headers).toEqual({ Authorization: `Bearer ${token(1)}` });
    expect(asked()).toBe(1);
  });

  it('a request cancelled while the token is on its way is refused with its reason at once; the others get the token', async () => {
    const late = deferred<unknown>();
    const { session, asked } = scriptedSession([late.promise]);
    const controller = new AbortController();
    const cancelled = session.ticket(context, controller.signal).catch((error: unknown) => error);
    const other = session.ticket(context);
    await settled();
    controller.abort(new Error('closed the grid'));
    // refused before the token comes, and nothing of the session stays on the caller's signal
    expect(await Promise.race([cancelled, settled().then(() => 'still waiting')])).toEqual(
      new Error('closed the grid'),
    );
    expect(getEventListeners(controller.signal, 'abort')).toEqual([]);
    late.resolve({ token: token(1) });
    expect((await other).headers).toEqual({ Authorization: `Bearer ${token(1)}` });
    expect(asked()).toBe(1);
  });

  it('a signal that outlives its request keeps no listener of the session once the token came', async () => {
    const { session } = scriptedSession([token(1), token(2)]);
    // one signal for a whole bulk job: its many waits for a token must not pile listeners onto it
    const job = new AbortController();
    const first = await session.ticket(context, job.signal);
    await session.rejected(first, context, job.signal);
    expect(getEventListeners(job.signal, 'abort')).toEqual([]);
  });
});
