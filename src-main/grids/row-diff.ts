import type { Row } from '../../src-preload/contract/grids.ts';

/** The key of a row: its IRI; rows without one (report endpoints) are keyed by position. */
export function rowKey(row: Row, index: number, path: string): string {
  const iri = row['@id'];
  return typeof iri === 'string' && iri !== '' ? iri : `${path}#${index}`;
}

export interface RowDiff {
  added: Row[];
  updated: Row[];
  removed: string[];
}

/** What changed between two snapshots, comparing rows by key and content. */
export function diffRows(before: readonly Row[], after: readonly Row[], path: string): RowDiff {
  const previous = new Map<string, string>();
  before.forEach((row, index) => previous.set(rowKey(row, index, path), JSON.stringify(row)));
  const added: Row[] = [];
  const updated: Row[] = [];
  after.forEach((row, index) => {
    const key = rowKey(row, index, path);
    const old = previous.get(key);
    if (old === undefined) added.push(row);
    else if (old !== JSON.stringify(row)) updated.push(row);
    previous.delete(key);
  });
  return { added, updated, removed: [...previous.keys()] };
}

/** Rows without an IRI get a stable synthetic one, so the grid can track them across refreshes. */
export function withKeys(rows: readonly Row[], path: string): Row[] {
  return rows.map((row, index) => (typeof row['@id'] === 'string' ? row : { ...row, '@id': rowKey(row, index, path) }));
}
