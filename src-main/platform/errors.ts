export type PlatformErrorKind =
  | 'http'
  | 'network'
  | 'timeout'
  | 'cancelled'
  | 'unknown-outcome'
  | 'signed-out'
  | 'rate-limited'
  | 'unavailable'
  | 'response-too-large';

/** Nothing may be sent until `until` (epoch ms): the hourly or daily budget is spent, or a 429 asked to wait. */
export interface ErrorHold {
  until: number;
  reason: 'hour' | 'day' | 'retry-after';
}

export interface Violation {
  field: string;
  message: string;
}

export interface PlatformErrorInit {
  kind: PlatformErrorKind;
  method: string;
  path: string;
  status?: number;
  platformMessage?: string;
  violations?: Violation[];
  retryAfterMs?: number;
  timeoutMs?: number;
  /** 'rate-limited': the hold the request yielded to (background work only; interactive work waits). */
  hold?: ErrorHold;
  /** 'response-too-large': the cap in bytes. */
  maxBytes?: number;
  cause?: unknown;
}

export interface PlatformErrorJson {
  code: string;
  message: string;
  details: {
    kind: PlatformErrorKind;
    status?: number;
    method: string;
    path: string;
    platformMessage?: string;
    violations: Violation[];
    retryAfterMs?: number;
  };
}

const CODES: Record<PlatformErrorKind, string> = {
  http: 'PLATFORM_HTTP',
  network: 'PLATFORM_UNREACHABLE',
  timeout: 'PLATFORM_TIMEOUT',
  cancelled: 'CANCELLED',
  'unknown-outcome': 'PLATFORM_UNKNOWN_OUTCOME',
  'signed-out': 'PLATFORM_SIGNED_OUT',
  'rate-limited': 'PLATFORM_RATE_LIMITED',
  unavailable: 'PLATFORM_UNAVAILABLE',
  'response-too-large': 'PLATFORM_RESPONSE_TOO_LARGE',
};

/** A failure talking to the platform. Carries no headers, tokens or request bodies by construction. */
export class PlatformError extends Error {
  readonly kind: PlatformErrorKind;
  readonly status: number | undefined;
  readonly method: string;
  readonly path: string;
  readonly platformMessage: string | undefined;
  readonly violations: Violation[];
  readonly retryAfterMs: number | undefined;
  readonly timeoutMs: number | undefined;
  readonly hold: ErrorHold | undefined;
  readonly maxBytes: number | undefined;
  readonly userMessage: string;

  constructor(init: PlatformErrorInit) {
    const userMessage = buildUserMessage(init);
    super(userMessage, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'PlatformError';
    this.kind = init.kind;
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.platformMessage = init.platformMessage;
    this.violations = init.violations ?? [];
    this.retryAfterMs = init.retryAfterMs;
    this.timeoutMs = init.timeoutMs;
    this.hold = init.hold;
    this.maxBytes = init.maxBytes;
    this.userMessage = userMessage;
  }

  get code(): string {
    if (this.kind === 'http' && this.status !== undefined) return `PLATFORM_HTTP_${this.status}`;
    return CODES[this.kind];
  }

  toJSON(): PlatformErrorJson {
    const details: PlatformErrorJson['details'] = {
      kind: this.kind,
      method: this.method,
      path: this.path,
      violations: this.violations.map((v) => ({ field: v.field, message: v.message })),
    };
    if (this.status !== undefined) details.status = this.status;
    if (this.platformMessage !== undefined) details.platformMessage = this.platformMessage;
    if (this.retryAfterMs !== undefined) details.retryAfterMs = this.retryAfterMs;
    return { code: this.code, message: this.userMessage, details };
  }

  /**
   * The same failure with every text the platform wrote (its message, violation paths and messages) passed
   * through `redact`; the user message is rebuilt from them.
   */
  redacted(redact: (text: string) => string): PlatformError {
    const init: PlatformErrorInit = {
      kind: this.kind,
      method: this.method,
      path: this.path,
      violations: this.violations.map((v) => ({ field: redact(v.field), message: redact(v.message) })),
      ...(this.cause === undefined ? {} : { cause: this.cause }),
    };
    if (this.status !== undefined) init.status = this.status;
    if (this.platformMessage !== undefined) init.platformMessage = redact(this.platformMessage);
    if (this.retryAfterMs !== undefined) init.retryAfterMs = this.retryAfterMs;
    if (this.timeoutMs !== undefined) init.timeoutMs = this.timeoutMs;
    if (this.hold !== undefined) init.hold = this.hold;
    if (this.maxBytes !== undefined) init.maxBytes = this.maxBytes;
    return new PlatformError(init);
  }

  /** The IPC layer serialises anything that reports itself this way. */
  toIpcError(): PlatformErrorJson {
    return this.toJSON();
  }
}

export function isPlatformError(value: unknown): value is PlatformError {
  return value instanceof PlatformError;
}

function withPlatformText(text: string, platformMessage: string | undefined): string {
  if (!platformMessage) return text;
  return `${text} The platform said: "${platformMessage}"`;
}

function seconds(ms: number): string {
  return `${Math.max(1, Math.ceil(ms / 1000))} s`;
}

function buildUserMessage(init: PlatformErrorInit): string {
  const { kind, status, method, path, platformMessage } = init;
  const target = `${method} ${path}`;
  switch (kind) {
    case 'network':
      return `The platform cannot be reached (${target}): check the network connection, VPN or proxy, and the profile's base URL.`;
    case 'timeout':
      return `The platform did not answer ${target} within ${seconds(init.timeoutMs ?? 30_000)}. Try again later.`;
    case 'cancelled':
      return `The request ${target} was cancelled.`;
    case 'unknown-outcome':
      return (
        `No confirmation arrived for ${target}${status ? ` (HTTP ${status})` : ''}: the change may have been applied by the platform. ` +
        'Check its current state (reconcile) before retrying.'
      );
    case 'signed-out':
      return withPlatformText(
        `Signed out: the platform refused the credentials${status ? ` (HTTP ${status})` : ''} ` +
          '(expired or wrong email, password, client ID or auth token). ' +
          'Re-enter the password (or auth token) in the profile and sign in again.',
        platformMessage,
      );
    case 'rate-limited':
      return withPlatformText(
        `The platform's rate limit was reached for ${target}${
          init.retryAfterMs !== undefined ? `; it asks to wait ${seconds(init.retryAfterMs)}` : ''
        }. The request was not applied; try again after the wait.`,
        platformMessage,
      );
    case 'unavailable':
      return withPlatformText(
        `The platform is unavailable: it kept answering ${target} with server errors${status ? ` (HTTP ${status})` : ''} ` +
          'and the console has stopped retrying for now so as not to add to its load. Try again in a few minutes.',
        platformMessage,
      );
    case 'response-too-large':
      return `The platform's answer to ${target} is larger than ${Math.round((init.maxBytes ?? 0) / 1_048_576)} MiB; the console stopped reading it.`;
    case 'http':
      return httpMessage(init);
  }
  return `${target} failed${status ? ` (HTTP ${status})` : ''}.`;
}

function httpMessage(init: PlatformErrorInit): string {
  const { status, method, path, platformMessage } = init;
  const target = `${method} ${path}`;
  switch (status) {
    case 400:
    case 422: {
      const list = (init.violations ?? []).map((v) =>
        (v.field ? `${v.field}: ${v.message}` : v.message).replace(/[.\s]+$/, ''),
      );
      if (list.length > 0) return `The platform rejected the values for ${target}: ${list.join('; ')}.`;
      return withPlatformText(
        `The platform rejected the request ${target} as invalid (HTTP ${status}).`,
        platformMessage,
      );
    }
    case 401:
      return withPlatformText(
        'The platform refused the credentials: the token expired or the email, password or client ID is wrong. ' +
          'Re-enter the password in the profile.',
        platformMessage,
      );
    case 403:
      return withPlatformText(
        `Access denied for ${target}: this computer's IP address may not be whitelisted for the API, ` +
          'or the API user lacks the superuser/wholesaler rights this action requires.',
        platformMessage,
      );
    case 404:
      return withPlatformText(`Not found: ${path} does not exist or is outside your customer tree.`, platformMessage);
    case 405:
      return withPlatformText(`The platform does not allow ${method} on ${path}.`, platformMessage);
    case 409:
      return withPlatformText(`The platform reported a conflict for ${target}.`, platformMessage);
    case 415:
      return withPlatformText(
        `The platform refused the content type of ${target} (PATCH needs application/merge-patch+json, other writes application/json).`,
        platformMessage,
      );
    case 429:
      return withPlatformText(
        `The platform's rate limit was reached for ${target}. Wait and try again.`,
        platformMessage,
      );
    default:
      if (status !== undefined && status >= 500) {
        return withPlatformText(
          `The platform had a server error (HTTP ${status}) on ${target}. Try again later; if it persists, contact the platform provider.`,
          platformMessage,
        );
      }
      return withPlatformText(`${target} failed with HTTP ${status ?? '?'}.`, platformMessage);
  }
}

/** Reads the platform's own text and violations from a problem+json / Hydra error body. */
export function parseErrorBody(body: unknown): { platformMessage?: string; violations: Violation[] } {
  if (typeof body === 'string') {
    const text = body.trim();
    return text && text.length <= 500 && !text.startsWith('<')
      ? { platformMessage: text, violations: [] }
      : { violations: [] };
  }
  if (typeof body !== 'object' || body === null) return { violations: [] };
  const record = body as Record<string, unknown>;
  const pick = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = record[key];
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
    return undefined;
  };
  const violations: Violation[] = [];
  const raw = record['violations'];
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      if (typeof entry !== 'object' || entry === null) continue;
      const v = entry as Record<string, unknown>;
      const field =
        typeof v['propertyPath'] === 'string' ? v['propertyPath'] : typeof v['field'] === 'string' ? v['field'] : '';
      const message =
        typeof v['message'] === 'string' ? v['message'] : typeof v['title'] === 'string' ? v['title'] : '';
      if (message) violations.push({ field, message });
    }
  }
  const platformMessage = pick(
    'detail',
    'hydra:description',
    'description',
    'message',
    'error',
    'title',
    'hydra:title',
  );
  return platformMessage === undefined ? { violations } : { platformMessage, violations };
}
