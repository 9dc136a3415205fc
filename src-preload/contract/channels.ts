import { z } from 'zod';
import {
  budgetSnapshotSchema,
  connectionStatusSchema,
  keychainStatusSchema,
  profileCreateSchema,
  profileListSchema,
  profileSummarySchema,
  profileTestResultSchema,
  profileTestSchema,
  profileUpdateSchema,
  resourceCountsSchema,
} from './profiles.ts';
import {
  cacheInfoSchema,
  columnStateSchema,
  gridSnapshotSchema,
  gridTargetSchema,
  lookupTablesSchema,
  rowSchema,
} from './grids.ts';
import { resourceDescriptorSchema } from './resources.ts';
import { platformSchemaViewSchema, relatedQuerySchema, relatedRowsSchema, schemaStatusSchema } from './schema.ts';
import {
  bulkAuditRowSchema,
  bulkInputs,
  bulkJobDetailSchema,
  bulkJobPlanSchema,
  bulkJobSummarySchema,
  bulkValuesInUseSchema,
} from './bulk.ts';
import { blockUsageSchema, overviewInputs, overviewSchema, searchResultSchema } from './overview.ts';
import { historyAuditSchema, historyInputs, historySearchSchema, rowHistorySchema } from './history.ts';
import { gridViewStateSchema } from './grid-views.ts';

/**
 * Every request channel: its input schema (validated in main before any handler runs) and its output schema
 * (the renderer's type). Adding a channel here is a conscious change: test/unit/ipc/contract.test.ts snapshots the list.
 */
const empty = z.object({}).strict();

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  runtime: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('electron'), electron: z.string(), chrome: z.string(), node: z.string() }),
    z.object({ kind: z.literal('bridge'), node: z.string() }),
  ]),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const languagePreferenceSchema = z.enum(['system', 'en', 'nl']);
export type LanguagePreference = z.infer<typeof languagePreferenceSchema>;

export const uiSettingsSchema = z.object({
  theme: themePreferenceSchema,
  language: languagePreferenceSchema,
  /** Requests in flight per profile; the rate-limit governor lowers it as the budget runs out. */
  concurrency: z.number().int().min(1).max(16),
  /** Quick search and filters of each grid, by gridViewKey (profile, resource, tab). */
  gridViews: z.record(z.string(), gridViewStateSchema).optional(),
  /** The details panel beside the grids folded to a narrow strip. */
  detailsCollapsed: z.boolean().optional(),
});
export type UiSettings = z.infer<typeof uiSettingsSchema>;

export const channels = {
  'app:info': { input: empty, output: appInfoSchema },
  'settings:get': { input: empty, output: uiSettingsSchema },
  'settings:update': { input: uiSettingsSchema.partial().strict(), output: uiSettingsSchema },
  'keychain:status': { input: empty, output: keychainStatusSchema },
  'profiles:list': { input: empty, output: profileListSchema },
  'profiles:create': { input: profileCreateSchema, output: profileSummarySchema },
  'profiles:update': { input: profileUpdateSchema, output: profileSummarySchema },
  'profiles:delete': {
    input: z.object({ id: z.string().uuid() }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  /** Brings the Demo sandbox back after it was deleted (new credentials of its own; it never asks for a password). */
  'profiles:restore-demo': { input: empty, output: profileSummarySchema },
  'connection:test': { input: profileTestSchema, output: profileTestResultSchema },
  'connection:connect': { input: z.object({ profileId: z.string().uuid() }).strict(), output: connectionStatusSchema },
  'connection:disconnect': { input: empty, output: connectionStatusSchema },
  'connection:status': { input: empty, output: connectionStatusSchema },
  'connection:budget': { input: empty, output: budgetSnapshotSchema.nullable() },
  'platform:counts': { input: empty, output: resourceCountsSchema },
  'resources:list': { input: empty, output: z.array(resourceDescriptorSchema) },
  'schema:status': { input: empty, output: schemaStatusSchema.nullable() },
  'schema:view': { input: empty, output: platformSchemaViewSchema.nullable() },
  'schema:refresh': { input: empty, output: schemaStatusSchema.nullable() },
  'platform:related': { input: relatedQuerySchema, output: relatedRowsSchema },
  'grid:open': { input: gridTargetSchema, output: gridSnapshotSchema },
  'grid:refresh': { input: gridTargetSchema, output: z.object({ started: z.boolean() }) },
  'grid:cancel-refresh': { input: gridTargetSchema, output: z.object({ cancelled: z.boolean() }) },
  'grid:lookups': { input: gridTargetSchema, output: lookupTablesSchema },
  'grid:column-state:get': { input: gridTargetSchema, output: columnStateSchema.nullable() },
  'grid:column-state:set': {
    input: gridTargetSchema.extend({ state: columnStateSchema }).strict(),
    output: z.object({ saved: z.boolean() }),
  },
  'platform:get-item': {
    input: z
      .object({
        iri: z
          .string()
          .regex(/^\/[\w-]+(\/[\w-]+)*$/, 'An IRI is a path such as /orders/12.')
          .max(300),
      })
      .strict(),
    output: rowSchema,
  },
  'bulk:plan': { input: bulkInputs.plan, output: bulkJobPlanSchema },
  'bulk:start': { input: bulkInputs.start, output: bulkJobSummarySchema },
  'bulk:pause': { input: bulkInputs.jobId, output: bulkJobSummarySchema },
  'bulk:resume': { input: bulkInputs.resume, output: bulkJobSummarySchema },
  'bulk:cancel': { input: bulkInputs.jobId, output: bulkJobSummarySchema },
  'bulk:discard': { input: bulkInputs.jobId, output: z.object({ discarded: z.boolean() }) },
  'bulk:list': { input: empty, output: z.array(bulkJobSummarySchema) },
  'bulk:detail': { input: bulkInputs.jobId, output: bulkJobDetailSchema },
  'bulk:interrupted': { input: empty, output: z.array(bulkJobSummarySchema) },
  'bulk:resume-interrupted': { input: bulkInputs.jobId, output: bulkJobSummarySchema },
  'bulk:retry-failed': { input: bulkInputs.jobId, output: bulkJobPlanSchema },
  'bulk:plan-undo': { input: bulkInputs.planUndo, output: bulkJobPlanSchema },
  'bulk:values-in-use': { input: bulkInputs.valuesInUse, output: bulkValuesInUseSchema },
  // the renderer writes the audit file itself, in the operator's language (contract/shared/audit-csv.ts)
  'bulk:audit': { input: bulkInputs.audit, output: z.object({ rows: z.array(bulkAuditRowSchema) }) },
  'overview:get': { input: overviewInputs.get, output: overviewSchema },
  'search:query': { input: overviewInputs.search, output: searchResultSchema },
  'search:fill': { input: overviewInputs.search, output: searchResultSchema },
  'search:related': { input: overviewInputs.related, output: searchResultSchema },
  'history:row': { input: historyInputs.row, output: rowHistorySchema },
  'history:search': { input: historyInputs.search, output: historySearchSchema },
  'history:audit': { input: historyInputs.audit, output: historyAuditSchema },
  'history:export': {
    input: historyInputs.export,
    output: z.object({ rows: z.array(bulkAuditRowSchema), fileName: z.string() }),
  },
  'blocks:usage': { input: empty, output: blockUsageSchema },
  'cache:info': { input: empty, output: cacheInfoSchema },
  'cache:clear': { input: empty, output: cacheInfoSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
