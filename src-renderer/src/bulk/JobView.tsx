import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkJobDetail } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { locale, renderText } from '../i18n/index.ts';
import { describeError, noc } from '../noc.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { auditCsv } from '../../../src-preload/contract/shared/audit-csv.ts';
import { downloadText } from './download.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { budgetHold } from './budget-hold.ts';
import { clockTime } from './clock.ts';
import { JobWaits } from './JobWaits.tsx';
import { ResumeJob } from './ResumeJob.tsx';
import { useNow } from './use-now.ts';

const FINAL = new Set(['completed', 'cancelled', 'interrupted']);

/** A started job: live progress with pause, resume and cancel; when it ends, the summary and what to do next. */
export function JobView({ jobId }: { jobId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const job = useBulkStore((state) => state.jobs.find((candidate) => candidate.jobId === jobId));
  const progress = useBulkStore((state) => state.progress[jobId]);
  const [detail, setDetail] = useState<BulkJobDetail | null>(null);
  const number = new Intl.NumberFormat(locale());
  const state = progress?.state ?? job?.state ?? 'running';
  const now = useNow(15_000);
  const budget = useConnectionStore((store) => store.budget);
  // while the rate budget holds, the rest can only start after the hold
  const hold = state === 'running' ? budgetHold(budget, now) : null;
  const finishesAt =
    hold && progress?.etaMs !== null && progress?.etaMs !== undefined
      ? hold.until + progress.etaMs
      : (progress?.finishesAt ?? null);
  const counts = progress?.counts ?? job?.counts;
  const finished = FINAL.has(state);

  useEffect(() => {
    if (!finished) return;
    let live = true;
    void noc
      .invoke('bulk:detail', { jobId })
      .then((loaded) => live && setDetail(loaded))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [finished, jobId]);

  const act = (request: () => Promise<unknown>): void => {
    void request().catch((failure: unknown) => useBulkStore.getState().setError(describeError(failure)));
  };
  const exportAudit = (): void =>
    act(async () => {
      const audit = await noc.invoke('bulk:audit', { jobId });
      downloadText(`noc-audit-${jobId.slice(0, 8)}.csv`, auditCsv(audit.rows, localized));
    });

  const failed = detail?.operations.filter((op) => op.state === 'failed' || op.state === 'unknown') ?? [];
  const done = progress?.done ?? 0;
  const total = progress?.total ?? counts?.total ?? 0;
  const pauseOrResume =
    state === 'paused' ? (
      <button type="button" className="button" onClick={() => act(() => noc.invoke('bulk:resume', { jobId }))}>
        {t('bulk.resume')}
      </button>
    ) : (
      <button type="button" className="button" onClick={() => act(() => noc.invoke('bulk:pause', { jobId }))}>
        {t('bulk.pause')}
      </button>
    );
  return (
    <section className="bulk-job" aria-label={t('bulk.jobTitle')} tabIndex={-1}>
      {/* the live lines change length as the job runs; the buttons sit in the footer, so they never move */}
      <div className="bulk-scroll">
        <h2>{job ? localized(job.title) : t('bulk.jobTitle')}</h2>
        <p role="status" className="bulk-summary-line" data-state={state}>
          {t(`bulk.state.${state}`)}
          {counts
            ? ` · ${t('bulk.countsLine', {
                applied: number.format(counts.applied),
                failed: number.format(counts.failed + counts.unknown),
                skipped: number.format(counts.skipped),
                cancelled: number.format(counts.cancelled),
              })}`
            : ''}
        </p>
        {!finished ? (
          <>
            <progress aria-label={t('bulk.progress')} value={done} max={Math.max(total, 1)} />
            {state === 'running' ? <JobWaits jobId={jobId} /> : null}
            <p className="hint">
              {t('bulk.progressLine', {
                done: number.format(done),
                total: number.format(total),
                rate: (progress?.ratePerSecond ?? 0).toFixed(1),
              })}
              {finishesAt ? ` · ${t('bulk.eta', { time: clockTime(finishesAt, now, locale()) })}` : ''}
            </p>
          </>
        ) : failed.length > 0 ? (
          <details open>
            <summary>{t('bulk.failedTitle', { n: number.format(failed.length) })}</summary>
            <ul className="bulk-list">
              {failed.slice(0, 200).map((op) => (
                <li key={op.index}>
                  <strong>{op.label}</strong>:{' '}
                  {op.outcome?.text
                    ? renderText(op.outcome.text)
                    : (op.outcome?.platformMessage ?? op.outcome?.message ?? '')}
                  {op.outcome?.violations.map((violation) => ` · ${violation.field}: ${violation.message}`).join('')}
                  {op.outcome?.noteText
                    ? ` (${renderText(op.outcome.noteText)})`
                    : op.outcome?.note
                      ? ` (${op.outcome.note})`
                      : ''}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
      <div className="bulk-footer" role="group" aria-label={t('bulk.jobActions')}>
        {!finished ? (
          <>
            {pauseOrResume}
            <button
              type="button"
              className="button danger"
              onClick={() => act(() => noc.invoke('bulk:cancel', { jobId }))}
            >
              {t('bulk.cancel')}
            </button>
          </>
        ) : (
          <>
            {failed.length > 0 ? (
              <button
                type="button"
                className="button"
                onClick={() => void useBulkStore.getState().follow(noc.invoke('bulk:retry-failed', { jobId }))}
              >
                {t('bulk.retryFailed')}
              </button>
            ) : null}
            {job?.undoAvailable ? (
              <button
                type="button"
                className="button"
                onClick={() => void useBulkStore.getState().follow(noc.invoke('bulk:plan-undo', { jobId }))}
              >
                {t('bulk.undo')}
              </button>
            ) : null}
            {job ? <ResumeJob job={{ ...job, state, counts: counts ?? job.counts }} /> : null}
            <button type="button" className="button" onClick={exportAudit}>
              {t('bulk.exportAudit')}
            </button>
            <button type="button" className="button ghost" onClick={() => useBulkStore.getState().open(null)}>
              {t('bulk.close')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
