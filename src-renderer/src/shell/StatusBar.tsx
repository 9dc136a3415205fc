import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetHold, BudgetSnapshot } from '../../../src-preload/contract/index.ts';
import { formatTime } from '../grid/format.ts';
import { locale } from '../i18n/index.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { holdWords, waitKey } from './hold-text.ts';
import { connectionWord, statusReason } from './problem-text.ts';

function budgetText(budget: BudgetSnapshot | null): string {
  if (!budget || (budget.hour.remaining === null && budget.day.remaining === null)) return '—';
  const number = new Intl.NumberFormat(locale());
  const part = (label: string, window: BudgetSnapshot['hour']): string | null =>
    window.remaining === null
      ? null
      : `${label} ${number.format(window.remaining)}${window.limit !== null ? `/${number.format(window.limit)}` : ''}`;
  return [part('1h', budget.hour), part('24h', budget.day)].filter(Boolean).join(' · ');
}

/** "Hourly limit reached — continuing at 10:07 (in 59 min)", in the user's language; null when nothing holds. */
export function useHoldText(hold: BudgetHold | null): string | null {
  const { t } = useTranslation();
  // the clock the wait is counted from; ticks while a hold lasts so "in 59 min" counts down
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!hold) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    const first = setTimeout(() => setNow(Date.now()), 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, [hold]);
  if (!hold || hold.until <= now) return null;
  const words = holdWords(hold, now, locale());
  const wait = t(waitKey(words.wait), { n: words.wait.n, minutes: words.wait.minutes });
  return t(words.key, { time: words.time, wait });
}

/** Profile, connection, rate-limit budget and last sync, as main reports them. */
export function StatusBar(): React.JSX.Element {
  const { t } = useTranslation();
  const status = useConnectionStore((state) => state.status);
  const budget = useConnectionStore((state) => state.budget);
  const lastSync = useConnectionStore((state) => state.lastSync);
  const holdText = useHoldText(budget?.hold ?? status.hold);
  const connection = connectionWord(t, status);
  const reason = statusReason(t, status);
  const tone =
    status.state === 'connected' ? 'ok' : status.state === 'offline' || status.state === 'signed-out' ? 'bad' : 'muted';
  return (
    <footer className="status-bar" aria-label={t('status.region')}>
      <StatusSlot
        label={t('status.profile')}
        value={status.profileName ?? t('status.noProfile')}
        badge={status.isDemo ? t('status.demo') : undefined}
      />
      <StatusSlot
        label={t('status.connection')}
        value={connection}
        tone={tone}
        {...(reason ? { title: reason } : {})}
      />
      <StatusSlot
        label={t('status.rateLimit')}
        value={holdText ?? budgetText(budget)}
        {...(holdText ? { tone: 'muted' as const } : {})}
      />
      <StatusSlot label={t('status.lastSync')} value={lastSync ? formatTime(lastSync) : t('status.never')} />
    </footer>
  );
}

function StatusSlot(props: {
  label: string;
  value: string;
  tone?: 'muted' | 'ok' | 'bad';
  badge?: string | undefined;
  /** The full reason behind a short value ("Host not found"), on hover. */
  title?: string;
}): React.JSX.Element {
  return (
    <div className="status-slot" data-tone={props.tone} title={props.title}>
      <span className="status-label">{props.label}</span>
      <span className="status-value" aria-label={props.label}>
        {props.value}
      </span>
      {props.badge ? <span className="badge demo">{props.badge}</span> : null}
    </div>
  );
}
