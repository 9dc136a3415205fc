import { z } from 'zod';
import { messageSchema } from './messages.ts';
import { budgetHoldSchema } from './profiles.ts';

/** A row exactly as the platform returned it: every field kept, known or not. */
export const rowSchema = z.record(z.string(), z.unknown());
export type Row = z.infer<typeof rowSchema>;

export const gridTargetSchema = z
  .object({
    /** Registry id of the resource ('phone-numbers', …). */
    resource: z.string().min(1).max(64),
    /** A related collection shown as a tab of that resource ('outbound-routes', …); absent for the main grid. */
    tab: z.string().min(1).max(64).optional(),
  })
  .strict();
export type GridTarget = z.infer<typeof gridTargetSchema>;

export const gridSnapshotSchema = z.object({
  profileId: z.string(),
  resource: z.string(),
  tab: z.string().nullable(),
  /**
   * The rows as one JSON array text: main hands the cache's text on without parsing it, and the renderer parses
   * it once (100,000 rows cross the process boundary far faster as one string than as an object graph).
   */
  rowsJson: z.string(),
  /** All rows of the snapshot; more than rowsJson holds when the rest follows as 'grid:rows' events. */
  rowCount: z.number().int().nonnegative(),
  /** Set when the first rows come now and the rest follows in 'grid:rows' events with this id. */
  streamId: z.string().nullable(),
  /** When these rows were fetched from the platform (epoch ms); null when nothing is cached yet. */
  fetchedAt: z.number().nullable(),
  /** False when the last fetch stopped before every page arrived. */
  complete: z.boolean(),
});
export type GridSnapshot = z.infer<typeof gridSnapshotSchema>;

export const gridProgressSchema = z.object({
  profileId: z.string(),
  resource: z.string(),
  tab: z.string().nullable(),
  pages: z.number(),
  pagesTotal: z.number().nullable(),
  items: z.number(),
  total: z.number().nullable(),
});
export type GridProgress = z.infer<typeof gridProgressSchema>;

/** What changed since the rows the renderer has: applied in place so selection, scroll and filters survive. */
export const gridChangesSchema = z.object({
  profileId: z.string(),
  resource: z.string(),
  tab: z.string().nullable(),
  added: z.array(rowSchema),
  updated: z.array(rowSchema),
  removed: z.array(z.string()),
  /** null: the rows changed by the user's own job, not a refresh; the grid's "as of" stays. */
  fetchedAt: z.number().nullable(),
  complete: z.boolean().nullable(),
});
export type GridChanges = z.infer<typeof gridChangesSchema>;

/** The next rows of a grid that opened with a streamId: applied as they come, so the first rows show at once. */
export const gridRowsSchema = z.object({
  profileId: z.string(),
  resource: z.string(),
  tab: z.string().nullable(),
  streamId: z.string(),
  rowsJson: z.string(),
  loaded: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  last: z.boolean(),
});
export type GridRows = z.infer<typeof gridRowsSchema>;

/**
 * What a refresh could not read. The grid keeps what it had (the cached rows, updated with the pages read) and the
 * next refresh completes it. 'budget': the rate budget is spent, the refresh is paused and goes on by itself at
 * hold.until; 'failed': pages still failed after their retries; 'unreachable': the platform stopped answering.
 */
export const listingGapSchema = z.object({
  cause: z.enum(['budget', 'failed', 'unreachable']),
  /** Rows read by this refresh, and the total the platform announced (null: it did not say). */
  items: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  pagesRead: z.number().int().nonnegative(),
  pagesTotal: z.number().int().nonnegative().nullable(),
  /** The pages not read (at most the first 100). */
  missingPages: z.array(z.number().int().positive()).max(100),
  /** Why, in words the operator can act on; no HTTP methods or paths. */
  reason: z.string(),
  /** For 'budget': the hold the refresh waits for. */
  hold: budgetHoldSchema.nullable(),
});
export type ListingGap = z.infer<typeof listingGapSchema>;

export const gridSyncEndSchema = z.object({
  profileId: z.string(),
  resource: z.string(),
  tab: z.string().nullable(),
  /** 'partial': ended with pages missing (see gap); 'paused': waiting for the rate budget, continues by itself. */
  outcome: z.enum(['done', 'cancelled', 'failed', 'offline', 'partial', 'paused']),
  message: z.string().nullable(),
  /** The same for the operator, as a catalog message (rendered in the UI's language). */
  text: messageSchema.nullable().optional(),
  /** Set for 'partial' and 'paused' (and 'offline' when some pages were read); null otherwise. */
  gap: listingGapSchema.nullable(),
});
export type GridSyncEnd = z.infer<typeof gridSyncEndSchema>;

/** Per iri field of a resource: IRI -> the text to show instead (area code name, the number of a forward). */
export const lookupTablesSchema = z.record(z.string(), z.record(z.string(), z.string()));
export type LookupTables = z.infer<typeof lookupTablesSchema>;

export const cacheInfoSchema = z.object({ profileId: z.string().nullable(), sizeBytes: z.number() });
export type CacheInfo = z.infer<typeof cacheInfoSchema>;

export const cacheNoticeSchema = z.object({ profileId: z.string(), message: z.string() });
export type CacheNotice = z.infer<typeof cacheNoticeSchema>;

export const columnStateSchema = z
  .array(
    z
      .object({
        colId: z.string().min(1).max(128),
        width: z.number().optional(),
        hide: z.boolean().nullable().optional(),
        pinned: z.enum(['left', 'right']).nullable().optional(),
        sort: z.enum(['asc', 'desc']).nullable().optional(),
        sortIndex: z.number().nullable().optional(),
      })
      .strip(),
  )
  .max(200);
export type ColumnState = z.infer<typeof columnStateSchema>;
