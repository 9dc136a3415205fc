import type { GridApi } from 'ag-grid-community';
import { useEffect, useRef, useState } from 'react';
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
import { openAhead } from './open-ahead-wiring.ts';
import { addStreamedRows } from './streamed-rows.ts';

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
  /** The first answer for the lookups has come (or failed): a row's search text, which holds the names, is final. */
  namesKnown: boolean;
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
  namesKnown: false,
  openError: null,
};

/** Whether two sets of lookup tables name every IRI the same. */
function sameLookups(a: LookupTables, b: LookupTables): boolean {
  const fields = Object.keys(a);
  if (fields.length !== Object.keys(b).length) return false;
  return fields.every((field) => {
    const left = a[field]!;
    const right = b[field];
    if (!right) return false;
    const iris = Object.keys(left);
    return iris.length === Object.keys(right).length && iris.every((iri) => left[iri] === right[iri]);
  });
}

/**
 * New lookup tables replace the old only when a name differs: new tables mean new column definitions, and AG Grid
 * rebuilds its whole row model for those (at 100,000 rows, as long as setting the rows).
 */
const withLookups =
  (lookups: LookupTables) =>
  (previous: GridData): GridData => {
    if (!sameLookups(previous.lookups, lookups)) return { ...previous, lookups, namesKnown: true };
    return previous.namesKnown ? previous : { ...previous, namesKnown: true };
  };

/** Splits rows into those the grid has (updated) and those it has not (added), after earlier async transactions. */
function upsertOf(grid: GridApi<Row>, rows: readonly Row[]): { add: Row[]; update: Row[] } {
  grid.flushAsyncTransactions();
  const update: Row[] = [];
  const add: Row[] = [];
  for (const row of rows) (grid.getRowNode(String(row['@id'])) ? update : add).push(row);
  return { add, update };
}

function applyChanges(grid: GridApi<Row>, changes: GridChanges): void {
  // A job may return rows the grid does not have yet (a created forward): those are added, not updated. A refresh
  // that began before the grid opened (the overview starts them) may "add" rows the grid already read from the cache.
  const { add, update } = upsertOf(grid, [...changes.added, ...changes.updated]);
  const remove = changes.removed.filter((iri) => grid.getRowNode(iri)).map((iri) => ({ '@id': iri }));
  grid.applyTransactionAsync({ add, update, remove });
}

/**
 * Opens a grid from main's cache: the first rows at once, then the whole snapshot in one set (the protocol is
 * described in src-preload/contract/grids.ts). Rows of a first sync and main's refreshes and job results are
 * applied in place (so selection, scroll and filters survive) through AG Grid's batched async transactions.
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
    // Rows and changes that arrive before the grid holds all cached rows wait here, in order.
    const backlog: ({ kind: 'pages'; rows: Row[] } | { kind: 'changes'; changes: GridChanges })[] = [];
    // The whole snapshot, when its event overtakes the answer to grid:open; keyed by stream id.
    const early = new Map<string, string>();
    let waitingForSnapshot = false;
    // The rows last given to the grid: transactions wait until the grid holds them.
    let rowsSet: Row[] | null = null;
    // IRIs of streamed rows handed to the grid in async transactions (not yet applied, perhaps), for these rows set
    const queued = new Set<string>();
    let queuedFor: Row[] | null = null;
    const ready = (): GridApi<Row> | null => {
      const grid = api.current;
      return grid && !grid.isDestroyed() && rowsSet !== null && grid.getGridOption('rowData') === rowsSet ? grid : null;
    };
    const drain = (): void => {
      if (waitingForSnapshot || backlog.length === 0) return;
      const grid = ready();
      if (!grid) return;
      if (queuedFor !== rowsSet) {
        // new rows were set: what was queued for the old ones is not in the grid
        queued.clear();
        queuedFor = rowsSet;
      }
      for (const next of backlog.splice(0)) {
        if (next.kind === 'pages') {
          addStreamedRows(grid, next.rows, queued);
          onRowsAdded?.(next.rows);
        } else {
          applyChanges(grid, next.changes);
          // applyChanges flushed the batch first; its removals are applied with its own transaction
          for (const iri of next.changes.removed) queued.delete(iri);
          onRowsAdded?.([...next.changes.added, ...next.changes.updated]);
        }
      }
    };
    const drainTimer = setInterval(drain, 50);
    const matches = (event: { profileId: string; resource: string; tab: string | null }): boolean =>
      live && event.profileId === profileId && event.resource === target.resource && event.tab === tab;
    const takeSnapshot = (rowsJson: string): void => {
      waitingForSnapshot = false;
      // Marks for the bench (test/bench/grid-open.ts): arrival, parse, then the grid's own rowDataUpdated.
      performance.mark('noc:grid-snapshot-arrived');
      const rows = JSON.parse(rowsJson) as Row[];
      performance.mark('noc:grid-snapshot-parsed');
      const grid = api.current;
      const first = rowsSet;
      if (
        grid &&
        !grid.isDestroyed() &&
        first !== null &&
        grid.getGridOption('rowData') === first &&
        first.length <= rows.length &&
        first.every((row, index) => row['@id'] === rows[index]!['@id'])
      ) {
        // The grid shows the snapshot's first rows: the rest join them in one transaction, which costs what a
        // fresh set of all rows would, not a comparison of every row with the first ones.
        const rest = rows.slice(first.length);
        grid.applyTransaction({ add: rest });
        performance.mark('noc:grid-rest-added');
        onRowsAdded?.(rest);
        // in the same render as the grid's new count: while "Loading" shows, the grid says it is not complete
        setData((previous) => ({ ...previous, loading: null }));
        return;
      }
      rowsSet = rows;
      if (!grid || grid.isDestroyed()) {
        setData((previous) => ({ ...previous, rows, loading: null }));
        return;
      }
      // "Loading" goes when the grid holds the rows, in the same render as its new count.
      const applied = (): void => {
        if (grid.isDestroyed() || grid.getGridOption('rowData') !== rows) return;
        grid.removeEventListener('rowDataUpdated', applied);
        if (live) setData((previous) => ({ ...previous, loading: null }));
      };
      grid.addEventListener('rowDataUpdated', applied);
      setData((previous) => ({ ...previous, rows }));
    };

    const offs = [
      noc.on('grid:progress', (progress) => {
        if (matches(progress)) setData((previous) => ({ ...previous, progress }));
      }),
      noc.on('grid:rows', (event) => {
        if (!matches(event)) return;
        if (event.kind === 'snapshot') {
          if (event.streamId === null) return;
          if (event.streamId === streamId) takeSnapshot(event.rowsJson);
          else if (streamId === null) early.set(event.streamId, event.rowsJson);
          return;
        }
        backlog.push({ kind: 'pages', rows: JSON.parse(event.rowsJson) as Row[] });
        drain();
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
        drain();
        // the refresh's rows are in the grid before it stops saying it is refreshing
        ready()?.flushAsyncTransactions();
        // all applied: the grid itself knows them now
        queued.clear();
        setData((previous) => ({
          ...previous,
          progress: null,
          syncMessage: end.outcome === 'failed' ? (end.text ? renderText(end.text) : end.message) : null,
          syncGap: end.gap ? { paused: end.outcome === 'paused', gap: end.gap } : null,
        }));
      }),
    ];
    // asked already if a click picked this view (open-ahead.ts): the answer comes sooner
    const asked = openAhead.takeOpen(profileId, target);
    if (!asked) performance.mark('noc:grid-open-asked');
    void (asked ?? noc.invoke('grid:open', target))
      .then((snapshot) => {
        performance.mark('noc:grid-open-answered');
        if (!live) return;
        streamId = snapshot.streamId;
        const whole = streamId === null ? undefined : early.get(streamId);
        early.clear();
        waitingForSnapshot = streamId !== null && whole === undefined;
        const rows = JSON.parse(whole ?? snapshot.rowsJson) as Row[];
        rowsSet = rows;
        setData((previous) => ({
          ...previous,
          rows,
          fetchedAt: snapshot.fetchedAt,
          complete: snapshot.complete,
          loading: waitingForSnapshot ? { loaded: rows.length, total: snapshot.rowCount } : null,
          openError: null,
        }));
        const { lastSync } = useConnectionStore.getState();
        if (snapshot.fetchedAt !== null && (lastSync === null || snapshot.fetchedAt > lastSync))
          useConnectionStore.setState({ lastSync: snapshot.fetchedAt });
      })
      .catch((failure: unknown) => {
        if (!live) return;
        rowsSet = [];
        setData((previous) => ({ ...previous, rows: rowsSet, openError: describeError(failure) }));
      });
    void noc
      .invoke('grid:lookups', target)
      .then((lookups) => {
        performance.mark('noc:grid-lookups-answered');
        if (live) setData(withLookups(lookups));
      })
      .catch(() => {
        if (live) setData((previous) => ({ ...previous, namesKnown: true }));
      });
    return () => {
      live = false;
      clearInterval(drainTimer);
      offs.forEach((off) => off());
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- target is identified by resource and tab
  }, [profileId, target.resource, tab]);

  // Lookups again when the connection comes back (the open above has fetched them already).
  const wasConnected = useRef(connected);
  useEffect(() => {
    const cameBack = connected && !wasConnected.current;
    wasConnected.current = connected;
    if (cameBack)
      void noc
        .invoke('grid:lookups', target)
        .then((lookups) => setData(withLookups(lookups)))
        .catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refetch lookups when the connection comes back
  }, [connected]);

  return data;
}
