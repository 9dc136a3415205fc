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

/**
 * A refusal before anything is sent: a one-line form for logs and IPC, and the message the renderer words in the
 * operator's language (details.message).
 */
export class BulkError extends AppError {
  readonly localized: UiText;
  constructor(code: BulkErrorCode, message: UiText) {
    super(code, logText(message), { message });
    this.name = 'BulkError';
    this.localized = message;
  }
}

export const refuse = (code: BulkErrorCode, text: UiText): BulkError => new BulkError(code, text);
