import { useTranslation } from 'react-i18next';

/** How many rows of a view need action now (outports due within two days, interrupted jobs); nothing at zero. */
export function SidebarBadge(props: { count: number | undefined }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (!props.count) return null;
  return (
    <span className="action-badge" title={t('overview.badge', { count: props.count })}>
      <span aria-hidden="true">{props.count}</span>
      <span className="visually-hidden">{t('overview.badge', { count: props.count })}</span>
    </span>
  );
}
