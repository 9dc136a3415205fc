import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/ui-store.ts';

/** The details panel beside a grid, folded to a narrow strip on request; the choice is remembered. */
export function CollapsibleDetails(props: { children: React.ReactNode }): React.JSX.Element {
  const { t } = useTranslation();
  const collapsed = useUiStore((state) => state.settings.detailsCollapsed === true);
  const toggle = (): void => void useUiStore.getState().updateSettings({ detailsCollapsed: !collapsed });
  return (
    <div className={collapsed ? 'details-slot collapsed' : 'details-slot'}>
      <button
        type="button"
        className="button ghost details-toggle"
        aria-expanded={!collapsed}
        aria-controls={collapsed ? undefined : 'details-panel'}
        onClick={toggle}
        title={collapsed ? t('gridux.showDetails') : t('gridux.hideDetails')}
      >
        <span aria-hidden="true">{collapsed ? '«' : '»'}</span>
        <span className={collapsed ? 'details-toggle-label vertical' : 'details-toggle-label'}>
          {collapsed ? t('gridux.showDetails') : t('gridux.hideDetails')}
        </span>
      </button>
      {collapsed ? null : <div id="details-panel">{props.children}</div>}
    </div>
  );
}
