import { useConnectionStore } from '../state/connection-store.ts';
import type { RESOURCE_VIEWS } from './resource-views.ts';

const number = new Intl.NumberFormat();

/** Until the grids arrive: what the connected platform holds for this view, said plainly. */
export function ResourceEmptyState(props: { view: (typeof RESOURCE_VIEWS)[number] }): React.JSX.Element {
  const status = useConnectionStore((state) => state.status);
  const counts = useConnectionStore((state) => state.counts);
  const count = counts?.counts[props.view.id];
  const problem = counts?.problems[props.view.id];
  const label = props.view.label.toLowerCase();
  let summary: string;
  if (status.state !== 'connected') summary = 'Connect a profile to see what the platform holds.';
  else if (problem) summary = `The platform did not list ${label}: ${problem}`;
  else if (count === undefined || count === null) summary = `Counting ${label}…`;
  else summary = `The platform holds ${number.format(count)} ${label}${status.isDemo ? ' (demo data)' : ''}.`;
  return (
    <section className="resource-view">
      <h1 id="view-title">{props.view.label}</h1>
      <div className="empty-state">
        <div className="empty-icon" aria-hidden="true">
          {props.view.icon}
        </div>
        <p className="empty-title" role="status">
          {summary}
        </p>
        <p className="empty-text">
          The grid for {props.view.what} is not built yet; it will list them here, with filters, search and bulk
          actions.
        </p>
      </div>
    </section>
  );
}
