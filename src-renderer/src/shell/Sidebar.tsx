import { useTranslation } from 'react-i18next';
import { locale } from '../i18n/index.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { RESOURCE_VIEWS } from '../views/resource-views.ts';

export function Sidebar(): React.JSX.Element {
  const { t } = useTranslation();
  const view = useUiStore((state) => state.view);
  const selectView = useUiStore((state) => state.selectView);
  const counts = useConnectionStore((state) => state.counts);
  const format = new Intl.NumberFormat(locale());
  return (
    <nav className="sidebar" aria-label={t('nav.resources')}>
      <ul>
        {RESOURCE_VIEWS.map((candidate) => {
          const label = t(`views.${candidate.id}`);
          const count = counts?.counts[candidate.id];
          return (
            <li key={candidate.id}>
              <button type="button" className="sidebar-item" aria-current={candidate.id === view ? 'page' : undefined} onClick={() => selectView(candidate.id)}>
                <span className="sidebar-icon" aria-hidden="true">
                  {candidate.icon}
                </span>
                <span className="sidebar-label">{label}</span>
                {count !== undefined && count !== null ? (
                  <span className="count" title={t('nav.onPlatform', { label })}>
                    {format.format(count)}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
