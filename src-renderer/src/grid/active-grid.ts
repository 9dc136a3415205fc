import type { ResourceDescriptor } from '../../../src-preload/contract/index.ts';

/** The grid on screen, as the command palette needs it: its resource and the selected rows it shows. */
export interface ActiveGrid {
  descriptor: ResourceDescriptor;
  selected(): string[];
}

let active: ActiveGrid | null = null;

/** Registers the grid on screen; the returned function unregisters it (when the grid unmounts). */
export function setActiveGrid(grid: ActiveGrid): () => void {
  active = grid;
  return () => {
    if (active === grid) active = null;
  };
}

export function activeGrid(): ActiveGrid | null {
  return active;
}
