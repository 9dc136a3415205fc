import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkJobPlan, BulkValue } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { locale } from '../i18n/index.ts';
import { noc } from '../noc.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { ChangeSummary } from './ChangeSummary.tsx';
import { clockTime } from './clock.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { HiddenSelection } from './HiddenSelection.tsx';
import { writtenValueText } from './written-value.ts';

const show = (value: BulkValue): string => writtenValueText(value, '∅');

const PREVIEW_ROWS = 500;

/**
 * Exactly what will be sent (a summary by old → new value, then row, field, old → new), what is skipped and why,
 * and how long it will take; the count with Apply and Discard stay in view below however long the list is.
 */
export function PlanPreview({
  plan,
  fieldLabels,
  hidden = 0,
}: {
  plan: BulkJobPlan;
  fieldLabels: Record<string, string>;
  /** Selected rows the filter hides, left out of this job. */
  hidden?: number;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const number = new Intl.NumberFormat(locale());
  const seconds = Math.max(1, Math.round(plan.estimate.durationMs / 1000));
  const count = plan.operations.length;
  const budget = plan.estimate.budget;
  const discard = (): void => {
    void noc.invoke('bulk:discard', { jobId: plan.jobId }).catch(() => undefined);
    useBulkStore.getState().open(null);
  };
  return (
    <section className="bulk-preview" aria-label={t('bulk.previewTitle')} tabIndex={-1}>
      {/* scrolls by itself: focusable, so the keyboard can scroll it too */}
      <div className="bulk-scroll" tabIndex={0} role="group" aria-label={t('bulk.changesList')}>
        <h2>{localized(plan.title)}</h2>
        <p role="status" className="bulk-summary-line">
          {t('bulk.previewCounts', { changes: number.format(count), skipped: number.format(plan.skipped.length) })}
        </p>
        <HiddenSelection hidden={hidden} />
        <ChangeSummary operations={plan.operations} fieldLabels={fieldLabels} />
        <p className="hint">
          {t('bulk.estimate', {
            requests: number.format(plan.estimate.requests),
            seconds: number.format(seconds),
            time: clockTime(plan.estimate.finishesAt, plan.createdAt, locale()),
            concurrency: plan.estimate.concurrency,
          })}
        </p>
        {budget?.resetsAt ? (
          <p role="alert" className="form-error">
            {t(`bulk.budgetRunsOut.${budget.window}`, {
              out: clockTime(budget.runsOutAt, plan.createdAt, locale()),
              reset: clockTime(budget.resetsAt, plan.createdAt, locale()),
              end: clockTime(plan.estimate.finishesAt, plan.createdAt, locale()),
            })}
          </p>
        ) : plan.estimate.warning ? (
          <p role="alert" className="form-error">
            {localized(plan.estimate.warning)}
          </p>
        ) : null}
        {plan.notes.map((note, index) => (
          <p key={index} className="hint">
            {localized(note)}
          </p>
        ))}
        {plan.conflicts.length > 0 ? (
          <div className="bulk-conflicts">
            <h3>{t('bulk.conflicts', { n: plan.conflicts.length })}</h3>
            <ul>
              {plan.conflicts.slice(0, 50).map((conflict) => (
                <li key={`${conflict.target}|${conflict.field}`}>
                  {t('bulk.conflictLine', {
                    label: conflict.label,
                    field: fieldLabels[conflict.field] ?? conflict.field,
                    ours: show(conflict.ours),
                    current: show(conflict.current),
                  })}
                  {conflict.forced ? ` · ${t('bulk.forced')}` : ''}
                </li>
              ))}
            </ul>
            {plan.kind === 'undo' && plan.parentJobId && !plan.conflicts.every((conflict) => conflict.forced) ? (
              <button
                type="button"
                className="button"
                onClick={() =>
                  void useBulkStore
                    .getState()
                    .follow(noc.invoke('bulk:plan-undo', { jobId: plan.parentJobId!, force: true }))
                }
              >
                {t('bulk.forceUndo')}
              </button>
            ) : null}
          </div>
        ) : null}
        <table className="bulk-table" aria-label={t('bulk.changes')}>
          <thead>
            <tr>
              <th>{t('bulk.row')}</th>
              <th>{t('bulk.field')}</th>
              <th>{t('bulk.oldValue')}</th>
              <th>{t('bulk.newValue')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.operations.slice(0, PREVIEW_ROWS).flatMap((op) =>
              (op.changes.length > 0 ? op.changes : [{ field: '', old: null, new: null }]).map((change, index) => (
                <tr key={`${op.index}-${index}`}>
                  <td>
                    {index === 0 ? op.label : ''}
                    {index === 0 && op.rule ? <small className="hint row-rule">{localized(op.rule)}</small> : null}
                  </td>
                  <td>{op.changes.length > 0 ? (fieldLabels[change.field] ?? change.field) : ''}</td>
                  <td className="old">{op.changes.length > 0 ? show(change.old) : ''}</td>
                  <td className="new">{op.changes.length > 0 ? show(change.new) : ''}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
        {count > PREVIEW_ROWS ? (
          <p className="hint">{t('bulk.moreRows', { n: number.format(count - PREVIEW_ROWS) })}</p>
        ) : null}
        {plan.skipped.length > 0 ? (
          <details open={plan.skipped.length <= 20}>
            <summary>{t('bulk.skippedTitle', { n: number.format(plan.skipped.length) })}</summary>
            <ul className="bulk-list">
              {plan.skipped.slice(0, PREVIEW_ROWS).map((op) => (
                <li key={op.index}>
                  {op.label}: {op.skip ? localized(op.skip.reason) : ''}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {plan.lines.length > 0 ? (
          <details open>
            <summary>{t('bulk.linesTitle', { n: number.format(plan.lines.length) })}</summary>
            <ul className="bulk-list">
              {plan.lines.map((line) => (
                <li key={line.line}>
                  {t('bulk.line', { line: line.line })}: <code>{line.text}</code> — {localized(line.message)}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
      <div className="bulk-footer" role="group" aria-label={t('bulk.footer')}>
        <span className="bulk-footer-count">{t('bulk.footerCount', { count })}</span>
        <button type="button" className="button ghost" onClick={discard}>
          {t('bulk.discard')}
        </button>
        <button type="button" className="button primary" disabled={count === 0} onClick={() => setConfirming(true)}>
          {t('bulk.apply', { count })}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={localized(plan.confirmation)}
        count={count}
        confirmLabel={t('bulk.apply', { count })}
        onConfirm={() => {
          setConfirming(false);
          void useBulkStore.getState().apply(plan);
        }}
      >
        <p>
          {t('bulk.estimate', {
            requests: number.format(plan.estimate.requests),
            seconds: number.format(seconds),
            time: clockTime(plan.estimate.finishesAt, plan.createdAt, locale()),
            concurrency: plan.estimate.concurrency,
          })}
        </p>
        {hidden > 0 ? <p>{t('bulk.hiddenSelected', { count: hidden })}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
