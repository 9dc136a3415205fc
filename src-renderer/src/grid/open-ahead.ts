import type { ChannelOutput, ColumnState, GridTarget, NocApi } from '../../../src-preload/contract/index.ts';

type GridSnapshot = ChannelOutput<'grid:open'>;
const GRID_EVENTS = ['grid:progress', 'grid:rows', 'grid:changes', 'grid:sync-end'] as const;

/** What the module needs of window.noc, and a timer (injected, so that it runs in tests without a window). */
export interface AheadBridge {
  invoke: NocApi['invoke'];
  on: NocApi['on'];
  /** Drops an unclaimed request after a while (setTimeout in the app). */
  later(run: () => void, ms: number): void;
}

export interface OpenAhead {
  /** Asks for a grid's saved columns and its first rows now, before the grid has mounted. */
  ask(profileId: string, target: GridTarget): void;
  /** The saved columns asked ahead for this grid, if still good: taken once. */
  takeColumns(profileId: string, target: GridTarget): Promise<ColumnState | null> | null;
  /** The answer to grid:open asked ahead for this grid, if still good: taken once. */
  takeOpen(profileId: string, target: GridTarget): Promise<GridSnapshot> | null;
}

interface Ahead {
  key: string;
  columns: Promise<ColumnState | null> | null;
  open: Promise<GridSnapshot> | null;
  stop(): void;
}

const keyOf = (profileId: string, resource: string, tab: string | null): string =>
  JSON.stringify([profileId, resource, tab]);
const targetKey = (profileId: string, target: GridTarget): string =>
  keyOf(profileId, target.resource, target.tab ?? null);

/** An unclaimed request is dropped after this long; the grid mounts in the click's own task, long before. */
const UNCLAIMED_MS = 1_000;

/**
 * grid:open asked in the task of the click that picks a view, while React and AG Grid build the grid (a tenth of a
 * second at the first open), instead of from the grid's effect once they are done: main reads the first rows and
 * starts the snapshot meanwhile. The grid's hooks take the answers when they mount. A request is only good while no
 * event of its grid has come: the hooks were not listening yet, so a grid that mounts later asks again itself.
 */
export function createOpenAhead(bridge: AheadBridge): OpenAhead {
  let current: Ahead | null = null;
  const drop = (ahead: Ahead): void => {
    ahead.stop();
    if (current === ahead) current = null;
  };
  const ofKey = (key: string): Ahead | null => (current?.key === key ? current : null);
  return {
    ask(profileId, target) {
      if (current) drop(current);
      const key = targetKey(profileId, target);
      // the columns first: an answer queued behind the rows' snapshot would come after the rows are in
      const columns = bridge.invoke('grid:column-state:get', target).catch(() => null);
      performance.mark('noc:grid-open-asked');
      const open = bridge.invoke('grid:open', target);
      // a failure is the hook's to show when it takes the answer; unclaimed, it is nobody's
      open.catch(() => undefined);
      const offs: (() => void)[] = [];
      const ahead: Ahead = { key, columns, open, stop: () => offs.splice(0).forEach((off) => off()) };
      for (const event of GRID_EVENTS)
        offs.push(
          bridge.on(event, (payload) => {
            if (keyOf(payload.profileId, payload.resource, payload.tab) === key) drop(ahead);
          }),
        );
      current = ahead;
      bridge.later(() => drop(ahead), UNCLAIMED_MS);
    },
    takeColumns(profileId, target) {
      const ahead = ofKey(targetKey(profileId, target));
      if (!ahead) return null;
      const columns = ahead.columns;
      ahead.columns = null;
      return columns;
    },
    takeOpen(profileId, target) {
      const ahead = ofKey(targetKey(profileId, target));
      if (!ahead) return null;
      const open = ahead.open;
      ahead.open = null;
      // its hook listens now: the events no longer concern this request (the columns have none)
      ahead.stop();
      return open;
    },
  };
}
