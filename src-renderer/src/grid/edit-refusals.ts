import type { GridApi } from 'ag-grid-community';
import type { Row } from '../../../src-preload/contract/index.ts';

/** An inline edit the console or the platform refused: the typed value and why, shown in the cell's editor. */
export interface Refusal {
  value: string;
  message: string;
}

const refusals = new Map<string, Refusal>();
const keyOf = (iri: string, field: string): string => `${iri}\u0000${field}`;

export function refusalFor(iri: string, field: string): Refusal | undefined {
  return refusals.get(keyOf(iri, field));
}

export function clearRefusal(iri: string, field: string): void {
  refusals.delete(keyOf(iri, field));
}

/** Opens the cell's editor again with what the operator typed and the reason it was not saved. */
export function refuseEdit(grid: GridApi<Row>, iri: string, field: string, value: unknown, message: string): void {
  refusals.set(keyOf(iri, field), { value: value === null || value === undefined ? '' : String(value), message });
  const node = grid.getRowNode(iri);
  if (grid.isDestroyed() || !node || node.rowIndex === null) return;
  grid.ensureNodeVisible(node);
  grid.setFocusedCell(node.rowIndex, field);
  grid.startEditingCell({ rowIndex: node.rowIndex, colKey: field });
}
