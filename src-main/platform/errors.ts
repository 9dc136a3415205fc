import { message, type Message } from '../../src-preload/contract/messages.ts';

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
  /** The answer was the sign-in's, not the request's: a 404 says the address has no sign-in, not that an item is gone. */
  signIn?: boolean;
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
    /** What the operator reads: rendered by the renderer from its catalog. */
    text: Message;
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
  /** The sign-in's answer rather than the request's (a 404 then says nothing about the item asked for). */
  readonly signIn: boolean;
  readonly userMessage: string;
  /** The operator's text as a catalog message (the renderer renders it in the UI's language). */
  readonly text: Message;

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
    this.signIn = init.signIn ?? false;
    this.userMessage = userMessage;
    this.text = platformErrorText(init);
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
      text: this.text,
    };
    if (this.status !== undefined) details.status = this.status;
    if (this.platformMessage !== undefined) details.platformMessage = this.platformMessage;
    if (this.retryAfterMs !== undefined) details.retryAfterMs = this.retryAfterMs;
    return { code: this.code, message: this.userMessage, details };
  }

  /** What this failure was built from, to build a changed copy (an absent field reads as undefined either way). */
  private init(): PlatformErrorInit {
    return {
      kind: this.kind,
      method: this.method,
      path: this.path,
      violations: this.violations,
      cause: this.cause,
      status: this.status,
      platformMessage: this.platformMessage,
      retryAfterMs: this.retryAfterMs,
      timeoutMs: this.timeoutMs,
      hold: this.hold,
      maxBytes: this.maxBytes,
      signIn: this.signIn,
    };
  }

  /**
   * The same failure with every text the platform wrote (its message, violation paths and messages) passed
   * through `redact`; the user message is rebuilt from them.
   */
  redacted(redact: (text: string) => string): PlatformError {
    const init = this.init();
    init.violations = this.violations.map((v) => ({ field: redact(v.field), message: redact(v.message) }));
    if (this.platformMessage !== undefined) init.platformMessage = redact(this.platformMessage);
    return new PlatformError(init);
  }

  /** The same failure as the sign-in's answer: its 404 reads as an address without a sign-in, not a missing item. */
  asSignInAnswer(): PlatformError {
    return new PlatformError({ ...this.init(), signIn: true, cause: this });
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

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function violationList(violations: Violation[] | undefined): string {
  return (violations ?? [])
    .map((v) => (v.field ? `${v.field}: ${v.message}` : v.message).replace(/[.\s]+$/, ''))
    .join('; ');
}

/** A sign-in refused for its address or form (404, 405, 415…): no credential or right was judged. */
export const signInAddressRefused = (status: number | undefined): boolean =>
  status !== undefined && status >= 400 && status < 500 && ![400, 401, 403, 422, 429].includes(status);

/**
 * What the operator reads, as a catalog message. It names no request: the method and path stay in the error's
 * details (logs, the Technical details disclosure), never in the sentence.
 */
export function platformErrorText(init: PlatformErrorInit): Message {
  const base = platformErrorBase(init);
  return init.platformMessage && init.kind !== 'network' && init.kind !== 'timeout'
    ? message('platform.withPlatformText', { text: base, said: init.platformMessage })
    : base;
}

function platformErrorBase(init: PlatformErrorInit): Message {
  const { kind, status } = init;
  const http = status ?? null;
  switch (kind) {
    case 'network':
      return message('platform.network');
    case 'timeout':
      return message('platform.timeout', { seconds: seconds(init.timeoutMs ?? 30_000) });
    case 'cancelled':
      return message('platform.cancelled');
    case 'unknown-outcome':
      return message('platform.unknownOutcome');
    case 'signed-out':
      return message('platform.signedOut');
    case 'rate-limited':
      return init.retryAfterMs !== undefined
        ? message('platform.rateLimitedWait', { seconds: seconds(init.retryAfterMs) })
        : message('platform.rateLimited');
    case 'unavailable':
      return message('platform.unavailable');
    case 'response-too-large':
      return message('platform.tooLarge', { mib: Math.round((init.maxBytes ?? 0) / 1_048_576) });
    case 'http':
      break;
  }
  if (init.signIn && signInAddressRefused(status)) return message('platform.signInAddress', { status: http });
  switch (status) {
    case 400:
    case 422: {
      const list = violationList(init.violations);
      return list ? message('platform.rejectedValues', { list }) : message('platform.invalid', { status: http });
    }
    case 401:
      return message('platform.credentialsRefused');
    case 403:
      return message('platform.forbidden');
    case 404:
      return message('platform.notFound');
    case 405:
      return message('platform.notAllowed');
    case 409:
      return message('platform.conflict');
    case 415:
      return message('platform.contentType');
    case 429:
      return message('platform.rateLimited');
    default:
      return status !== undefined && status >= 500
        ? message('platform.serverError', { status })
        : message('platform.failed', { status: http ?? '?' });
  }
}

/** The same in English, for the log, the audit file and the few places that still take a plain string. */
function buildUserMessage(init: PlatformErrorInit): string {
  const { kind, status, platformMessage } = init;
  switch (kind) {
    case 'network':
      return "The platform cannot be reached: check the network connection, VPN or proxy, and the profile's base URL.";
    case 'timeout':
      return `The platform did not answer within ${seconds(init.timeoutMs ?? 30_000)} s. Try again later.`;
    case 'cancelled':
      return 'The request was cancelled.';
    case 'unknown-outcome':
      return (
        `No confirmation arrived${status ? ` (HTTP ${status})` : ''}: the change may have been applied by the platform. ` +
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
        `The platform's rate limit was reached${
          init.retryAfterMs !== undefined ? `; it asks to wait ${seconds(init.retryAfterMs)} s` : ''
        }. The request was not applied; try again after the wait.`,
        platformMessage,
      );
    case 'unavailable':
      return withPlatformText(
        `The platform is unavailable: it kept answering with server errors${status ? ` (HTTP ${status})` : ''} ` +
          'and the console has stopped retrying for now so as not to add to its load. Try again in a few minutes.',
        platformMessage,
      );
    case 'response-too-large':
      return `The platform's answer is larger than ${Math.round((init.maxBytes ?? 0) / 1_048_576)} MiB; the console stopped reading it.`;
    case 'http':
      return httpMessage(init);
  }
}

function httpMessage(init: PlatformErrorInit): string {
  const { status, platformMessage } = init;
  if (init.signIn && signInAddressRefused(status))
    return withPlatformText(
      `Signing in failed: there is no sign-in of the platform at this address (HTTP ${status}). ` +
        "Check the profile's base URL.",
      platformMessage,
    );
  switch (status) {
    case 400:
    case 422: {
      const list = violationList(init.violations);
      if (list) return `The platform rejected the values: ${list}.`;
      return withPlatformText(`The platform rejected the request as invalid (HTTP ${status}).`, platformMessage);
    }
    case 401:
      return withPlatformText(
        'The platform refused the credentials: the token expired or the email, password or client ID is wrong. ' +
          'Re-enter the password in the profile.',
        platformMessage,
      );
    case 403:
      return withPlatformText(
        "Access denied: this computer's IP address may not be whitelisted for the API, " +
          'or the API user lacks the superuser/wholesaler rights this action requires.',
        platformMessage,
      );
    case 404:
      return withPlatformText('Not found: the item does not exist or is outside your customer tree.', platformMessage);
    case 405:
      return withPlatformText('The platform does not allow this action on this item.', platformMessage);
    case 409:
      return withPlatformText('The platform reported a conflict.', platformMessage);
    case 415:
      return withPlatformText(
        'The platform refused the content type of the request (updates need application/merge-patch+json, other writes application/json).',
        platformMessage,
      );
    case 429:
      return withPlatformText("The platform's rate limit was reached. Wait and try again.", platformMessage);
    default:
      if (status !== undefined && status >= 500) {
        return withPlatformText(
          `The platform had a server error (HTTP ${status}). Try again later; if it persists, contact the platform provider.`,
          platformMessage,
        );
      }
      return withPlatformText(`The request failed with HTTP ${status ?? '?'}.`, platformMessage);
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
