import { PlatformError, signInAddressRefused } from './errors.ts';
import { readJwtClaims, renewAt } from './jwt.ts';
import type { Redactor } from './redact.ts';
import type { Clock } from './timers.ts';

export type AuthConfig =
  | { mode: 'jwt'; email: string; clientId: string; password: () => Promise<string> }
  | { mode: 'static-key'; clientId: string; authToken: () => Promise<string> };

export type SessionState = 'signed-out' | 'connecting' | 'connected' | 'offline';

export interface SessionStatus {
  state: SessionState;
  /** The API user: the token's `username` claim, else the email; null in static-key mode. */
  user: string | null;
  mode: AuthConfig['mode'];
  /** Why the session is signed out, in our words with the platform's status (never its echoed body). */
  message: string | null;
}

/** Headers to send plus the credential generation they belong to (for single-flight renewal on 401). */
export interface AuthTicket {
  headers: Record<string, string>;
  generation: number;
  /** Epoch ms after which these credentials are renewed before use (Infinity for a static key). */
  validUntil: number;
}

export interface RequestContext {
  method: string;
  path: string;
}

export interface TokenRequestBody {
  email: string;
  password: string;
  client_id: string;
}

/**
 * Posts the credentials to /authentication-token; resolves the parsed body or throws a PlatformError. It takes no
 * signal: one renewal is shared by every waiting caller, and no caller may cancel it for the others.
 */
export type TokenRequester = (body: TokenRequestBody) => Promise<unknown>;

export interface Session {
  status(): SessionStatus;
  onChange(listener: (status: SessionStatus) => void): () => void;
  /** Credentials for one request; obtains a token first when none is valid (single-flight). */
  ticket(context: RequestContext, signal?: AbortSignal): Promise<AuthTicket>;
  /** The platform answered 401 to `ticket`: renew once for everyone holding that generation, then hand a new ticket. */
  rejected(ticket: AuthTicket, context: RequestContext, signal?: AbortSignal): Promise<AuthTicket>;
  /** A request was refused again after renewal: the session is signed out (the platform's text is not kept). */
  refusedAfterRenewal(context: RequestContext, platformMessage: string | undefined): PlatformError;
  /** Signals from the pipeline: any HTTP answer means reachable; a connection failure means offline. */
  reachable(): void;
  unreachable(): void;
  signIn(signal?: AbortSignal): Promise<SessionStatus>;
  signOut(): void;
  /** Forgets token and sign-out; the next call signs in again lazily. */
  reset(): void;
}

export interface SessionOptions {
  auth: AuthConfig;
  requestToken: TokenRequester;
  now: Clock;
  redactor: Redactor;
  maxSkewMs?: number;
}

interface Credential {
  headers: Record<string, string>;
  generation: number;
  validUntil: number;
  user: string | null;
}

export function createSession(options: SessionOptions): Session {
  const { auth, requestToken, now, redactor } = options;
  // the docs call the client ID the "API secret": it is masked like the password
  redactor.add(auth.clientId);
  let credential: Credential | null = null;
  let generation = 0;
  let renewal: Promise<Credential> | null = null;
  let blocked = false;
  let blockedStatus = 401;
  // bumped by signOut/reset so a renewal that was already in flight cannot resurrect the session
  let epoch = 0;
  let state: SessionState = 'signed-out';
  let user: string | null = null;
  let message: string | null = null;
  const listeners = new Set<(status: SessionStatus) => void>();

  const status = (): SessionStatus => ({ state, user, mode: auth.mode, message });

  function setState(next: SessionState, nextMessage: string | null = message): void {
    if (next === state && nextMessage === message) return;
    state = next;
    message = nextMessage;
    const snap = status();
    for (const listener of listeners) {
      try {
        listener(snap);
      } catch {
        // listeners must not break the session
      }
    }
  }

  // A platform that echoes the credentials back in its refusal must not get them shown: a refused sign-in is
  // reported in our words with the status only.
  function signedOutError(context: RequestContext, status = 401): PlatformError {
    return new PlatformError({ kind: 'signed-out', status, method: context.method, path: context.path });
  }

  function block(refusal: PlatformError): PlatformError {
    blocked = true;
    credential = null;
    blockedStatus = refusal.status ?? 401;
    setState('signed-out', redactor.applyWhole(refusal.userMessage));
    return refusal;
  }

  async function obtain(): Promise<Credential> {
    if (auth.mode === 'static-key') {
      const authToken = await auth.authToken();
      redactor.add(authToken);
      generation += 1;
      return {
        headers: { 'CLIENT-ID': auth.clientId, 'AUTH-TOKEN': authToken },
        generation,
        validUntil: Number.POSITIVE_INFINITY,
        user: null,
      };
    }
    setState('connecting');
    const password = await auth.password();
    redactor.add(password);
    let body: unknown;
    try {
      body = await requestToken({ email: auth.email, password, client_id: auth.clientId });
    } catch (error) {
      if (error instanceof PlatformError) {
        if (error.kind === 'http' && (error.status === 401 || error.status === 400)) {
          throw block(signedOutError({ method: error.method, path: error.path }, error.status));
        }
        if (error.kind === 'http' && error.status === 403) {
          // IP not whitelisted or API login not allowed: asking again would not help
          throw block(new PlatformError({ kind: 'http', status: 403, method: error.method, path: error.path }));
        }
        // a session signed out while this sign-in ran (by the operator, or a refusal after renewal) stays so
        if (
          !blocked &&
          (error.kind === 'network' ||
            error.kind === 'timeout' ||
            error.kind === 'unknown-outcome' ||
            error.kind === 'unavailable' ||
            (error.kind === 'http' && (error.status ?? 0) >= 500))
        ) {
          setState('offline');
        } else if (credential === null) {
          setState('signed-out');
        }
        if (error.kind === 'http' && signInAddressRefused(error.status)) throw error.asSignInAnswer();
      }
      throw error;
    }
    const token = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['token'] : undefined;
    if (typeof token !== 'string' || token === '') {
      setState('signed-out');
      throw new PlatformError({
        kind: 'http',
        status: 200,
        method: 'POST',
        path: '/authentication-token',
        platformMessage: 'The answer to the sign-in carried no token.',
      });
    }
    redactor.add(token);
    const obtainedAt = now();
    const claims = readJwtClaims(token);
    generation += 1;
    return {
      headers: { Authorization: `Bearer ${token}` },
      generation,
      validUntil: renewAt(claims, obtainedAt, options.maxSkewMs),
      user: claims.username ?? auth.email,
    };
  }

  function renew(signal?: AbortSignal): Promise<Credential> {
    if (renewal === null) {
      const startedIn = epoch;
      // shared by every caller; one caller's cancellation must not fail the others
      renewal = obtain()
        .then((fresh) => {
          if (startedIn !== epoch) throw signedOutError({ method: 'POST', path: '/authentication-token' });
          // another request was refused after its renewal meanwhile: signed out until the operator signs in
          if (blocked) return fresh;
          credential = fresh;
          user = fresh.user;
          // a static key is unverified until the platform answers; `reachable()` then reports connected
          if (auth.mode === 'jwt') setState('connected', null);
          else if (state !== 'connected') setState('connecting', null);
          return fresh;
        })
        .finally(() => {
          if (startedIn === epoch) renewal = null;
        });
    }
    const shared = renewal;
    if (!signal) return shared;
    return new Promise<Credential>((resolve, reject) => {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  async function ticket(context: RequestContext, signal?: AbortSignal): Promise<AuthTicket> {
    if (blocked) throw signedOutError(context, blockedStatus);
    let current = credential;
    if (current === null || now() >= current.validUntil) current = await renew(signal);
    if (blocked) throw signedOutError(context, blockedStatus);
    return { headers: { ...current.headers }, generation: current.generation, validUntil: current.validUntil };
  }

  return {
    status,
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    ticket,
    async rejected(rejectedTicket, context, signal) {
      if (blocked) throw signedOutError(context, blockedStatus);
      if (credential !== null && credential.generation === rejectedTicket.generation) credential = null;
      return ticket(context, signal);
    },
    refusedAfterRenewal(context) {
      return block(signedOutError(context));
    },
    reachable() {
      if (!blocked && credential !== null && state !== 'connected') setState('connected', null);
    },
    unreachable() {
      if (!blocked) setState('offline');
    },
    async signIn(signal) {
      blocked = false;
      credential = null;
      message = null;
      await renew(signal);
      return status();
    },
    signOut() {
      epoch += 1;
      renewal = null;
      blocked = true;
      credential = null;
      user = null;
      setState('signed-out', null);
    },
    reset() {
      epoch += 1;
      renewal = null;
      blocked = false;
      credential = null;
      user = null;
      setState('signed-out', null);
    },
  };
}
