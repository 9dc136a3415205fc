import type { IpcError } from '../../src-preload/contract/errors.ts';

/** A failure a handler means to report to the user as it is: a code, an actionable message, and details. */
export class AppError extends Error {
  readonly code: string;
  readonly details: unknown;

  constructor(code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toIpcError(): IpcError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** Anything with its own IPC shape (AppError, the platform client's errors) reports itself. */
interface ReportsItself {
  toIpcError(): IpcError;
}

function reportsItself(value: unknown): value is ReportsItself {
  return typeof value === 'object' && value !== null && typeof (value as ReportsItself).toIpcError === 'function';
}

export function serializeError(failure: unknown, channel: string): IpcError {
  if (reportsItself(failure)) return failure.toIpcError();
  if (failure instanceof Error && failure.name === 'AbortError') {
    return { code: 'CANCELLED', message: 'The request was cancelled.' };
  }
  const reason = failure instanceof Error ? failure.message : String(failure);
  return {
    code: 'INTERNAL',
    message: `"${channel}" failed inside the console: ${reason}. Try again; if it keeps failing, report it with this text.`,
  };
}
