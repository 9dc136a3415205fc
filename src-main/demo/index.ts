import { randomBytes } from 'node:crypto';
import { createAuthenticator } from './auth.ts';
import { DEFAULT_FORMATS, presentInFormats, type DemoFormats } from './formats.ts';
import type { AuthKind, DemoCredentials } from './auth.ts';
import type { DemoData } from './data.ts';
import { demoDialect, type DemoDialectId } from './dialect/dialects.ts';
import { throughDialect } from './dialect/exchange.ts';
import { seedDialect } from './dialect/seed.ts';
import { generateDemoData } from './generate/index.ts';
import { runPipeline } from './pipeline.ts';
import { createPrng } from './prng.ts';
import type { ServerErrorKind } from './faults.ts';
import { createRateLimiter, type ResetHeaderForm } from './rate-limiter.ts';
import { RingLog } from './request-log.ts';
import { listen } from './server.ts';

export type { DemoCredentials } from './auth.ts';
export type { DemoData } from './data.ts';
export type { DemoFormats } from './formats.ts';
export type { Table } from './table.ts';
export { DEMO_DIALECTS, type DemoDialectId } from './dialect/dialects.ts';
export { MIXED_SERVER_ERRORS, type ServerErrorKind } from './faults.ts';
export type { ResetHeaderForm } from './rate-limiter.ts';

export interface DemoFaults {
  /** Added to every response. */
  latencyMs: number;
  /** 0..1 fraction of requests answered with a server error before anything else happens. */
  errorRate: number;
  /** Which server errors, drawn evenly (default ['503-json']; MIXED_SERVER_ERRORS: 500 Hydra, 502/503 HTML). */
  errorKinds: readonly ServerErrorKind[];
  /** 0..1 fraction of requests answered 429 with Retry-After. */
  rateLimitRate: number;
  /** Retry-After value for injected 429s. */
  retryAfterSeconds: number;
  /** JWT exp = iat + this, iat = issue time in whole seconds (default 3600; 0 = born expired). */
  tokenLifetimeSeconds: number;
  /** 0..1 fraction of successful writes (POST/PATCH/DELETE and side-effect GETs) applied and then answered 502. */
  lostResponseRate: number;
  /** Server-side clamp of itemsPerPage (documented 500); lower values simulate smaller pages than asked. */
  maxItemsPerPage: number;
}

export interface DemoOptions {
  /** Deterministic data; default a fixed seed. */
  seed?: number;
  /** Number of phone numbers; default 3000. Every other count scales from it. */
  phoneNumbers?: number;
  /**
   * The moment the data is generated around (its dates: activations, deadlines, cool-offs), epoch ms; default the
   * start. Two demos with the same seed and epoch hold the same rows: a benchmark that restarts the demo between a
   * first sync and an app start passes the same epoch, or the refresh after the start finds every row changed.
   */
  epoch?: number;
  faults?: Partial<DemoFaults>;
  /**
   * Sliding windows; exceeded -> 429 + Retry-After. Default 3600 per hour, 50000 per day. hourWindowMs/dayWindowMs
   * shorten the "hour" and "day" for tests; resetForm writes *-Reset as seconds to go (default) or an epoch.
   */
  rateLimit?: {
    hourLimit: number;
    dayLimit: number;
    hourWindowMs?: number;
    dayWindowMs?: number;
    resetForm?: ResetHeaderForm;
  };
  /** Request log entries kept (a ring buffer: the newest ones; default 20,000). */
  requestLogLimit?: number;
  /** Default wholesaler: true; false -> 403 "Access Denied." on number blocks. */
  rights?: { wholesaler: boolean };
  /** Default 127.0.0.1; the port is always random. */
  host?: string;
  /** Explicit credentials (e.g. generated for the first-run demo profile); missing ones take the defaults. */
  credentials?: Partial<DemoCredentials>;
  /** How the platform names things and whether it documents itself (default 'standard'); see dialect/dialects.ts. */
  dialect?: DemoDialectId;
  /** How answers write phone numbers and date-times; default national numbers and UTC. */
  formats?: Partial<DemoFormats>;
}

export interface DemoRequestLogEntry {
  at: number;
  method: string;
  path: string;
  query: string;
  status: number;
  /** The request's Content-Type header, or null when it sent none. */
  contentType: string | null;
  auth: AuthKind;
  /** A write changed state (true also when its response was then lost). */
  applied: boolean;
  /** The Retry-After the answer carried (seconds), or null. */
  retryAfterSeconds: number | null;
}

export interface DemoPlatform {
  readonly url: string;
  readonly credentials: DemoCredentials;
  setFaults(faults: Partial<DemoFaults>): void;
  /** The newest requestLogLimit requests, oldest first (a copy). */
  readonly requestLog: readonly DemoRequestLogEntry[];
  clearLog(): void;
  /** tokenRequests counts every request to /authentication-token; tokensIssued only those answered with a token. */
  readonly stats: { readonly tokenRequests: number; readonly tokensIssued: number };
  /** Direct access to the in-memory data for test assertions, e.g. data.phoneNumbers.get(id). */
  readonly data: DemoData;
  close(): Promise<void>;
}

export const DEFAULT_SEED = 20_240_515;
export const DEFAULT_PHONE_NUMBERS = 3000;

export const DEFAULT_FAULTS: Readonly<DemoFaults> = {
  latencyMs: 0,
  errorRate: 0,
  errorKinds: ['503-json'],
  rateLimitRate: 0,
  retryAfterSeconds: 2,
  tokenLifetimeSeconds: 3600,
  lostResponseRate: 0,
  maxItemsPerPage: 500,
};

export const DEFAULT_DEMO_CREDENTIALS: Readonly<DemoCredentials> = {
  email: 'noc-demo@demo-telecom.invalid',
  password: 'demo-password',
  clientId: 'demo-client-0001',
  authToken: 'demo-static-auth-token',
  userName: 'NOC Demo',
};

/** Random credentials for a freshly created demo profile. */
export function generateDemoCredentials(): DemoCredentials {
  const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
  return {
    email: `demo-${hex(4)}@demo-telecom.invalid`,
    password: randomBytes(18).toString('base64url'),
    clientId: `demo-${hex(8)}`,
    authToken: hex(24),
    userName: 'NOC Demo',
  };
}

function retryAfterOf(headers: Readonly<Record<string, string>> | undefined): number | null {
  const raw = headers?.['Retry-After'];
  return raw === undefined ? null : Number(raw);
}

export async function startDemoPlatform(options: DemoOptions = {}): Promise<DemoPlatform> {
  const seed = options.seed ?? DEFAULT_SEED;
  const data = generateDemoData(
    seed,
    Math.max(0, Math.floor(options.phoneNumbers ?? DEFAULT_PHONE_NUMBERS)),
    options.epoch ?? Date.now(),
  );
  const credentials: DemoCredentials = { ...DEFAULT_DEMO_CREDENTIALS, ...options.credentials };
  let faults: DemoFaults = { ...DEFAULT_FAULTS, ...options.faults };
  const auth = createAuthenticator(credentials, randomBytes(32), () => faults.tokenLifetimeSeconds);
  const limiter = createRateLimiter({ hourLimit: 3600, dayLimit: 50_000, ...options.rateLimit });
  const faultRng = createPrng(seed ^ 0x5eed);
  const log = new RingLog<DemoRequestLogEntry>(options.requestLogLimit ?? 20_000);
  const stats = { tokenRequests: 0, tokensIssued: 0 };
  const wholesaler = options.rights?.wholesaler ?? true;
  const dialect = demoDialect(options.dialect);
  seedDialect(data, dialect);
  let baseUrl = '';
  const formats: DemoFormats = { ...DEFAULT_FORMATS, ...options.formats };

  const { server, url } = await listen(options.host ?? '127.0.0.1', async (request) => {
    const translated = await throughDialect(dialect, data, baseUrl, request, (inDialect) =>
      runPipeline(inDialect, {
        data,
        auth,
        limiter,
        faults: () => faults,
        faultRng,
        wholesaler,
        onTokenRequest: () => stats.tokenRequests++,
      }),
    );
    const result = { auth: 'none' as const, applied: false, ...translated.result, response: translated.response };
    if (request.path === '/authentication-token' && result.response.status === 200) stats.tokensIssued++;
    const contentType = request.headers['content-type'];
    log.push({
      at: request.now,
      method: request.method,
      path: request.path,
      query: request.rawQuery,
      status: result.response.status,
      contentType: typeof contentType === 'string' ? contentType : null,
      auth: result.auth,
      applied: result.applied,
      retryAfterSeconds: retryAfterOf(result.response.headers),
    });
    return {
      response: presentInFormats(result.response, formats),
      extraHeaders: { ...limiter.headers(Date.now()), ...translated.headers },
    };
  });
  baseUrl = url;

  return {
    url,
    credentials,
    data,
    get requestLog() {
      return log.toArray();
    },
    get stats() {
      return { tokenRequests: stats.tokenRequests, tokensIssued: stats.tokensIssued };
    },
    setFaults(next) {
      faults = { ...faults, ...next };
    },
    clearLog() {
      log.clear();
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
