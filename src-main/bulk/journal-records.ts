import { z } from 'zod';
import {
  bulkConflictSchema,
  bulkFieldChangeSchema,
  bulkJobKindSchema,
  bulkJobStateSchema,
  bulkLineIssueSchema,
  bulkOpStateSchema,
  bulkOutcomeSchema,
  bulkSkipKindSchema,
} from '../../src-preload/contract/bulk.ts';
import { uiTextSchema } from '../../src-preload/contract/messages.ts';
import type { JobRecord, Op } from './types.ts';

/**
 * What the journal may hold, checked when it is read: a record that does not match is reported and not trusted
 * (a damaged file, a newer version's format, or a blob put where it does not belong). Texts are messages; journals
 * written before held them in both languages, which still read (uiTextSchema takes both).
 */

export type SealedJob = Omit<JobRecord, 'id' | 'state' | 'createdAt' | 'startedAt' | 'finishedAt'>;
export type SealedPlan = Pick<
  Op,
  'kind' | 'target' | 'label' | 'changes' | 'request' | 'resourcePath' | 'forward' | 'skip'
>;
export type SealedResult = Pick<Op, 'outcome' | 'createdIri'> & { attempts?: number };

const time = z.number().int().nonnegative();

/** A plan is never journalled: only started jobs are. */
export const journalJobStateSchema = bulkJobStateSchema.exclude(['planned']);

export const jobRowSchema = z.object({
  id: z.string().min(1),
  state: journalJobStateSchema,
  created_at: time,
  started_at: time.nullable(),
  finished_at: time.nullable(),
});

export const opRowSchema = z.object({
  idx: z.number().int().nonnegative(),
  state: bulkOpStateSchema,
  sent_at: time.nullable(),
  updated_at: time.nullable(),
});

export const sealedJobSchema = z.object({
  profileId: z.string(),
  resource: z.string(),
  action: z.string(),
  kind: bulkJobKindSchema,
  parentJobId: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  title: uiTextSchema,
  confirmation: uiTextSchema,
  notes: z.array(uiTextSchema),
  lines: z.array(bulkLineIssueSchema),
  conflicts: z.array(bulkConflictSchema),
  undo: z.object({ available: z.boolean(), note: uiTextSchema.nullable() }),
  apiUser: z.string().nullable(),
}) satisfies z.ZodType<SealedJob>;

export const sealedPlanSchema = z.object({
  kind: z.enum(['patch', 'split', 'end-cool-off', 'create-forward', 'delete-forward', 'accept-outport']),
  target: z.string().min(1),
  label: z.string(),
  changes: z.array(bulkFieldChangeSchema),
  request: z.object({
    method: z.enum(['PATCH', 'POST', 'GET', 'DELETE']),
    path: z.string().min(1),
    body: z.record(z.string(), z.unknown()).optional(),
  }),
  resourcePath: z.string().min(1),
  forward: z
    .object({
      numberIri: z.string(),
      forwardTo: z.string(),
      dateStart: z.string().nullable(),
      dateEnd: z.string().nullable(),
      preexisting: z.array(z.string()),
    })
    .optional(),
  skip: z.object({ kind: bulkSkipKindSchema, reason: uiTextSchema }).nullable(),
}) satisfies z.ZodType<SealedPlan>;

export const sealedResultSchema = z.object({
  outcome: bulkOutcomeSchema.nullable(),
  createdIri: z.string().nullable(),
  /** Absent in journals written before jobs retried on their own. */
  attempts: z.number().int().nonnegative().optional(),
}) satisfies z.ZodType<SealedResult>;
