import type { Overview, OverviewEntry, OverviewLink } from '../../src-preload/contract/overview.ts';
import { bindPreset } from '../resources/index.ts';
import type { ResourceBinding } from '../schema/index.ts';

/** The platform's binding of a grid, by resource id; null where there is none (the preset stays as it is). */
export type LinkBinding = (resource: string) => ResourceBinding | null;

function bindLink(link: OverviewLink | null, binding: LinkBinding): OverviewLink | null {
  if (link?.kind !== 'grid') return link;
  const bound = binding(link.resource);
  return bound ? { ...link, preset: bindPreset(link.preset, bound) } : link;
}

const bindEntry = (entry: OverviewEntry, binding: LinkBinding): OverviewEntry => ({
  ...entry,
  link: bindLink(entry.link, binding),
});

/**
 * The overview's links as the grids apply them: the tiles count rows by our logical names and status values, the
 * grids hold the platform's rows, so every preset filter is renamed and respelled through the platform's binding.
 */
export function bindLinks(overview: Overview, binding: LinkBinding): Overview {
  return {
    ...overview,
    tiles: overview.tiles.map((tile) => ({
      ...tile,
      link: bindLink(tile.link, binding),
      chart: tile.chart.map((entry) => bindEntry(entry, binding)),
      list: tile.list.map((entry) => bindEntry(entry, binding)),
    })),
  };
}
