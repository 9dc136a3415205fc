import type { RESOURCE_VIEWS } from './resource-views.ts';

export function ResourceEmptyState(props: { view: (typeof RESOURCE_VIEWS)[number] }): React.JSX.Element {
  return (
    <section className="resource-view">
      <h1 id="view-title">{props.view.label}</h1>
      <div className="empty-state">
        <div className="empty-icon" aria-hidden="true">
          {props.view.icon}
        </div>
        <p className="empty-title">No {props.view.label.toLowerCase()} to show yet</p>
        <p className="empty-text">
          This view will list {props.view.what} once a profile is connected to the platform. Nothing is loaded from
          the platform yet.
        </p>
      </div>
    </section>
  );
}
