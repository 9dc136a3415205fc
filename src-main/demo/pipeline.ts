import type { Authenticator, AuthKind } from './auth.ts';
import type { DemoData } from './data.ts';
import { lostResponse, pickServerError, type ServerErrorKind } from './faults.ts';
import { accessDenied, methodNotAllowed, problem } from './http/problem.ts';
import type { DemoRequest, DemoResponse } from './http/types.ts';
import type { Prng } from './prng.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { matchRoute } from './routes/index.ts';

export const TOKEN_PATH = '/authentication-token';

export interface PipelineFaults {
  readonly latencyMs: number;
  readonly errorRate: number;
  readonly errorKinds: readonly ServerErrorKind[];
  readonly rateLimitRate: number;
  readonly retryAfterSeconds: number;
  readonly lostResponseRate: number;
  readonly maxItemsPerPage: number;
}

export interface PipelineDeps {
  readonly data: DemoData;
  readonly auth: Authenticator;
  readonly limiter: RateLimiter;
  readonly faults: () => PipelineFaults;
  readonly faultRng: Prng;
  readonly wholesaler: boolean;
  readonly onTokenRequest: () => void;
}

export interface PipelineResult {
  readonly response: DemoResponse;
  readonly auth: AuthKind;
  readonly applied: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One request through the platform: latency, injected faults, rate limit, auth, route, lost-response fault. */
export async function runPipeline(req: DemoRequest, deps: PipelineDeps): Promise<PipelineResult> {
  const faults = deps.faults();
  const isTokenRequest = req.path === TOKEN_PATH;
  if (isTokenRequest) deps.onTokenRequest();
  const authCheck = isTokenRequest ? { kind: 'none' as const } : deps.auth.check(req);
  const done = (response: DemoResponse, applied = false): PipelineResult => ({
    response,
    auth: authCheck.kind,
    applied,
  });

  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  if (faults.errorRate > 0 && deps.faultRng.next() < faults.errorRate) {
    return done(pickServerError(faults.errorKinds, deps.faultRng));
  }
  if (faults.rateLimitRate > 0 && deps.faultRng.next() < faults.rateLimitRate) {
    return done(tooMany(faults.retryAfterSeconds));
  }
  const taken = deps.limiter.take(req.now);
  if (!taken.ok) return done(tooMany(taken.retryAfterSeconds));

  if (isTokenRequest) {
    return done(req.method === 'POST' ? deps.auth.issueToken(req) : methodNotAllowed(req.method, ['POST']));
  }
  if (authCheck.failure) return done(authCheck.failure);

  const match = matchRoute(req.method, req.path);
  if (match === null) return done(problem(404, `No route found for "${req.method} ${req.path}"`));
  if ('allowed' in match) return done(methodNotAllowed(req.method, match.allowed));
  if (match.route.requiresWholesaler && !deps.wholesaler) return done(accessDenied());

  const response = match.route.handle({
    req,
    data: deps.data,
    params: match.params,
    maxItemsPerPage: faults.maxItemsPerPage,
  });
  const applied = response.applied === true;
  if (match.route.write && applied && faults.lostResponseRate > 0 && deps.faultRng.next() < faults.lostResponseRate) {
    return done(lostResponse(), true);
  }
  return done(response, applied);
}

function tooMany(retryAfterSeconds: number): DemoResponse {
  const seconds = Math.max(0, Math.ceil(retryAfterSeconds));
  return problem(429, `Rate limit exceeded. Retry after ${seconds} seconds.`, { 'Retry-After': String(seconds) });
}
