import { z } from 'zod';
import { rowPresetSchema } from './presets.ts';
import { messageSchema } from './messages.ts';

/**
 * The overview (what needs the NOC today) and the one search, both computed in main from the profile's cache.
 * Every count comes with the link that shows its rows: a resource and a preset filter (see shared/deadlines.ts).
 */

/** Where a count leads: a grid with a filter, one row of a grid, or the jobs list. */
export const overviewLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('grid'), resource: z.string(), preset: rowPresetSchema, label: messageSchema }),
  z.object({ kind: z.literal('row'), resource: z.string(), iri: z.string() }),
  z.object({ kind: z.literal('jobs'), state: z.string() }),
]);
export type OverviewLink = z.infer<typeof overviewLinkSchema>;

/** One bar of a tile's chart, or one line of its list. */
export const overviewEntrySchema = z.object({
  key: z.string(),
  label: messageSchema,
  count: z.number().int().nonnegative(),
  /** An outage's seconds, a cool-off's end (epoch ms), or the total the count is part of ('of'). */
  detail: z.object({ kind: z.enum(['seconds', 'date', 'of']), value: z.number() }).nullable(),
  link: overviewLinkSchema.nullable(),
});
export type OverviewEntry = z.infer<typeof overviewEntrySchema>;

export const overviewTileSchema = z.object({
  id: z.enum(['outports', 'tracking', 'forwards', 'blocks', 'sims', 'jobs']),
  title: messageSchema,
  /** The headline count and what it counts. */
  count: z.number().int().nonnegative(),
  countLabel: messageSchema,
  link: overviewLinkSchema.nullable(),
  chart: z.array(overviewEntrySchema),
  /** A short list under the chart (longest outages, next cool-off ends, pool usage). */
  list: z.array(overviewEntrySchema),
  listTitle: messageSchema.nullable(),
  /** Nothing cached yet for the resources this tile reads. */
  empty: z.boolean(),
  /** When the oldest snapshot this tile reads was fetched (epoch ms). */
  asOf: z.number().nullable(),
});
export type OverviewTile = z.infer<typeof overviewTileSchema>;

export const overviewSchema = z.object({
  profileId: z.string(),
  computedAt: z.number(),
  /** The oldest snapshot the overview read (epoch ms): what "as of" says. */
  asOf: z.number().nullable(),
  tiles: z.array(overviewTileSchema),
  /** Per sidebar entry (a resource id, or 'jobs'): how many rows need action now. */
  badges: z.record(z.string(), z.number().int().nonnegative()),
});
export type Overview = z.infer<typeof overviewSchema>;

export const searchHitSchema = z.object({
  resource: z.string(),
  iri: z.string(),
  /** What a person recognises: the number, the ICCID, the block's range, the customer's name. */
  label: z.string(),
  /** A second line: status, dates, the forward's target. */
  detail: z.string(),
  /** How this row relates to what was typed: 'match', or the relation followed ('block', 'forward', …). */
  via: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchGroupSchema = z.object({
  resource: z.string(),
  label: messageSchema,
  total: z.number().int().nonnegative(),
  hits: z.array(searchHitSchema),
});
export type SearchGroup = z.infer<typeof searchGroupSchema>;

export const searchResultSchema = z.object({
  query: z.string(),
  groups: z.array(searchGroupSchema),
  /** Milliseconds main spent answering (the index, not building it). */
  tookMs: z.number(),
  asOf: z.number().nullable(),
  /**
   * Set on answers that asked the platform too (its documented filters, for what the cache lacks): the requests
   * made, and whether it failed (the cache's hits stand). Hits it added say via 'platform'.
   */
  platform: z
    .object({
      requests: z.number().int().nonnegative(),
      /** A code the renderer words: the platform did not answer (in time, or at all). */
      failed: z.enum(['not-answered']).nullable(),
    })
    .optional(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/** Number-block usage from the cached phone numbers: in use and size per block IRI (free = size − in use). */
export const blockUsageSchema = z.object({
  blocks: z.record(z.string(), z.object({ size: z.number().int(), inUse: z.number().int().nonnegative() })),
  /** False when no phone numbers are cached yet: then "in use" says nothing. */
  numbersCached: z.boolean(),
});
export type BlockUsage = z.infer<typeof blockUsageSchema>;

export const overviewInputs = {
  get: z.object({ refresh: z.boolean().optional() }).strict(),
  search: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200).optional() }).strict(),
  related: z.object({ iri: z.string().min(1).max(300), limit: z.number().int().min(1).max(200).optional() }).strict(),
} as const;
