import { logText } from '../logging/ui-text.ts';
import type { UiText } from '../../src-preload/contract/messages.ts';
import { AppError } from '../ipc/app-error.ts';

export type BulkErrorCode =
  | 'BULK_UNKNOWN_RESOURCE'
  | 'BULK_UNKNOWN_ACTION'
  | 'BULK_INVALID_PARAMS'
  | 'BULK_NOTHING_TO_DO'
  | 'BULK_UNKNOWN_JOB'
  | 'BULK_COUNT_MISMATCH'
  | 'BULK_WRONG_STATE'
  | 'BULK_JOURNAL';

/** A message code and its parameters: the renderer says it in the operator's language (`bulk.msg.<code>`). */
export interface BulkText {
  code: string;
  params?: Record<string, string | number>;
}

/**
 * A refusal before anything is sent: English message for logs and IPC, both languages in details, and where there
 * is one, the message code the renderer words itself.
 */
export class BulkError extends AppError {
  readonly localized: UiText;
  constructor(code: BulkErrorCode, message: UiText, text?: BulkText) {
    super(code, logText(message), text ? { message, text } : { message });
    this.name = 'BulkError';
    this.localized = message;
  }
}

export const refuse = (code: BulkErrorCode, en: string, nl: string, text?: BulkText): BulkError =>
  new BulkError(code, { en, nl }, text);
