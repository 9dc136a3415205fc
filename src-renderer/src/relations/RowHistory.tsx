import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkValue, RowHistory as History } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { noc } from '../noc.ts';
import { amsterdamTime } from '../overview/amsterdam-time.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { writtenValueText } from '../bulk/written-value.ts';

const shown = (value: BulkValue): string => writtenValueText(value, '—');

/** What this console changed on the row, newest first, with old and new values and the job each came from. */
export function RowHistory(props: { iri: string; fieldLabel: (field: string) => string }): React.JSX.Element | null {
  const { t } = useTranslation();
  const jobs = useBulkStore((state) => state.jobs);
  const [history, setHistory] = useState<History | null>(null);

  useEffect(() => {
    let live = true;
    noc
      .invoke('history:row', { iri: props.iri })
      .then((answer) => live && setHistory(answer))
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // jobs: a job that ran or finished may have changed this row
  }, [props.iri, jobs]);

  const entries = history?.iri === props.iri ? history.entries : [];
  if (entries.length === 0) return null;
  return (
    <section className="row-history" aria-label={t('history.title')}>
      <h3>{t('history.title')}</h3>
      <ol>
        {entries.map((entry) => (
          <li key={`${entry.jobId}|${entry.field}`} data-outcome={entry.outcome}>
            <span className="history-job">
              {localized(entry.title)} · {amsterdamTime(entry.at)} · {t(`history.outcome.${entry.outcome}`)}
            </span>
            <span className="history-change">
              {props.fieldLabel(entry.field)}: {shown(entry.old)} → {shown(entry.new)}
            </span>
            {entry.text || entry.message ? (
              <span className="hint">{entry.text ? localized(entry.text) : entry.message}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
