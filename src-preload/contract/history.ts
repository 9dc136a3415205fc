import { z } from 'zod';
import { bulkOpStateSchema, bulkValueSchema } from './bulk.ts';
import { localizedSchema } from './resources.ts';

/** What this console changed on one row, from the bulk journal: one entry per changed field of each job. */
export const rowHistoryEntrySchema = z.object({
  jobId: z.string(),
  title: localizedSchema,
  at: z.number(),
  field: z.string(),
  old: bulkValueSchema,
  new: bulkValueSchema,
  outcome: bulkOpStateSchema,
  message: z.string().nullable(),
});
export type RowHistoryEntry = z.infer<typeof rowHistoryEntrySchema>;

export const rowHistorySchema = z.object({ iri: z.string(), entries: z.array(rowHistoryEntrySchema) });
export type RowHistory = z.infer<typeof rowHistorySchema>;

export const historyInputs = {
  row: z.object({ iri: z.string().min(1).max(300) }).strict(),
} as const;
