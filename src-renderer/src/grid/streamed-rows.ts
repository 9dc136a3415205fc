import type { Row } from '../../../src-preload/contract/index.ts';

/** The part of AG Grid's API the streamed rows use. */
export interface StreamTarget {
  getRowNode(id: string): unknown;
  applyTransactionAsync(transaction: { add: Row[]; update: Row[] }): unknown;
}

/**
 * Rows of a first sync as pages arrive: a stream and a refresh may both bring a row. Batched by AG Grid: rows
 * already handed to it (`queued`, which may still wait in its batch) are told apart without flushing the batch, so
 * pages that arrive together cost one update of the row model (a pass over every row, with the sort), not one each.
 */
export function addStreamedRows(grid: StreamTarget, rows: readonly Row[], queued: Set<string>): void {
  const update: Row[] = [];
  const add: Row[] = [];
  for (const row of rows) {
    const iri = String(row['@id']);
    if (queued.has(iri) || grid.getRowNode(iri)) update.push(row);
    else {
      queued.add(iri);
      add.push(row);
    }
  }
  grid.applyTransactionAsync({ add, update });
}
