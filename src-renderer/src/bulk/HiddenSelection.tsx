import { useTranslation } from 'react-i18next';

/** Selected rows the current filter hides are not in the job: said, never silently dropped or included. */
export function HiddenSelection({ hidden }: { hidden: number }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (hidden <= 0) return null;
  return (
    <p className="bulk-hidden" role="note">
      {t('bulk.hiddenSelected', { count: hidden })}
    </p>
  );
}
