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

/*
 * How a grid's rows travel from main to the renderer (one description for Electron IPC and the test bridge):
 *
 * 1. 'grid:open' answers at once with the first rows of the cached snapshot (enough to fill the screen), its row
 *    count and, when there are more, a streamId.
 * 2. Right behind it, one 'grid:rows' event of kind 'snapshot' with that streamId carries the whole snapshot in one
 *    transfer: one JSON array text, handed on from the cache without parsing it in main (a string is the cheapest
 *    form both transports carry: a copy over Electron IPC, a response body the bridge's page fetches), parsed once
 *    in the renderer and set as the grid's rows in one go (it replaces the first rows).
 * 3. While a refresh of a grid opened with nothing cached reads pages, 'grid:rows' events of kind 'pages' carry
 *    the rows read since the last one, a few times a second; the renderer adds them in batched (async)
 *    transactions, so the first sync shows rows as they come.
 * 4. When a refresh ends, one 'grid:changes' event carries what differs from what the renderer was sent (snapshot
 *    and pages); a bulk job's rows come the same way (fetchedAt null). Also applied in batched transactions.
 * 5. 'grid:progress' a few times a second while a refresh runs; 'grid:sync-end' says how it ended.
 */
export const gridSnapshotSchema = z.object({
  profileId: z.string(),
  resource: z.string(),
  tab: z.string().nullable(),
  /** The first rows as one JSON array text (see above). */
  rowsJson: z.string(),
  /** All rows of the snapshot. */
  rowCount: z.number().int().nonnegative(),
  /** Set when rowsJson holds fewer than rowCount rows: the 'grid:rows' snapshot event with all of them has it. */
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

/** Step 2 (kind 'snapshot': every row, with the open's streamId) or step 3 (kind 'pages': rows to add). */
export const gridRowsSchema = z.object({
  profileId: z.string(),
  resource: z.string(),
  tab: z.string().nullable(),
  kind: z.enum(['snapshot', 'pages']),
  /** The open's streamId (snapshot); null for pages. */
  streamId: z.string().nullable(),
  /** The rows as one JSON array text. */
  rowsJson: z.string(),
  /** Rows sent so far: all of the snapshot, or the pages' rows sent by this refresh, these included. */
  loaded: z.number().int().nonnegative(),
  /** The snapshot's row count, or the total the platform announced for the listing (null: it did not say). */
  total: z.number().int().nonnegative().nullable(),
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
