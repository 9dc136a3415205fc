import type { BudgetSnapshot, ConnectionStatus } from '../../../src-preload/contract/index.ts';
import { useConnectionStore } from '../state/connection-store.ts';

const STATE_TEXT: Record<ConnectionStatus['state'], string> = {
  'no-profile': 'No profile',
  'signed-out': 'Signed out',
  connecting: 'Connecting…',
  connected: 'Connected',
  offline: 'Offline',
};

const number = new Intl.NumberFormat();

function budgetText(budget: BudgetSnapshot | null): string {
  if (!budget || (budget.hour.remaining === null && budget.day.remaining === null)) return '—';
  const part = (label: string, window: BudgetSnapshot['hour']): string | null =>
    window.remaining === null ? null : `${label} ${number.format(window.remaining)}${window.limit !== null ? `/${number.format(window.limit)}` : ''}`;
  const paused = budget.pausedUntil !== null && budget.pausedUntil > Date.now() ? ' · paused (429)' : '';
  return [part('1h', budget.hour), part('24h', budget.day)].filter(Boolean).join(' · ') + paused;
}

/** Profile, connection, rate-limit budget and last sync, as main reports them. */
export function StatusBar(): React.JSX.Element {
  const status = useConnectionStore((state) => state.status);
  const budget = useConnectionStore((state) => state.budget);
  const lastSync = useConnectionStore((state) => state.lastSync);
  const connection = STATE_TEXT[status.state] + (status.state === 'connected' && status.apiUser ? ` as ${status.apiUser}` : '');
  return (
    <footer className="status-bar" aria-label="Status">
      <StatusSlot label="Profile" value={status.profileName ?? 'No profile'} badge={status.isDemo ? 'Demo' : undefined} />
      <StatusSlot label="Connection" value={connection} tone={status.state === 'connected' ? 'ok' : status.state === 'offline' || status.state === 'signed-out' ? 'bad' : 'muted'} />
      <StatusSlot label="Rate limit" value={budgetText(budget)} />
      <StatusSlot label="Last sync" value={lastSync ? new Date(lastSync).toLocaleTimeString() : 'Never'} />
    </footer>
  );
}

function StatusSlot(props: { label: string; value: string; tone?: 'muted' | 'ok' | 'bad'; badge?: string | undefined }): React.JSX.Element {
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
