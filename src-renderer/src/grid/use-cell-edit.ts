import type { CellEditRequestEvent } from 'ag-grid-community';
import { useCallback } from 'react';
import type { Row } from '../../../src-preload/contract/index.ts';
import { describeError, noc } from '../noc.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { refuseEdit } from './edit-refusals.ts';
import { localized } from './format.ts';

/**
 * An inline edit is a job of one, through the same engine (validated, journalled, audited). A refused edit opens
 * the cell's editor again with the typed value and the reason, at the cell.
 */
export function useCellEdit(resource: string): (event: CellEditRequestEvent<Row>) => void {
  return useCallback(
    (event: CellEditRequestEvent<Row>) => {
      const iri = event.data ? String(event.data['@id']) : null;
      const field = event.colDef.colId ?? event.colDef.field;
      if (!iri || !field) return;
      void (async () => {
        try {
          const plan = await noc.invoke('bulk:plan', {
            resource,
            action: 'edit-cell',
            targets: [iri],
            params: { field, value: event.newValue ?? null },
          });
          if (plan.operations.length === 0) {
            const reason = plan.skipped[0]?.skip?.reason;
            if (reason) refuseEdit(event.api, iri, field, event.newValue, localized(reason));
            await noc.invoke('bulk:discard', { jobId: plan.jobId });
            return;
          }
          await useBulkStore.getState().apply(plan);
          useBulkStore.getState().open(null);
        } catch (failure) {
          refuseEdit(event.api, iri, field, event.newValue, describeError(failure));
        }
      })();
    },
    [resource],
  );
}
