import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkOpState, BulkValue, HistoryAudit as Audit } from '../../../src-preload/contract/index.ts';
import { auditCsv } from '../../../src-preload/contract/shared/audit-csv.ts';
import { downloadText } from '../bulk/download.ts';
import { localized } from '../grid/format.ts';
import { describeError, noc } from '../noc.ts';
import { amsterdamTime } from '../overview/amsterdam-time.ts';
import type { historyWords } from './history-words.ts';
import { writtenValueText } from '../bulk/written-value.ts';

const shown = (value: BulkValue): string => writtenValueText(value, '—');

/** One job's audit: each row's old and new value and outcome, narrowed like the search; the whole of it as CSV. */
export function HistoryAudit(props: {
  profileId: string;
  jobId: string;
  row: string;
  outcome: BulkOpState | '';
  words: ReturnType<typeof historyWords>;
  onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { profileId, jobId, row, outcome } = props;
  const [audit, setAudit] = useState<Audit | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    noc
      .invoke('history:audit', {
        profileId,
        jobId,
        ...(row.trim() ? { row } : {}),
        ...(outcome ? { outcome } : {}),
      })
      .then((answer) => live && (setAudit(answer), setError(null)))
      .catch((failure: unknown) => live && setError(describeError(failure)));
    return () => {
      live = false;
    };
  }, [profileId, jobId, row, outcome]);

  const exportCsv = (): void => {
    noc
      .invoke('history:export', { profileId, jobId })
      .then((answer) => downloadText(answer.fileName, auditCsv(answer.rows, localized)))
      .catch((failure: unknown) => setError(describeError(failure)));
  };

  const job = audit?.job;
  const title = job ? localized(job.title) : t('history.audit');
  return (
    <section className="history-audit" aria-label={t('history.audit')}>
      <header>
        <h2>{t('history.auditOf', { title })}</h2>
        <button type="button" className="button" onClick={exportCsv}>
          {t('history.export')}
        </button>
        <button type="button" className="button ghost" onClick={props.onClose}>
          {t('history.closeAudit')}
        </button>
      </header>
      {error ? <p className="form-error">{error}</p> : null}
      {job ? (
        <p className="hint">
          {job.profileName} · {amsterdamTime(job.startedAt ?? job.createdAt)} · {t(`bulk.state.${job.state}`)}
          {job.apiUser ? ` · ${job.apiUser}` : ''}
        </p>
      ) : null}
      {audit ? (
        <>
          <p role="status" className="hint">
            {t('history.auditCount', { shown: audit.rows.length, total: audit.total })}
          </p>
          <table className="bulk-table history-table">
            <thead>
              <tr>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.row')}</th>
                <th scope="col">{t('history.field')}</th>
                <th scope="col">{t('history.old')}</th>
                <th scope="col">{t('history.new')}</th>
                <th scope="col">{t('history.outcomeFilter')}</th>
                <th scope="col">{t('history.message')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.rows.map((entry, index) => (
                <tr key={`${entry.target}|${entry.field}|${index}`} data-outcome={entry.outcome}>
                  <td>{amsterdamTime(entry.at)}</td>
                  <td>{entry.label}</td>
                  <td>{entry.field ? props.words.field(entry.resource, entry.field) : t('history.noField')}</td>
                  <td className={entry.field ? 'old' : undefined}>{entry.field ? shown(entry.old) : ''}</td>
                  <td className={entry.field ? 'new' : undefined}>{entry.field ? shown(entry.new) : ''}</td>
                  <td>{t(`history.outcome.${entry.outcome}`)}</td>
                  <td>{entry.text ? localized(entry.text) : (entry.message ?? '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
