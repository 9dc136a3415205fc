import { z } from 'zod';
import { messageSchema } from './messages.ts';
import { uiTextSchema } from './messages.ts';

/**
 * Bulk jobs as the renderer sees them: a spec goes in, a plan (preview) comes back, a started job reports its
 * progress and the state of each operation, and its history becomes audit rows. Main validates every input here;
 * what only the registry and the data can judge (a value too long, a split size that fits no block) it checks
 * itself, with messages in English and Dutch.
 */

/** A field value as shown in a preview: what the platform holds or will hold. */
export const bulkValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type BulkValue = z.infer<typeof bulkValueSchema>;

/** No parameters: the action needs only the selected rows. */
const noParams = z.object({}).strict().default({});
/** A field the registry offers for editing and the value typed for it (null or '' clears a nullable field). */
const fieldEdit = z.object({ field: z.string().min(1).max(128), value: z.string().max(10_000).nullable() }).strict();

/**
 * The parameters of every bulk action, by action id: what the renderer's parameter form sends and main's planner
 * receives, typed the same on both sides. Adding an action: one entry here, one planner in main
 * (src-main/bulk/planner.ts), one form in the renderer (ActionParams.tsx), and the action in a registry entry.
 */
export const BULK_ACTION_PARAMS = {
  'set-cost-center': z.object({ value: z.string().max(10_000) }).strict(),
  'set-description': z.object({ value: z.string().max(10_000) }).strict(),
  'clear-cost-center': noParams,
  'clear-description': noParams,
  /** Literal text, case-insensitive unless asked otherwise. */
  'replace-in-description': z
    .object({
      find: z.string().max(10_000),
      replace: z.string().max(10_000).default(''),
      caseSensitive: z.boolean().default(false),
    })
    .strict(),
  /** `number;costCenter[;description]` lines; targets empty = match every cached number. */
  'import-csv': z.object({ text: z.string().max(20_000_000), fileName: z.string().max(260).optional() }).strict(),
  /** The size of the new blocks; main explains a size that does not fit. */
  split: z.object({ size: z.number() }).strict(),
  'end-cool-off': noParams,
  /**
   * Targets are X2VoIP number IRIs. Logical field names; main sends the platform's. `fields` holds values for
   * further fields the platform requires on create, by the platform's own name.
   */
  'create-forward': z
    .object({
      forwardTo: z.string().max(64),
      dateStart: z.string().max(64).nullable().optional(),
      dateEnd: z.string().max(64).nullable().optional(),
      fields: z.record(z.string().max(128), z.string().max(10_000)).optional(),
    })
    .strict(),
  'delete-forward': noParams,
  'accept-outport': noParams,
  /** One cell of exactly one row. */
  'edit-cell': fieldEdit,
  /** One writable field of every selected row. */
  'bulk-edit': fieldEdit,
} as const;

export type BulkActionId = keyof typeof BULK_ACTION_PARAMS;

/** The parameters of one action, as main receives them (defaults applied). */
export type BulkActionParams<A extends BulkActionId> = z.output<(typeof BULK_ACTION_PARAMS)[A]>;
/** The parameters of one action, as a form sends them (those with defaults may be left out). */
export type BulkActionParamsInput<A extends BulkActionId> = z.input<(typeof BULK_ACTION_PARAMS)[A]>;

const jobSpec = <A extends BulkActionId>(action: A) =>
  z
    .object({
      /** Registry id of the resource ('phone-numbers', 'number-blocks', 'scheduled-forwards', 'outports', …). */
      resource: z.string().min(1).max(64),
      /** An action the resource's descriptor lists. */
      action: z.literal(action),
      /** IRIs of the selected rows (X2VoIP number IRIs for create-forward); may be empty for import-csv. */
      targets: z.array(z.string().min(1).max(300)).max(100_000),
      params: BULK_ACTION_PARAMS[action],
    })
    .strict();

/** A bulk job as asked for: one variant per action, discriminated by `action`. */
export const bulkJobSpecSchema = z.discriminatedUnion('action', [
  jobSpec('set-cost-center'),
  jobSpec('set-description'),
  jobSpec('clear-cost-center'),
  jobSpec('clear-description'),
  jobSpec('replace-in-description'),
  jobSpec('import-csv'),
  jobSpec('split'),
  jobSpec('end-cool-off'),
  jobSpec('create-forward'),
  jobSpec('delete-forward'),
  jobSpec('accept-outport'),
  jobSpec('edit-cell'),
  jobSpec('bulk-edit'),
]);

/** One job spec per action, with that action's parameters. */
export type BulkJobSpecOf<A extends BulkActionId> = {
  resource: string;
  action: A;
  targets: string[];
  params: BulkActionParams<A>;
};
/** What main works with (defaults applied). */
export type BulkJobSpec = { [A in BulkActionId]: BulkJobSpecOf<A> }[BulkActionId];
/** What a caller sends (parameters with defaults may be left out). */
export type BulkJobSpecInput = z.input<typeof bulkJobSpecSchema>;

/**
 * pending: not sent yet; sending: handed to the platform client (written to the journal before it leaves);
 * unknown: the answer was lost and re-reading the platform could not settle it. The others are final.
 */
export const bulkOpStateSchema = z.enum(['pending', 'sending', 'applied', 'failed', 'skipped', 'cancelled', 'unknown']);
export type BulkOpState = z.infer<typeof bulkOpStateSchema>;

/**
 * planned: a preview not started yet (never journalled); interrupted: found running or paused in the journal at
 * start-up (the app was killed). The allowed changes are one table: src-main/bulk/lifecycle.ts.
 */
export const bulkJobStateSchema = z.enum([
  'planned',
  'running',
  'paused',
  'reconciling',
  'interrupted',
  'completed',
  'cancelled',
]);
export type BulkJobState = z.infer<typeof bulkJobStateSchema>;

export const bulkJobKindSchema = z.enum(['action', 'retry', 'undo']);
export type BulkJobKind = z.infer<typeof bulkJobKindSchema>;

export const bulkFieldChangeSchema = z.object({
  field: z.string(),
  /** The value before (from the cache when planned; re-read from the platform for undo). */
  old: bulkValueSchema,
  new: bulkValueSchema,
});
export type BulkFieldChange = z.infer<typeof bulkFieldChangeSchema>;

export const bulkViolationSchema = z.object({ field: z.string(), message: z.string() });

export const bulkOutcomeSchema = z.object({
  status: z.number().int().nullable(),
  /** Our explanation, in English (log, audit file). */
  message: z.string().nullable(),
  /** The same for the operator, as a catalog message (rendered in the UI's language). */
  text: messageSchema.nullable().optional(),
  /** The platform's own text, when it sent one. */
  platformMessage: z.string().nullable(),
  violations: z.array(bulkViolationSchema),
  /** E.g. "confirmed by re-reading" or "not applied (confirmed by re-reading); safe to retry" (English: log, audit). */
  note: z.string().nullable(),
  /** The same note for the operator, as a catalog message. */
  noteText: messageSchema.nullable().optional(),
  /** The state was settled by re-reading the platform after the answer was lost or the app was killed. */
  reconciled: z.boolean(),
});
export type BulkOutcome = z.infer<typeof bulkOutcomeSchema>;

export const bulkSkipKindSchema = z.enum([
  'unchanged',
  'invalid',
  'missing',
  'not-applicable',
  'conflict',
  'duplicate',
]);
export type BulkSkipKind = z.infer<typeof bulkSkipKindSchema>;

/** An operation back in the job's queue: sent again (or, in doubt, re-read) at `at`. */
export const bulkRetrySchema = z.object({
  /** The attempt that comes next, of `of` at most; a rate-limit wait does not use up an attempt. */
  attempt: z.number().int().positive(),
  of: z.number().int().positive(),
  at: z.number(),
  /** recheck: in doubt, waiting for the rate limit before re-reading the platform (it is not sent again). */
  reason: z.enum(['transient', 'rate-limited', 'recheck']),
});
export type BulkRetry = z.infer<typeof bulkRetrySchema>;

export const bulkOperationSchema = z.object({
  index: z.number().int().nonnegative(),
  /** IRI of the row the operation acts on. */
  target: z.string(),
  /** What a person recognises: the phone number, the block's range, the outport's numbers. */
  label: z.string(),
  method: z.enum(['PATCH', 'POST', 'GET', 'DELETE']),
  changes: z.array(bulkFieldChangeSchema),
  state: bulkOpStateSchema,
  /** Why a row is skipped (and of which kind); null for operations that are sent. */
  skip: z.object({ kind: bulkSkipKindSchema, reason: uiTextSchema }).nullable(),
  /** Why a status-driven action includes this row (the rule that decided it), for the preview. */
  rule: uiTextSchema.optional(),
  outcome: bulkOutcomeSchema.nullable(),
  /** The item the platform created (create-forward), once known. */
  createdIri: z.string().nullable(),
  updatedAt: z.number().nullable(),
  /** Times it was sent (after transient failures the job sends it again, a few times at most). */
  attempts: z.number().int().nonnegative(),
  retry: bulkRetrySchema.nullable(),
});
export type BulkOperation = z.infer<typeof bulkOperationSchema>;

/** A CSV line that produced no operation: never silently dropped. */
export const bulkLineIssueSchema = z.object({
  line: z.number().int().positive(),
  text: z.string(),
  problem: z.enum(['malformed', 'unmatched', 'duplicate', 'invalid']),
  message: uiTextSchema,
});
export type BulkLineIssue = z.infer<typeof bulkLineIssueSchema>;

/** Undo: a row whose value on the platform is no longer what the job set. */
export const bulkConflictSchema = z.object({
  target: z.string(),
  label: z.string(),
  field: z.string(),
  /** What the job set. */
  ours: bulkValueSchema,
  /** What the platform holds now. */
  current: bulkValueSchema,
  /** The value undo would restore. */
  restore: bulkValueSchema,
  /** Included in the undo because the user forced it. */
  forced: z.boolean(),
});
export type BulkConflict = z.infer<typeof bulkConflictSchema>;

export const bulkEstimateSchema = z.object({
  requests: z.number().int().nonnegative(),
  durationMs: z.number().nonnegative(),
  /** Epoch ms the job would finish if started now. */
  finishesAt: z.number(),
  concurrency: z.number().int().positive(),
  exhaustsHourlyBudget: z.boolean(),
  exhaustsDailyBudget: z.boolean(),
  hourRemainingAfter: z.number().nullable(),
  /**
   * When the job runs out of budget (epoch ms, the window that runs out first) and when that window renews; null
   * when the budget suffices. The job then waits and goes on by itself; `finishesAt` includes the wait.
   */
  budget: z
    .object({
      window: z.enum(['hour', 'day']),
      runsOutAt: z.number(),
      resetsAt: z.number().nullable(),
    })
    .nullable(),
  warning: uiTextSchema.nullable(),
});
export type BulkEstimate = z.infer<typeof bulkEstimateSchema>;

export const bulkJobPlanSchema = z.object({
  jobId: z.string(),
  profileId: z.string(),
  resource: z.string(),
  action: z.string(),
  kind: bulkJobKindSchema,
  /** The job this one retries or undoes. */
  parentJobId: z.string().nullable(),
  title: uiTextSchema,
  /** The question to confirm with, naming the count (and for blocks, the blocks). */
  confirmation: uiTextSchema,
  createdAt: z.number(),
  /** Exactly what will be sent, one per row; start() must be called with this length. */
  operations: z.array(bulkOperationSchema),
  /** Rows that will not be sent, each with its reason. */
  skipped: z.array(bulkOperationSchema),
  lines: z.array(bulkLineIssueSchema),
  conflicts: z.array(bulkConflictSchema),
  estimate: bulkEstimateSchema,
  /** Whether an undo job can be planned after this one, and if not, why. */
  undo: z.object({ available: z.boolean(), note: uiTextSchema.nullable() }),
  notes: z.array(uiTextSchema),
});
export type BulkJobPlan = z.infer<typeof bulkJobPlanSchema>;

export const bulkCountsSchema = z.object({
  total: z.number().int(),
  pending: z.number().int(),
  sending: z.number().int(),
  applied: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  cancelled: z.number().int(),
  unknown: z.number().int(),
});
export type BulkCounts = z.infer<typeof bulkCountsSchema>;

export const bulkJobSummarySchema = z.object({
  jobId: z.string(),
  profileId: z.string(),
  resource: z.string(),
  action: z.string(),
  kind: bulkJobKindSchema,
  parentJobId: z.string().nullable(),
  title: uiTextSchema,
  state: bulkJobStateSchema,
  apiUser: z.string().nullable(),
  createdAt: z.number(),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
  counts: bulkCountsSchema,
  undoAvailable: z.boolean(),
});
export type BulkJobSummary = z.infer<typeof bulkJobSummarySchema>;

export const bulkJobDetailSchema = bulkJobSummarySchema.extend({
  /** Every row of the job, sent or skipped, in plan order. */
  operations: z.array(bulkOperationSchema),
  lines: z.array(bulkLineIssueSchema),
  notes: z.array(uiTextSchema),
});
export type BulkJobDetail = z.infer<typeof bulkJobDetailSchema>;

export const bulkProgressSchema = z.object({
  jobId: z.string(),
  state: bulkJobStateSchema,
  counts: bulkCountsSchema,
  /** Operations finished (any final state) out of those to send. */
  done: z.number().int(),
  total: z.number().int(),
  ratePerSecond: z.number().nonnegative(),
  etaMs: z.number().nullable(),
  finishesAt: z.number().nullable(),
  /** Operations waiting in the queue to be sent again (counted as pending). */
  retrying: z.number().int().nonnegative(),
});
export type BulkProgress = z.infer<typeof bulkProgressSchema>;

/** Batched: operations whose state changed since the last event, for colouring grid rows. */
export const bulkOpStatesSchema = z.object({
  jobId: z.string(),
  resource: z.string(),
  ops: z.array(
    z.object({
      index: z.number().int(),
      target: z.string(),
      /** What a person recognises (the phone number), as in the plan. */
      label: z.string(),
      state: bulkOpStateSchema,
      /** In English (logs); a skip reason as its message code. */
      message: z.string().nullable(),
      /** The same for the operator: the skip reason or the outcome's message, rendered in the UI's language. */
      text: uiTextSchema.nullable(),
      /** Set while the operation waits to be sent again ("retrying (2/4)"). */
      retry: bulkRetrySchema.nullable(),
    }),
  ),
});
export type BulkOpStates = z.infer<typeof bulkOpStatesSchema>;

export const bulkNoticeSchema = z.object({ profileId: z.string(), message: uiTextSchema });
export type BulkNotice = z.infer<typeof bulkNoticeSchema>;

export const bulkEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job'), job: bulkJobSummarySchema }),
  z.object({ type: z.literal('progress'), progress: bulkProgressSchema }),
  z.object({ type: z.literal('ops'), batch: bulkOpStatesSchema }),
  z.object({ type: z.literal('notice'), notice: bulkNoticeSchema }),
]);
export type BulkEvent = z.infer<typeof bulkEventSchema>;

export const bulkAuditRowSchema = z.object({
  at: z.number(),
  profileId: z.string(),
  apiUser: z.string().nullable(),
  jobId: z.string(),
  resource: z.string(),
  action: z.string(),
  target: z.string(),
  label: z.string(),
  field: z.string(),
  old: bulkValueSchema,
  new: bulkValueSchema,
  outcome: bulkOpStateSchema,
  /** In English (logs, the audit file); a skip reason as its message code. */
  message: z.string().nullable(),
  /** Why the row was skipped, for the operator (rendered in the UI's language); null for rows that were sent. */
  text: uiTextSchema.nullable(),
});
export type BulkAuditRow = z.infer<typeof bulkAuditRowSchema>;

export const bulkAuditFilterSchema = z
  .object({
    jobId: z.string().optional(),
    since: z.number().optional(),
    until: z.number().optional(),
  })
  .strict();
export type BulkAuditFilter = z.infer<typeof bulkAuditFilterSchema>;

const jobIdInput = z.object({ jobId: z.string().min(1).max(64) }).strict();

/** A value in use and on how many cached rows, most used first. */
export const bulkValuesInUseSchema = z.object({
  values: z.array(z.object({ value: z.string(), count: z.number().int().positive() })),
  /** Distinct values in all (the list may be cut at the limit). */
  distinct: z.number().int().nonnegative(),
});
export type BulkValuesInUse = z.infer<typeof bulkValuesInUseSchema>;

/** Inputs of the engine's calls, for the IPC layer to validate with. */
export const bulkInputs = {
  plan: bulkJobSpecSchema,
  start: z.object({ jobId: z.string().min(1).max(64), expectedCount: z.number().int().nonnegative() }).strict(),
  jobId: jobIdInput,
  /** A cancelled job is resumed only with the number of rows its cancel left unsent (what the operator confirmed). */
  resume: z
    .object({ jobId: z.string().min(1).max(64), expectedCount: z.number().int().nonnegative().optional() })
    .strict(),
  /** The values a field holds in the cached rows of a resource (suggestions for an action's parameters). */
  valuesInUse: z
    .object({
      resource: z.string().min(1).max(64),
      field: z.string().min(1).max(128),
      limit: z.number().int().positive().max(1000).optional(),
    })
    .strict(),
  planUndo: z.object({ jobId: z.string().min(1).max(64), force: z.boolean().optional() }).strict(),
  audit: bulkAuditFilterSchema,
} as const;
