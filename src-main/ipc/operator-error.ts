import { isMessage, type Message } from '../../src-preload/contract/messages.ts';
import { logText } from '../logging/ui-text.ts';
import { AppError } from './app-error.ts';

/**
 * An AppError the operator reads: the catalog message goes in `details.text` (the renderer renders it in the UI's
 * language), the English `message` is its log line. Other details (field, id, …) stay beside it.
 */
export function operatorError(code: string, text: Message, details: Record<string, unknown> = {}): AppError {
  return new AppError(code, logText(text), { ...details, text });
}

/** The catalog message an operator error carries, or null for any other failure. */
export function operatorTextOf(failure: unknown): Message | null {
  if (!(failure instanceof AppError)) return null;
  const text = (failure.details as { text?: unknown } | undefined)?.text;
  return isMessage(text) ? text : null;
}
