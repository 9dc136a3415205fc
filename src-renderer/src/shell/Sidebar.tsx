import { useConnectionStore } from '../state/connection-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { RESOURCE_VIEWS } from '../views/resource-views.ts';

export function Sidebar(): React.JSX.Element {
  const view = useUiStore((state) => state.view);
  const selectView = useUiStore((state) => state.selectView);
  const counts = useConnectionStore((state) => state.counts);
  const format = new Intl.NumberFormat();
  return (
    <nav className="sidebar" aria-label="Resources">
      <ul>
        {RESOURCE_VIEWS.map((candidate) => (
          <li key={candidate.id}>
            <button
              type="button"
              className="sidebar-item"
              aria-current={candidate.id === view ? 'page' : undefined}
              onClick={() => selectView(candidate.id)}
            >
              <span className="sidebar-icon" aria-hidden="true">
                {candidate.icon}
              </span>
              <span className="sidebar-label">{candidate.label}</span>
              {counts?.counts[candidate.id] != null ? (
                <span className="count" title={`${candidate.label} on the platform`}>
                  {format.format(counts.counts[candidate.id] ?? 0)}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
