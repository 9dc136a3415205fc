import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { locale } from '../i18n/index.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { budgetHold, type BudgetHold } from './budget-hold.ts';
import { holdWords, waitKey } from '../shell/hold-text.ts';
import { clockTime } from './clock.ts';
import { useNow } from './use-now.ts';

const SHOWN_ROWS = 20;
const ROW_TEXT = {
  transient: 'bulk.retryingRow',
  'rate-limited': 'bulk.retryingWait',
  recheck: 'bulk.retryingCheck',
} as const;

/** "Hourly limit reached — continuing at 10:07 (in 59 min)". */
export function holdText(t: TFunction, hold: BudgetHold, now: number): string {
  // the same sentence the status bar shows
  const words = holdWords(hold, now, locale());
  return t(words.key, {
    time: words.time,
    wait: t(waitKey(words.wait), { n: words.wait.n, minutes: words.wait.minutes }),
  });
}

/**
 * What a running job is waiting for: a spent rate budget (a pause with the clock time it goes on, not a failure),
 * and the rows it will send again after a transient failure.
 */
export function JobWaits({ jobId }: { jobId: string }): React.JSX.Element | null {
  const { t } = useTranslation();
  const now = useNow(15_000);
  const budget = useConnectionStore((state) => state.budget);
  const waiting = useBulkStore((state) => state.retrying[jobId]);
  const hold = budgetHold(budget, now);
  const rows = [...(waiting?.values() ?? [])].sort((a, b) => a.retry.at - b.retry.at);
  if (!hold && rows.length === 0) return null;
  return (
    <>
      {hold ? (
        <div className="bulk-hold" role="status">
          <p>
            <strong>{holdText(t, hold, now)}</strong>
          </p>
          <p className="hint">{t('bulk.hold.note')}</p>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <details>
          <summary>{t('bulk.retrying', { n: rows.length })}</summary>
          <ul className="bulk-list">
            {rows.slice(0, SHOWN_ROWS).map(({ label, retry }) => (
              <li key={`${label}-${retry.at}`}>
                {t(ROW_TEXT[retry.reason], {
                  label,
                  attempt: retry.attempt,
                  of: retry.of,
                  time: clockTime(retry.at, now, locale()),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
