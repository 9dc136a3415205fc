import { useUiStore } from '../state/ui-store.ts';
import { RESOURCE_VIEWS } from '../views/resource-views.ts';

export function Sidebar(): React.JSX.Element {
  const view = useUiStore((state) => state.view);
  const selectView = useUiStore((state) => state.selectView);
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
              {candidate.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
