import { z } from 'zod';
import { bulkAuditRowSchema, bulkJobSummarySchema, bulkOpStateSchema, bulkValueSchema } from './bulk.ts';
import { uiTextSchema } from './messages.ts';

/** What this console changed on one row, from the bulk journal: one entry per changed field of each job. */
export const rowHistoryEntrySchema = z.object({
  jobId: z.string(),
  title: uiTextSchema,
  at: z.number(),
  field: z.string(),
  old: bulkValueSchema,
  new: bulkValueSchema,
  outcome: bulkOpStateSchema,
  message: z.string().nullable(),
  /** Why the row was skipped, for the operator; null for rows that were sent. */
  text: uiTextSchema.nullable(),
});
export type RowHistoryEntry = z.infer<typeof rowHistoryEntrySchema>;

export const rowHistorySchema = z.object({ iri: z.string(), entries: z.array(rowHistoryEntrySchema) });
export type RowHistory = z.infer<typeof rowHistorySchema>;

/** Why a profile's history could not be read: no key in the keychain, a key that does not open it, a damaged file. */
export const historyProblemSchema = z.enum(['no-key', 'wrong-key', 'unreadable']);
export type HistoryProblem = z.infer<typeof historyProblemSchema>;

/** Every profile's part of the history: its name, and whether its journal could be read. */
export const historyProfileSchema = z.object({
  profileId: z.string(),
  name: z.string(),
  /** The profile on screen (its jobs are live); the others are read from their journals as they were left. */
  open: z.boolean(),
  jobs: z.number().int().nonnegative(),
  problem: historyProblemSchema.nullable(),
  /** Jobs left out because their records could not be read back intact. */
  damaged: z.number().int().nonnegative(),
});
export type HistoryProfile = z.infer<typeof historyProfileSchema>;

export const historyJobSchema = bulkJobSummarySchema.extend({
  profileName: z.string(),
  /** Rows of the job that match the row and outcome asked for (all its rows when neither was asked). */
  matchedRows: z.number().int().nonnegative(),
  /** The first few of those rows as a person recognises them (the phone number, the block's range). */
  matchedLabels: z.array(z.string()),
});
export type HistoryJob = z.infer<typeof historyJobSchema>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A day is written as 2026-11-27.');

/** A day is a calendar day in Europe/Amsterdam, inclusive at both ends. */
export const historyFilterSchema = z
  .object({
    profileId: z.string().max(64).optional(),
    resource: z.string().max(64).optional(),
    action: z.string().max(64).optional(),
    outcome: bulkOpStateSchema.optional(),
    /** A row as typed: a phone number in any form, an ICCID, a block's start, part of a label. */
    row: z.string().max(200).optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .strict();
export type HistoryFilter = z.infer<typeof historyFilterSchema>;

export const historySearchSchema = z.object({
  profiles: z.array(historyProfileSchema),
  /** Newest first. */
  jobs: z.array(historyJobSchema),
  /** Jobs that matched, also beyond those listed. */
  total: z.number().int().nonnegative(),
  /** What the history holds, for the filter choices. */
  resources: z.array(z.string()),
  actions: z.array(z.object({ resource: z.string(), action: z.string() })),
});
export type HistorySearch = z.infer<typeof historySearchSchema>;

export const historyAuditSchema = z.object({
  job: historyJobSchema,
  /** The job's audit rows matching the row and outcome asked for, in time order. */
  rows: z.array(bulkAuditRowSchema),
  total: z.number().int().nonnegative(),
});
export type HistoryAudit = z.infer<typeof historyAuditSchema>;

const jobRef = { profileId: z.string().min(1).max(64), jobId: z.string().min(1).max(64) };

export const historyInputs = {
  row: z.object({ iri: z.string().min(1).max(300) }).strict(),
  search: historyFilterSchema.extend({ limit: z.number().int().min(1).max(500).optional() }).strict(),
  audit: z
    .object({
      ...jobRef,
      row: z.string().max(200).optional(),
      outcome: bulkOpStateSchema.optional(),
      limit: z.number().int().min(1).max(5000).optional(),
    })
    .strict(),
  export: z.object(jobRef).strict(),
} as const;
