import type { Localized } from '../../src-preload/contract/resources.ts';
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

/** A refusal before anything is sent: English message for logs and IPC, both languages in details. */
export class BulkError extends AppError {
  readonly localized: Localized;
  constructor(code: BulkErrorCode, message: Localized) {
    super(code, message.en, { message });
    this.name = 'BulkError';
    this.localized = message;
  }
}

export const refuse = (code: BulkErrorCode, en: string, nl: string): BulkError => new BulkError(code, { en, nl });
