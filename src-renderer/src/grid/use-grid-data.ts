import type { GridApi } from 'ag-grid-community';
import { useEffect, useState } from 'react';
import type {
  GridChanges,
  GridProgress,
  GridTarget,
  ListingGap,
  LookupTables,
  Row,
} from '../../../src-preload/contract/index.ts';
import { renderText } from '../i18n/index.ts';
import { describeError, noc } from '../noc.ts';
import { useConnectionStore } from '../state/connection-store.ts';

export interface GridData {
  rows: Row[] | null;
  fetchedAt: number | null;
  complete: boolean;
  /** While the cached rows after the first ones are still arriving. */
  loading: { loaded: number; total: number } | null;
  progress: GridProgress | null;
  syncMessage: string | null;
  /** The last refresh stopped with pages missing: paused for the rate budget, or incomplete. */
  syncGap: { paused: boolean; gap: ListingGap } | null;
  lookups: LookupTables;
  openError: string | null;
}

const INITIAL: GridData = {
  rows: null,
  fetchedAt: null,
  complete: false,
  loading: null,
  progress: null,
  syncMessage: null,
  syncGap: null,
  lookups: {},
  openError: null,
};

/** Adds rows the grid does not have and updates those it has: a stream and a refresh may both bring a row. */
function upsertRows(grid: GridApi<Row>, rows: readonly Row[]): void {
  const update: Row[] = [];
  const add: Row[] = [];
  for (const row of rows) (grid.getRowNode(String(row['@id'])) ? update : add).push(row);
  grid.applyTransaction({ add, update });
}

function applyChanges(grid: GridApi<Row>, changes: GridChanges): void {
  // A job may return rows the grid does not have yet (a created forward): those are added, not updated. A refresh
  // that began before the grid opened (the overview starts them) may "add" rows the grid already read from the cache.
  const update: Row[] = [];
  const add: Row[] = [];
  for (const row of [...changes.added, ...changes.updated])
    (grid.getRowNode(String(row['@id'])) ? update : add).push(row);
  const remove = changes.removed.filter((iri) => grid.getRowNode(iri)).map((iri) => ({ '@id': iri }));
  grid.applyTransaction({ add, update, remove });
}

/**
 * Opens a grid from main's cache: the first rows at once, the rest as they stream in. Then applies main's
 * refreshes in place (so selection, scroll and filters survive) through the AG Grid API.
 */
export function useGridData(
  target: GridTarget,
  api: React.RefObject<GridApi<Row> | null>,
  onRowsAdded?: (rows: Row[]) => void,
): GridData {
  const [data, setData] = useState<GridData>(INITIAL);
  const profileId = useConnectionStore((state) => state.status.profileId);
  const connected = useConnectionStore((state) => state.status.state === 'connected');
  const tab = target.tab ?? null;

  useEffect(() => {
    // The grid is remounted for another profile or resource, so its state starts fresh.
    if (!profileId) return;
    let live = true;
    let streamId: string | null = null;
    // Rows and changes that arrive before the grid holds the first rows wait here, in order.
    const backlog: ({ kind: 'rows'; rows: Row[] } | { kind: 'changes'; changes: GridChanges })[] = [];
    let streaming = false;
    const ready = (): GridApi<Row> | null => {
      const grid = api.current;
      return grid && !grid.isDestroyed() && grid.getGridOption('rowData') !== undefined ? grid : null;
    };
    const drain = (): void => {
      const grid = ready();
      if (!grid) return;
      while (backlog.length > 0) {
        const next = backlog[0]!;
        if (next.kind === 'changes' && streaming) return;
        backlog.shift();
        if (next.kind === 'rows') {
          upsertRows(grid, next.rows);
          onRowsAdded?.(next.rows);
        } else {
          applyChanges(grid, next.changes);
          onRowsAdded?.([...next.changes.added, ...next.changes.updated]);
        }
      }
    };
    const drainTimer = setInterval(drain, 50);
    const matches = (event: { profileId: string; resource: string; tab: string | null }): boolean =>
      live && event.profileId === profileId && event.resource === target.resource && event.tab === tab;

    const offs = [
      noc.on('grid:progress', (progress) => {
        if (matches(progress)) setData((previous) => ({ ...previous, progress }));
      }),
      noc.on('grid:rows', (event) => {
        if (!matches(event) || event.streamId !== streamId) return;
        backlog.push({ kind: 'rows', rows: JSON.parse(event.rowsJson) as Row[] });
        if (event.last) streaming = false;
        drain();
        setData((previous) => ({
          ...previous,
          loading: event.last ? null : { loaded: event.loaded, total: event.total },
        }));
      }),
      noc.on('grid:changes', (changes) => {
        if (!matches(changes)) return;
        backlog.push({ kind: 'changes', changes });
        drain();
        if (changes.fetchedAt === null) return;
        const { fetchedAt } = changes;
        setData((previous) => ({
          ...previous,
          fetchedAt,
          complete: changes.complete ?? previous.complete,
        }));
        useConnectionStore.setState({ lastSync: fetchedAt });
      }),
      noc.on('grid:sync-end', (end) => {
        if (!matches(end)) return;
        // A refresh has ended: whatever happened to the stream of cached rows, the changes may wait no longer.
        streaming = false;
        drain();
        setData((previous) => ({
          ...previous,
          progress: null,
          syncMessage: end.outcome === 'failed' ? (end.text ? renderText(end.text) : end.message) : null,
          syncGap: end.gap ? { paused: end.outcome === 'paused', gap: end.gap } : null,
        }));
      }),
    ];
    void noc
      .invoke('grid:open', target)
      .then((snapshot) => {
        if (!live) return;
        streamId = snapshot.streamId;
        streaming = streamId !== null;
        const rows = JSON.parse(snapshot.rowsJson) as Row[];
        setData((previous) => ({
          ...previous,
          rows,
          fetchedAt: snapshot.fetchedAt,
          complete: snapshot.complete,
          loading: streaming ? { loaded: rows.length, total: snapshot.rowCount } : null,
          openError: null,
        }));
        const { lastSync } = useConnectionStore.getState();
        if (snapshot.fetchedAt !== null && (lastSync === null || snapshot.fetchedAt > lastSync))
          useConnectionStore.setState({ lastSync: snapshot.fetchedAt });
      })
      .catch((failure: unknown) => {
        if (live) setData((previous) => ({ ...previous, rows: [], openError: describeError(failure) }));
      });
    void noc
      .invoke('grid:lookups', target)
      .then((lookups) => {
        if (live) setData((previous) => ({ ...previous, lookups }));
      })
      .catch(() => undefined);
    return () => {
      live = false;
      clearInterval(drainTimer);
      offs.forEach((off) => off());
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- target is identified by resource and tab
  }, [profileId, target.resource, tab]);

  useEffect(() => {
    if (connected)
      void noc
        .invoke('grid:lookups', target)
        .then((lookups) => setData((previous) => ({ ...previous, lookups })))
        .catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refetch lookups when the connection comes back
  }, [connected]);

  return data;
}
