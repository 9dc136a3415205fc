import type {
  BulkAuditFilter,
  BulkAuditRow,
  BulkEvent,
  BulkJobDetail,
  BulkJobPlan,
  BulkJobSpecInput,
  BulkJobSummary,
  BulkValuesInUse,
} from '../../src-preload/contract/bulk.ts';
import type { Logger } from '../logging/logger.ts';
import type { PlatformClient } from '../platform/index.ts';
import type { ResourceBinding } from '../schema/index.ts';
import type { SecretVault } from '../secrets/secret-vault.ts';
import type { RetryPolicy } from './retry-policy.ts';
import type { Row } from './types.ts';

export interface BulkEngineOptions {
  profileId: string;
  /** The API user jobs are recorded under (audit). */
  apiUser: () => string | null;
  client: () => PlatformClient;
  /** Folder of the per-profile journal files. */
  journalDir: string;
  /** Keychain holding the journal key. */
  vault: SecretVault;
  /** The cached rows of a collection (plans diff against them). */
  readRows: (resourcePath: string) => Promise<Row[]>;
  /** Items the platform returned: the cache takes them. */
  onApplied: (resourcePath: string, items: Row[]) => Promise<void>;
  onRemoved?: (resourcePath: string, iris: string[]) => Promise<void>;
  onEvent: (event: BulkEvent) => void;
  now?: () => number;
  random?: () => number;
  /** Operations in flight per job; default the client's concurrency. */
  concurrency?: number;
  /** How a job sends an operation again after a transient failure (default: 4 attempts, 1 s–15 s backoff). */
  retry?: Partial<RetryPolicy>;
  /** A registry resource bound to the platform's schema (names, status values, writable fields). */
  binding?: (path: string) => ResourceBinding;
  /** Main's log: a failure as it happened, where the operator is told only its cause. */
  logger?: Pick<Logger, 'warn'>;
}

export interface BulkEngine {
  /** Diffs the spec against the cache: exactly what would be sent, what is skipped and why. Sends nothing. */
  plan(spec: BulkJobSpecInput): Promise<BulkJobPlan>;
  /** Starts a planned job; refused when expectedCount is not the plan's number of operations. */
  start(jobId: string, confirm: { expectedCount: number }): BulkJobSummary;
  pause(jobId: string): BulkJobSummary;
  /**
   * Paused: runs on. Interrupted: as resumeInterrupted. Cancelled: sends the operations the cancel left unsent,
   * refused unless expectedCount is their number (and when the job has been undone since).
   */
  resume(jobId: string, confirm?: { expectedCount: number }): Promise<BulkJobSummary>;
  cancel(jobId: string): Promise<BulkJobSummary>;
  /** Forgets a plan that was never started. */
  discardPlan(jobId: string): void;
  /** Settles when the job stops running (completed, cancelled, or interrupted). */
  whenDone(jobId: string): Promise<BulkJobSummary>;
  list(): BulkJobSummary[];
  detail(jobId: string): BulkJobDetail;
  /** Jobs the journal had running or paused when the engine opened (the app was killed or quit). */
  interrupted(): BulkJobSummary[];
  /** Settles the operations an interrupted job left in doubt by re-reading the platform; sends no change. */
  reconcileInterrupted(jobId: string): Promise<BulkJobDetail>;
  /** Reconciles, then runs only the operations that were not applied. */
  resumeInterrupted(jobId: string): Promise<BulkJobSummary>;
  /** A new plan with only the failed operations of a job. */
  retryFailed(jobId: string): Promise<BulkJobPlan>;
  /** The inverse job, previewed: conflicts listed and left out unless forced. */
  planUndo(jobId: string, options?: { force?: boolean }): Promise<BulkJobPlan>;
  /** The values a field holds in the cached rows of a resource, most used first (suggestions for parameters). */
  valuesInUse(input: { resource: string; field: string; limit?: number | undefined }): Promise<BulkValuesInUse>;
  auditRows(filter?: BulkAuditFilter): BulkAuditRow[];
  /** ';'-separated RFC 4180 CSV with CRLF line ends (see audit.ts). */
  auditCsv(filter?: BulkAuditFilter): string;
  /** Stops taking operations, lets those in flight finish, and leaves running jobs resumable. */
  close(): Promise<void>;
}
