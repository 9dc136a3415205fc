import { z } from 'zod';

/**
 * What an operator had set on one grid (per profile, resource and tab): quick search and column filters, kept in
 * the ui settings so that they survive a view switch and a restart. Sort and widths live in the column state.
 * A filter's model is AG Grid's own object per column (text, number, date or the value list), kept as it came.
 */
export const gridViewStateSchema = z.object({
  quickSearch: z.string().max(500),
  filters: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type GridViewState = z.infer<typeof gridViewStateSchema>;
