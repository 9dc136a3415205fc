import { validateBaseUrl } from './base-url.ts';
import { createGovernor, type Governor } from './governor.ts';
import {
  createPipeline,
  type FetchLike,
  type PlatformLogger,
  type PlatformResponse,
  type RequestOptions,
} from './http.ts';
import {
  listAllSequential,
  type HydraItem,
  type ListAllOptions,
  type ListAllResult,
  type PageFetcher,
} from './hydra.ts';
import { isPlatformError } from './errors.ts';
import { createRedactor, type Redactor } from './redact.ts';
import { listAll } from './list-all.ts';
import { createRetryBudget, type RetryBudget } from './pipeline/retry-budget.ts';
import { createSession, type AuthConfig, type SessionStatus } from './session.ts';
import { systemSleep, type Clock, type Sleep } from './timers.ts';
import { operatorError } from '../ipc/operator-error.ts';

export interface PlatformClientOptions {
  baseUrl: string;
  auth: AuthConfig;
  fetch: FetchLike;
  now?: Clock;
  sleep?: Sleep;
  random?: () => number;
  /** Requests in flight at most (default 6); the governor lowers it as the rate budget runs out. */
  concurrency?: number;
  /** Per attempt, default 30 s. */
  timeoutMs?: number;
  /** Attempts for repeatable requests (GET, PUT, PATCH, DELETE), default 5. */
  maxAttempts?: number;
  backoff?: { baseMs?: number; maxMs?: number };
  /** Tokens of the connection's shared retry budget (default 100: 20 retries after 5xx, 10 after timeouts). */
  retryBudget?: number;
  /** Answers larger than this fail with 'response-too-large' (default 64 MiB). */
  maxResponseBytes?: number;
  /** Requests kept back in each rate-limit window (default 1 % of its limit, 1 to 20). */
  reserve?: (limit: number | null) => number;
  /** Background work waits out holds shorter than this and yields to longer ones (default 15 s). */
  backgroundPatienceMs?: number;
  /** How long a renewal is done before the token's exp, at most (default 30 s; never more than 1/10 of its lifetime). */
  tokenSkewMs?: number;
  logger?: PlatformLogger;
  /** Shared with the logger and the IPC exits, so that they mask this client's secrets too. */
  redactor?: Redactor;
}

/** A typed request; `schema` (e.g. a zod schema) validates the answer, otherwise it is returned as unknown. */
export interface TypedRequestOptions<T> extends Omit<RequestOptions, 'authenticate'> {
  schema?: { parse(input: unknown): T };
}

export interface SessionHandle {
  status(): SessionStatus;
  onChange(listener: (status: SessionStatus) => void): () => void;
  signIn(signal?: AbortSignal): Promise<SessionStatus>;
  signOut(): void;
  reset(): void;
}

export interface PlatformClient {
  readonly baseUrl: string;
  request<T = unknown>(options: TypedRequestOptions<T>): Promise<T>;
  /** Like request, with the status and headers. */
  send(options: Omit<RequestOptions, 'authenticate'>): Promise<PlatformResponse>;
  listAll<T = HydraItem>(path: string, options?: ListAllOptions): Promise<ListAllResult<T>>;
  listAllSequential<T = HydraItem>(path: string, options?: ListAllOptions): Promise<ListAllResult<T>>;
  readonly session: SessionHandle;
  readonly governor: Governor;
  readonly retryBudget: Pick<RetryBudget, 'available'>;
}

export function createPlatformClient(options: PlatformClientOptions): PlatformClient {
  const checked = validateBaseUrl(options.baseUrl);
  if (!checked.ok) throw operatorError('BASE_URL_REFUSED', checked.text);
  const baseUrl = checked.url;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? systemSleep;
  const random = options.random ?? Math.random;
  const { logger } = options;
  const redactor = options.redactor ?? createRedactor();
  const governor = createGovernor({
    now,
    sleep,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.reserve !== undefined ? { reserve: options.reserve } : {}),
    ...(options.backgroundPatienceMs !== undefined ? { backgroundPatienceMs: options.backgroundPatienceMs } : {}),
    onResetForm: (report) =>
      logger?.info?.('rate-limit reset headers read', {
        form: report.form,
        agreesWithRetryAfter: report.agreesWithRetryAfter,
      }),
  });
  const retryBudget = createRetryBudget(options.retryBudget !== undefined ? { capacity: options.retryBudget } : {});

  // the session signs in through the same pipeline (governor, timeouts) without credentials of its own
  const pipelineRef: { send: (request: RequestOptions) => Promise<PlatformResponse> } = {
    send: () => Promise.reject(new Error('pipeline not ready')),
  };
  const session = createSession({
    auth: options.auth,
    now,
    redactor,
    ...(options.tokenSkewMs !== undefined ? { maxSkewMs: options.tokenSkewMs } : {}),
    requestToken: async (body) => {
      const response = await pipelineRef.send({
        method: 'POST',
        path: '/authentication-token',
        body,
        authenticate: false,
        idempotent: true,
      });
      return response.body;
    },
  });
  const pipeline = createPipeline({
    baseUrl,
    fetch: options.fetch,
    governor,
    session,
    redactor,
    retryBudget,
    now,
    sleep,
    random,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.backoff !== undefined ? { backoff: options.backoff } : {}),
    ...(options.maxResponseBytes !== undefined ? { maxResponseBytes: options.maxResponseBytes } : {}),
    ...(logger !== undefined ? { logger } : {}),
  });
  pipelineRef.send = pipeline.send;

  // every text of the platform's in a failure (violation paths too) is scrubbed before it leaves the client
  const send = (request: Omit<RequestOptions, 'authenticate'>): Promise<PlatformResponse> =>
    pipeline.send({ ...request, authenticate: true }).catch((failure: unknown) => {
      throw isPlatformError(failure) ? failure.redacted((text) => redactor.apply(text)) : failure;
    });
  const fetchPage: PageFetcher = async (page) => (await send({ method: 'GET', ...page })).body;

  return {
    baseUrl,
    async request<T = unknown>(request: TypedRequestOptions<T>): Promise<T> {
      const { schema, ...rest } = request;
      const response = await send(rest);
      return schema ? schema.parse(response.body) : (response.body as T);
    },
    send,
    listAll: (path, listOptions) =>
      listAll(fetchPage, path, listOptions, { left: () => governor.budgetLeft(), nextHold: () => governor.nextHold() }),
    listAllSequential: (path, listOptions) => listAllSequential(fetchPage, path, listOptions),
    session: {
      status: () => session.status(),
      onChange: (listener) => session.onChange(listener),
      signIn: (signal) => session.signIn(signal),
      signOut: () => session.signOut(),
      reset: () => session.reset(),
    },
    governor,
    retryBudget: { available: () => retryBudget.available() },
  };
}
