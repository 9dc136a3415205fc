import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/ui-store.ts';

/** The first stop of Tab: past the header and the sidebar, straight into the grid (or the main content). */
export function SkipLink(props: { toGrid: boolean }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main-content"
      onClick={(event) => {
        if (!props.toGrid) return;
        event.preventDefault();
        useUiStore.getState().focusGrid();
      }}
    >
      {props.toGrid ? t('gridux.skipToGrid') : t('gridux.skipToMain')}
    </a>
  );
}
