import { useTranslation } from 'react-i18next';
import type { BudgetSnapshot } from '../../../src-preload/contract/index.ts';
import { formatTime } from '../grid/format.ts';
import { locale } from '../i18n/index.ts';
import { useConnectionStore } from '../state/connection-store.ts';

function budgetText(budget: BudgetSnapshot | null, paused: string): string {
  if (!budget || (budget.hour.remaining === null && budget.day.remaining === null)) return '—';
  const number = new Intl.NumberFormat(locale());
  const part = (label: string, window: BudgetSnapshot['hour']): string | null =>
    window.remaining === null
      ? null
      : `${label} ${number.format(window.remaining)}${window.limit !== null ? `/${number.format(window.limit)}` : ''}`;
  const hold = budget.pausedUntil !== null && budget.pausedUntil > Date.now() ? ` · ${paused}` : '';
  return [part('1h', budget.hour), part('24h', budget.day)].filter(Boolean).join(' · ') + hold;
}

/** Profile, connection, rate-limit budget and last sync, as main reports them. */
export function StatusBar(): React.JSX.Element {
  const { t } = useTranslation();
  const status = useConnectionStore((state) => state.status);
  const budget = useConnectionStore((state) => state.budget);
  const lastSync = useConnectionStore((state) => state.lastSync);
  const connection =
    status.state === 'connected' && status.apiUser
      ? t('status.connectedAs', { user: status.apiUser })
      : t(`status.state.${status.state}`);
  const tone =
    status.state === 'connected' ? 'ok' : status.state === 'offline' || status.state === 'signed-out' ? 'bad' : 'muted';
  return (
    <footer className="status-bar" aria-label={t('status.region')}>
      <StatusSlot
        label={t('status.profile')}
        value={status.profileName ?? t('status.noProfile')}
        badge={status.isDemo ? t('status.demo') : undefined}
      />
      <StatusSlot label={t('status.connection')} value={connection} tone={tone} />
      <StatusSlot label={t('status.rateLimit')} value={budgetText(budget, t('status.paused'))} />
      <StatusSlot label={t('status.lastSync')} value={lastSync ? formatTime(lastSync) : t('status.never')} />
    </footer>
  );
}

function StatusSlot(props: {
  label: string;
  value: string;
  tone?: 'muted' | 'ok' | 'bad';
  badge?: string | undefined;
}): React.JSX.Element {
  return (
    <div className="status-slot" data-tone={props.tone}>
      <span className="status-label">{props.label}</span>
      <span className="status-value" aria-label={props.label}>
        {props.value}
      </span>
      {props.badge ? <span className="badge demo">{props.badge}</span> : null}
    </div>
  );
}
