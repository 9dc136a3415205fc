import type { GridApi, RowClassParams } from 'ag-grid-community';
import { useCallback, useEffect, useRef } from 'react';
import type { GridTarget, ResourceDescriptor, Row } from '../../../src-preload/contract/index.ts';
import { isEndedRow } from '../overview/derived-columns.tsx';
import { useBulkStore } from '../state/bulk-store.ts';
import { liveGrid } from './grid-rows.ts';

/**
 * Rows of bulk jobs are coloured by the state of their operation: pending, applied (green), failed (red); rows
 * whose deadline has passed are marked as ended. Also says whether the bulk panel takes the detail panel's place.
 */
export function useRowStates(
  api: React.RefObject<GridApi<Row> | null>,
  target: GridTarget,
  descriptor: ResourceDescriptor,
): { getRowClass: (params: RowClassParams<Row>) => string | undefined; bulkOpen: boolean } {
  const rowStates = useBulkStore((state) => state.rowStates[descriptor.id]);
  const rowStatesRef = useRef(rowStates);
  useEffect(() => {
    rowStatesRef.current = rowStates;
    const grid = liveGrid(api.current);
    if (grid && !target.tab) grid.redrawRows();
  }, [rowStates, target.tab, api]);
  const getRowClass = useCallback(
    (params: RowClassParams<Row>) => {
      const state = params.data ? rowStatesRef.current?.[String(params.data['@id'])] : undefined;
      const ended = !target.tab && isEndedRow(descriptor.derived, params.data) ? 'row-ended' : '';
      return [state ? `row-${state}` : '', ended].filter((name) => name !== '').join(' ') || undefined;
    },
    [descriptor.derived, target.tab],
  );
  const bulkStep = useBulkStore((state) => state.step);
  const bulkOpen =
    bulkStep !== null && !target.tab && (bulkStep.kind !== 'params' || bulkStep.resource === descriptor.id);
  // Once a job runs, the selection has done its work: clearing it lets the rows show their job state plainly.
  const runningJob = bulkStep?.kind === 'job' ? bulkStep.jobId : null;
  useEffect(() => {
    if (runningJob) api.current?.deselectAll();
  }, [runningJob, api]);
  return { getRowClass, bulkOpen };
}
