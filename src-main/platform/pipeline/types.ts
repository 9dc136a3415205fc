import type { Priority } from '../governor.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

/** Node's global fetch in tests, Electron's net.fetch in the app. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** One request as the steps see it: everything decided except the credentials. */
export interface PreparedRequest {
  method: HttpMethod;
  url: string;
  /** The path alone, for errors and logs (never the query: it may carry filters the user typed). */
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  priority: Priority;
  /** The priority as it is now, when it may change while the request waits for the governor. */
  priorityNow?: () => Priority;
  /** Stop waiting (failing 'rate-limited' with the hold) when a long hold begins. */
  yieldToHold: boolean;
  /** Safe to send again after an ambiguous failure (GET/HEAD/PUT/PATCH/DELETE unless retry:false). */
  repeatable: boolean;
  maxAttempts: number;
  authenticate: boolean;
  /** Set by the auth step: credentials past this moment (epoch ms) are not sent; the step renews them first. */
  credentialsValidUntil?: number;
  /** Set by the rate-limit step: told the status and headers as soon as they arrive, before the body is read. */
  onHead?: (status: number, headers: Headers) => void;
}

export type FailureKind = 'network' | 'timeout' | 'cancelled' | 'too-large' | 'stale-credentials';

/** What one trip to the platform produced; steps pass it outwards, annotating it. */
export type Attempt =
  | { type: 'response'; status: number; headers: Headers; body: unknown; latencyMs: number; sentAt: number }
  | { type: 'failure'; failure: FailureKind; sent: boolean; code: string };

export interface Outcome {
  attempt: Attempt;
  /** Sends of this request (retries included, 429 re-queues not). */
  attempts: number;
  /** The shared retry budget refused a further retry. */
  retryBudgetSpent: boolean;
}

export type Handler = (request: PreparedRequest) => Promise<Attempt>;
export type Step = (request: PreparedRequest, next: Handler) => Promise<Attempt>;

/** The steps from the outside in, ending at the transport. */
export function compose(steps: readonly Step[], transport: Handler): Handler {
  return steps.reduceRight<Handler>((next, step) => (request) => step(request, next), transport);
}

export const isRetryableStatus = (status: number): boolean =>
  status === 500 || status === 502 || status === 503 || status === 504;
