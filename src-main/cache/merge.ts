import type { CacheRow } from './types.ts';

export type CacheDelta = { kind: 'upsert'; rows: CacheRow[] } | { kind: 'remove'; keys: string[] };

export function rowKey(row: CacheRow): string {
  return row['@id'] as string;
}

/**
 * The snapshot as the deltas left it: changed rows stay where they were, removed ones go, new ones are
 * appended in the order they first arrived.
 */
export function applyDeltas(base: CacheRow[], deltas: readonly CacheDelta[]): CacheRow[] {
  if (deltas.length === 0) return base;
  const latest = new Map<string, CacheRow | null>();
  for (const delta of deltas) {
    if (delta.kind === 'upsert') for (const row of delta.rows) latest.set(rowKey(row), row);
    else for (const key of delta.keys) latest.set(key, null);
  }
  const merged: CacheRow[] = [];
  for (const row of base) {
    const key = rowKey(row);
    const change = latest.get(key);
    if (change === undefined) merged.push(row);
    else {
      if (change !== null) merged.push(change);
      latest.delete(key);
    }
  }
  for (const row of latest.values()) if (row !== null) merged.push(row);
  return merged;
}

/** Every row needs a string `@id`; a repeated one keeps its last version (pages can overlap while data moves). */
export function uniqueRows(rows: readonly CacheRow[]): CacheRow[] | null {
  const last = new Map<string, number>();
  for (let index = 0; index < rows.length; index += 1) {
    const key = rows[index]!['@id'];
    if (typeof key !== 'string' || key === '') return null;
    last.set(key, index);
  }
  if (last.size === rows.length) return rows as CacheRow[];
  return rows.filter((row, index) => last.get(rowKey(row)) === index);
}
