// Rows of a first sync as pages arrive, handed to AG Grid's async batch without flushing it per page: a stand-in
// for the grid that keeps AG Grid's rules (queued transactions apply only at the batch's end; a row node exists
// once applied; adding an id twice is an error).
import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src-preload/contract/index.ts';
import { addStreamedRows, type StreamTarget } from '../../../src-renderer/src/grid/streamed-rows.ts';

function batchedGrid(initial: Row[] = []) {
  const nodes = new Map(initial.map((row) => [String(row['@id']), row]));
  const batch: { add: Row[]; update: Row[] }[] = [];
  let flushes = 0;
  // the end of AG Grid's batch: its transactions apply in order
  const end = (): void => {
    for (const { add, update } of batch.splice(0)) {
      for (const row of add) {
        if (nodes.has(String(row['@id']))) throw new Error(`duplicate node id ${String(row['@id'])}`);
        nodes.set(String(row['@id']), row);
      }
      for (const row of update) nodes.set(String(row['@id']), row);
    }
  };
  const grid: StreamTarget & { flushAsyncTransactions(): void } = {
    getRowNode: (id) => nodes.get(id),
    applyTransactionAsync: (transaction) => batch.push(transaction),
    flushAsyncTransactions: () => {
      flushes += 1;
      end();
    },
  };
  return { grid, nodes, batch, end, flushes: () => flushes };
}

const rows = (from: number, count: number, tag = 'a'): Row[] =>
  Array.from({ length: count }, (_, index) => ({ '@id': `/phonenumbers/${from + index}`, tag, extra: [index] }));

describe('streamed rows', () => {
  it('pages that arrive together wait in one batch: no flush, each row added once, a repeated row updated', () => {
    const { grid, nodes, batch, end, flushes } = batchedGrid();
    const queued = new Set<string>();
    addStreamedRows(grid, rows(0, 500), queued);
    // a row that shifted between pages comes again, changed
    addStreamedRows(grid, [...rows(499, 1, 'b'), ...rows(500, 499)], queued);
    addStreamedRows(grid, rows(999, 500), queued);
    expect(flushes()).toBe(0);
    expect(batch).toHaveLength(3);
    expect(batch[1]!.update.map((row) => row['@id'])).toEqual(['/phonenumbers/499']);
    end();
    expect(nodes.size).toBe(1_499);
    expect(nodes.get('/phonenumbers/499')).toMatchObject({ tag: 'b', extra: [0] });
  });

  it('a row the grid already holds (from its cached rows) is updated, not added', () => {
    const { grid, nodes, end } = batchedGrid(rows(0, 10, 'cached'));
    addStreamedRows(grid, rows(5, 10, 'fresh'), new Set());
    end();
    expect(nodes.size).toBe(15);
    expect(nodes.get('/phonenumbers/5')).toMatchObject({ tag: 'fresh' });
    expect(nodes.get('/phonenumbers/4')).toMatchObject({ tag: 'cached' });
  });
});
