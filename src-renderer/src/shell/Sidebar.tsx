import { useTranslation } from 'react-i18next';
import { locale } from '../i18n/index.ts';
import { localized } from '../grid/format.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { useResourcesStore } from '../state/resources-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { RESOURCE_VIEWS } from '../views/resource-views.ts';
import { useOverviewStore } from '../overview/overview-store.ts';
import { SidebarBadge } from '../overview/SidebarBadge.tsx';

export function Sidebar(): React.JSX.Element {
  const { t } = useTranslation();
  const view = useUiStore((state) => state.view);
  const selectView = useUiStore((state) => state.selectView);
  const counts = useConnectionStore((state) => state.counts);
  const descriptors = useResourcesStore((state) => state.descriptors);
  const format = new Intl.NumberFormat(locale());
  const badges = useOverviewStore((state) => state.overview?.badges);
  return (
    <nav className="sidebar" aria-label={t('nav.resources')}>
      <ul>
        <li>
          <button
            type="button"
            className="sidebar-item"
            aria-current={view === 'overview' ? 'page' : undefined}
            title={t('overview.nav')}
            onClick={() => selectView('overview')}
          >
            <span className="sidebar-icon" aria-hidden="true">
              ◧
            </span>
            <span className="sidebar-label">{t('overview.nav')}</span>
            <SidebarBadge count={badges?.['jobs']} />
          </button>
        </li>
        {RESOURCE_VIEWS.map((candidate) => {
          const descriptor = descriptors.find((entry) => entry.id === candidate.id);
          const label = descriptor ? localized(descriptor.label) : candidate.id;
          const count = counts?.counts[candidate.id];
          return (
            <li key={candidate.id}>
              <button
                type="button"
                className="sidebar-item"
                aria-current={candidate.id === view ? 'page' : undefined}
                title={label}
                onClick={() => selectView(candidate.id)}
              >
                <span className="sidebar-icon" aria-hidden="true">
                  {candidate.icon}
                </span>
                <span className="sidebar-label">{label}</span>
                <SidebarBadge count={badges?.[candidate.id]} />
                {count !== undefined && count !== null ? (
                  <span className="count" title={t('nav.onPlatform', { label })}>
                    {format.format(count)}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
        <li>
          <button
            type="button"
            className="sidebar-item"
            aria-current={view === 'history' ? 'page' : undefined}
            title={t('history.nav')}
            onClick={() => selectView('history')}
          >
            <span className="sidebar-icon" aria-hidden="true">
              ↺
            </span>
            <span className="sidebar-label">{t('history.nav')}</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
