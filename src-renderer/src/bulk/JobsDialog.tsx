import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, localized } from '../grid/format.ts';
import { locale } from '../i18n/index.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { isResourceViewId } from '../views/resource-views.ts';
import { budgetHold } from './budget-hold.ts';
import { holdText } from './JobWaits.tsx';
import { ResumeJob } from './ResumeJob.tsx';
import { useNow } from './use-now.ts';

/** Every job of the profile, newest first: open one to follow it, see its summary, retry, undo or export. */
export function JobsDialog(props: { open: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement | null>(null);
  // the confirmation of a resume renders inside this modal dialog: outside it, the page is inert
  const [container, setContainer] = useState<HTMLDialogElement | null>(null);
  const dialogRef = useCallback((node: HTMLDialogElement | null) => {
    dialog.current = node;
    setContainer(node);
  }, []);
  const jobs = useBulkStore((state) => state.jobs);
  const error = useBulkStore((state) => state.error);
  const budget = useConnectionStore((state) => state.budget);
  const number = new Intl.NumberFormat(locale());
  const now = useNow(15_000);
  const hold = budgetHold(budget, now);

  const openJob = (jobId: string, resource: string): void => {
    if (isResourceViewId(resource)) useUiStore.getState().selectView(resource);
    useBulkStore.getState().open({ kind: 'job', jobId });
    props.onClose();
  };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    else if (!props.open && element.open) element.close();
  }, [props.open]);

  return (
    <dialog ref={dialogRef} className="dialog wide" aria-labelledby="jobs-title" onClose={props.onClose}>
      <div className="dialog-header">
        <h2 id="jobs-title">{t('bulk.jobsTitle')}</h2>
        <button type="button" className="button ghost" aria-label={t('bulk.close')} onClick={props.onClose}>
          ✕
        </button>
      </div>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {jobs.length === 0 ? <p className="hint">{t('bulk.noJobs')}</p> : null}
      <ul className="profile-list" aria-label={t('bulk.jobs')}>
        {[...jobs]
          .sort((a, b) => b.createdAt - a.createdAt)
          .map((job) => (
            <li key={job.jobId} className="profile-card" aria-label={localized(job.title)}>
              <div className="profile-main">
                <div className="profile-title">
                  <strong>{localized(job.title)}</strong>
                  <span className="profile-state" data-state={job.state}>
                    {t(`bulk.state.${job.state}`)}
                  </span>
                  {hold && job.state === 'running' ? <span className="hint">{holdText(t, hold, now)}</span> : null}
                </div>
                <div className="profile-facts">
                  <span>
                    {formatTime(job.createdAt)}
                    {job.apiUser ? ` · ${job.apiUser}` : ''}
                  </span>
                  <span>
                    {t('bulk.countsLine', {
                      applied: number.format(job.counts.applied),
                      failed: number.format(job.counts.failed + job.counts.unknown),
                      skipped: number.format(job.counts.skipped),
                      cancelled: number.format(job.counts.cancelled),
                    })}
                  </span>
                </div>
              </div>
              <div className="profile-actions">
                <ResumeJob job={job} container={container} onResumed={() => openJob(job.jobId, job.resource)} />
                <button type="button" className="button" onClick={() => openJob(job.jobId, job.resource)}>
                  {t('bulk.open')}
                </button>
              </div>
            </li>
          ))}
      </ul>
    </dialog>
  );
}
