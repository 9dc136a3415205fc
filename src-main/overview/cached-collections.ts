import type { Row } from '../../src-preload/contract/grids.ts';
import { logicalRows, type CollectionBinding } from './logical-rows.ts';

/** The slice of a profile's cache the overview and the search read. */
export interface CollectionReader {
  read(path: string): Promise<{ rows: Row[]; fetchedAt: number } | null>;
  /** Whether a snapshot exists, without opening its rows (they stay sealed until asked for). */
  readJsonStream(path: string): Promise<{ rowCount: number } | null>;
}

export interface CachedCollections {
  /** The rows of a collection; empty when nothing is cached for it. */
  rows(path: string): readonly Row[];
  has(path: string): boolean;
  fetchedAt(path: string): number | null;
  /** The oldest snapshot among these paths (what "as of" says), or null when none is cached. */
  oldest(paths: readonly string[]): number | null;
}

/**
 * Reads every collection once, one after another (the cache serves one read at a time anyway). With the platform's
 * bindings the rows are read under our logical names and status values (see logical-rows.ts).
 */
export async function readCollections(
  reader: CollectionReader,
  paths: readonly string[],
  binding?: CollectionBinding,
): Promise<CachedCollections> {
  const found = new Map<string, { rows: Row[]; fetchedAt: number }>();
  for (const path of new Set(paths)) {
    const snapshot = await reader.read(path);
    if (snapshot) {
      found.set(path, binding ? { ...snapshot, rows: logicalRows(snapshot.rows, binding(path)) } : snapshot);
    }
  }
  return {
    rows: (path) => found.get(path)?.rows ?? [],
    has: (path) => found.has(path),
    fetchedAt: (path) => found.get(path)?.fetchedAt ?? null,
    oldest(list) {
      const times = list.map((path) => found.get(path)?.fetchedAt).filter((time) => time !== undefined);
      return times.length === 0 ? null : Math.min(...times);
    },
  };
}
