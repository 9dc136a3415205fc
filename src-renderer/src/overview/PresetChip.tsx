import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/ui-store.ts';

/** Says which filter an overview link opened the grid with, and clears it. */
export function PresetChip(props: { label: string }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <span className="preset-chip" role="note" aria-label={t('overview.presetFilter')}>
      {t('overview.filteredBy', { label: props.label })}
      <button
        type="button"
        className="button ghost"
        aria-label={t('overview.clearPreset')}
        onClick={() => useUiStore.getState().clearPreset()}
      >
        ✕
      </button>
    </span>
  );
}
