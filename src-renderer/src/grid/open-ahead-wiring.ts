import { noc } from '../noc.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { createOpenAhead } from './open-ahead.ts';

/** The app's one open-ahead: asks for a view's main grid in the task of the click that picks the view. */
export const openAhead = createOpenAhead({
  invoke: noc.invoke.bind(noc),
  on: noc.on.bind(noc),
  later: (run, ms) => void setTimeout(run, ms),
});

// zustand calls this inside set(), so in the click's task, before React renders the view. A tab of a view opens
// from the grid's own tab buttons, after the grid has mounted: only a view's main grid is asked for ahead.
useUiStore.subscribe((state, previous) => {
  if (state.view === previous.view || state.view === 'overview' || state.view === 'history') return;
  const { profileId } = useConnectionStore.getState().status;
  if (profileId) openAhead.ask(profileId, { resource: state.view });
});
