import type { GridApi } from 'ag-grid-community';
import { useEffect, useRef, useState } from 'react';
import type { GridProgress, GridTarget, LookupTables, Row } from '../../../src-preload/contract/index.ts';
import { describeError, noc } from '../noc.ts';
import { useConnectionStore } from '../state/connection-store.ts';

export interface GridData {
  rows: Row[] | null;
  fetchedAt: number | null;
  complete: boolean;
  progress: GridProgress | null;
  syncMessage: string | null;
  lookups: LookupTables;
  openError: string | null;
}

const INITIAL: GridData = { rows: null, fetchedAt: null, complete: false, progress: null, syncMessage: null, lookups: {}, openError: null };

/**
 * Opens a grid from main's cache, then applies main's refreshes in place (so selection, scroll and filters
 * survive) through the AG Grid API.
 */
export function useGridData(target: GridTarget, api: React.RefObject<GridApi<Row> | null>): GridData {
  const [data, setData] = useState<GridData>(INITIAL);
  const profileId = useConnectionStore((state) => state.status.profileId);
  const connected = useConnectionStore((state) => state.status.state === 'connected');
  const tab = target.tab ?? null;
  const openedFor = useRef<string | null>(null);

  useEffect(() => {
    // The grid is remounted for another profile or resource, so its state starts fresh.
    if (!profileId) return;
    let live = true;
    const matches = (event: { profileId: string; resource: string; tab: string | null }): boolean =>
      live && event.profileId === profileId && event.resource === target.resource && event.tab === tab;
    const offs = [
      noc.on('grid:progress', (progress) => {
        if (matches(progress)) setData((previous) => ({ ...previous, progress }));
      }),
      noc.on('grid:changes', (changes) => {
        if (!matches(changes)) return;
        const grid = api.current;
        if (grid && !grid.isDestroyed()) {
          grid.applyTransaction({ add: changes.added, update: changes.updated, remove: changes.removed.map((iri) => ({ '@id': iri })) });
        }
        setData((previous) => ({
          ...previous,
          rows: previous.rows && grid ? previous.rows : [...(previous.rows ?? []), ...changes.added],
          fetchedAt: changes.fetchedAt,
          complete: changes.complete,
        }));
        useConnectionStore.setState({ lastSync: changes.fetchedAt });
      }),
      noc.on('grid:sync-end', (end) => {
        if (!matches(end)) return;
        setData((previous) => ({ ...previous, progress: null, syncMessage: end.outcome === 'failed' ? end.message : null }));
      }),
    ];
    openedFor.current = `${profileId}|${target.resource}|${tab ?? ''}`;
    void noc
      .invoke('grid:open', target)
      .then((snapshot) => {
        if (!live) return;
        setData((previous) => ({ ...previous, rows: snapshot.rows, fetchedAt: snapshot.fetchedAt, complete: snapshot.complete, openError: null }));
        const { lastSync } = useConnectionStore.getState();
        if (snapshot.fetchedAt !== null && (lastSync === null || snapshot.fetchedAt > lastSync)) useConnectionStore.setState({ lastSync: snapshot.fetchedAt });
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
      offs.forEach((off) => off());
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- target is identified by resource and tab
  }, [profileId, target.resource, tab]);

  useEffect(() => {
    if (connected && openedFor.current) void noc.invoke('grid:lookups', target).then((lookups) => setData((previous) => ({ ...previous, lookups }))).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refetch lookups when the connection comes back
  }, [connected]);

  return data;
}
