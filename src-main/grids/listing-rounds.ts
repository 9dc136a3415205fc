import type { ListingGap, Row } from '../../src-preload/contract/grids.ts';
import type { PlatformClient } from '../platform/client.ts';
import type { ErrorHold, PlatformError } from '../platform/errors.ts';
import type { Priority } from '../platform/governor.ts';
import type { ListAllOptions, ListAllResult, ListGap, ListProgress } from '../platform/hydra.ts';
import { withKeys } from './row-diff.ts';

/** A listing that stopped early: what it has read so far and which pages are still to read. */
export interface PendingListing {
  pagesTotal: number;
  totalItems: number | null;
  missing: number[];
  rows: Map<string, Row>;
}

export interface ListingRound {
  /** Every row this listing has read, over all its rounds. */
  rows: Row[];
  complete: boolean;
  gap: ListingGap | null;
  /** Set when pages are still missing: the next round reads only those. */
  pending: PendingListing | null;
}

export interface RoundOptions {
  signal: AbortSignal;
  priority: Priority;
  onProgress: (progress: ListProgress) => void;
  /** How the collection is listed (the page sizer's listing, which follows the platform's page sizes). */
  list?: <T>(path: string, options: ListAllOptions) => Promise<ListAllResult<T>>;
}

const MAX_LISTED_PAGES = 100;

function holdReason(hold: ErrorHold | null): string {
  if (hold?.reason === 'hour') return 'The hourly request limit of the platform is reached.';
  if (hold?.reason === 'day') return 'The daily request limit of the platform is reached.';
  return 'The platform asked to wait before more requests.';
}

/** Why pages are missing, in words for the operator: no HTTP methods or paths. */
export function gapReason(cause: ListGap['cause'], error: PlatformError | null, hold: ErrorHold | null): string {
  if (cause === 'budget') return holdReason(hold);
  if (error?.kind === 'unavailable')
    return `The platform kept answering with server errors${error.status ? ` (HTTP ${error.status})` : ''}.`;
  if (cause === 'unreachable') return 'The platform could not be reached.';
  if (error?.status !== undefined) return `The platform answered with an error (HTTP ${error.status}).`;
  return 'The platform did not answer every page.';
}

/** The gap of a listing that could not start at all because the budget holds it. */
export function heldGap(hold: ErrorHold, pending: PendingListing | null): ListingGap {
  return {
    cause: 'budget',
    items: pending?.rows.size ?? 0,
    total: pending?.totalItems ?? null,
    pagesRead: pending ? pending.pagesTotal - pending.missing.length : 0,
    pagesTotal: pending?.pagesTotal ?? null,
    missingPages: pending?.missing.slice(0, MAX_LISTED_PAGES) ?? [],
    reason: holdReason(hold),
    hold,
  };
}

/**
 * One round of a grid's listing: the whole collection, or — when an earlier round stopped early — only the pages
 * it missed, merged with the rows that round read. Pages that still fail are the next round's.
 */
export async function readListingRound(
  client: PlatformClient,
  path: string,
  pending: PendingListing | null,
  options: RoundOptions,
): Promise<ListingRound> {
  const list = options.list ?? (<T>(p: string, o: ListAllOptions) => client.listAll<T>(p, o));
  const result = await list<Row>(path, {
    signal: options.signal,
    priority: options.priority,
    // a grid would rather show what it has and go on after the reset than wait out a long hold with nothing
    yieldToHold: true,
    keepPartial: true,
    onProgress: options.onProgress,
    ...(pending
      ? { resume: { pages: pending.missing, pagesTotal: pending.pagesTotal, totalItems: pending.totalItems } }
      : {}),
  });
  const rows = new Map(pending?.rows ?? []);
  for (const row of withKeys(result.items, path)) rows.set(String(row['@id']), row);
  const totalItems = result.totalItems ?? pending?.totalItems ?? null;
  // a listing from before gaps existed (or a stand-in) says nothing about one: it had none
  const gap = result.gap ?? null;
  if (gap === null) {
    const complete = pending ? totalItems === null || rows.size >= totalItems : result.complete;
    return { rows: [...rows.values()], complete, gap: null, pending: null };
  }
  const next: PendingListing = { pagesTotal: gap.pagesTotal, totalItems, missing: gap.missingPages, rows };
  return {
    rows: [...rows.values()],
    complete: false,
    gap: {
      cause: gap.cause,
      items: rows.size,
      total: totalItems,
      pagesRead: gap.pagesTotal - gap.missingPages.length,
      pagesTotal: gap.pagesTotal,
      missingPages: gap.missingPages.slice(0, MAX_LISTED_PAGES),
      reason: gapReason(gap.cause, gap.error, gap.hold),
      hold: gap.hold,
    },
    pending: next,
  };
}
