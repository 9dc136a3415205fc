import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkJobSummary } from '../../../src-preload/contract/index.ts';
import { describeError, noc } from '../noc.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/** The rows a cancelled job left unsent (what resuming it sends). */
export const remainingRows = (job: BulkJobSummary): number =>
  job.state === 'cancelled' ? job.counts.cancelled + job.counts.pending : 0;

/**
 * Resume for a job that can go on: paused or interrupted (at once, as before), or cancelled with rows left unsent
 * (after confirming their count, typed for more than 500).
 */
export function ResumeJob({
  job,
  onResumed,
  container,
}: {
  job: BulkJobSummary;
  onResumed?: () => void;
  /** Where the confirmation renders (inside a modal native dialog, or it would be inert). */
  container?: HTMLElement | null;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const left = remainingRows(job);
  const run = (request: () => Promise<unknown>): void => {
    setBusy(true);
    void request()
      .then(() => onResumed?.())
      .catch((failure: unknown) => useBulkStore.getState().setError(describeError(failure)))
      .finally(() => setBusy(false));
  };
  if (job.state === 'paused' || job.state === 'interrupted')
    return (
      <button
        type="button"
        className="button primary"
        disabled={busy}
        onClick={() =>
          run(() =>
            job.state === 'paused'
              ? noc.invoke('bulk:resume', { jobId: job.jobId })
              : noc.invoke('bulk:resume-interrupted', { jobId: job.jobId }),
          )
        }
      >
        {t('bulk.resume')}
      </button>
    );
  if (left === 0) return null;
  return (
    <>
      <button type="button" className="button primary" disabled={busy} onClick={() => setConfirming(true)}>
        {t('bulk.resumeRemaining', { count: left })}
      </button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('bulk.resumeQuestion', { count: left })}
        count={left}
        confirmLabel={t('bulk.resumeRemaining', { count: left })}
        container={container}
        onConfirm={() => {
          setConfirming(false);
          run(() => noc.invoke('bulk:resume', { jobId: job.jobId, expectedCount: left }));
        }}
      >
        <p>{t('bulk.resumeExplained')}</p>
      </ConfirmDialog>
    </>
  );
}
