import { useTranslation } from 'react-i18next';
import type { BulkJobPlan, BulkValue } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { locale } from '../i18n/index.ts';
import { noc } from '../noc.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { clockTime } from './clock.ts';

function show(value: BulkValue): string {
  return value === null || value === '' ? '∅' : String(value);
}

const PREVIEW_ROWS = 500;

/** Exactly what will be sent (row, field, old → new), what is skipped and why, and how long it will take. */
export function PlanPreview({
  plan,
  fieldLabels,
}: {
  plan: BulkJobPlan;
  fieldLabels: Record<string, string>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(locale());
  const seconds = Math.max(1, Math.round(plan.estimate.durationMs / 1000));
  const count = plan.operations.length;
  const budget = plan.estimate.budget;
  const apply = (): void => {
    if (window.confirm(localized(plan.confirmation))) void useBulkStore.getState().apply(plan);
  };
  return (
    <section className="bulk-preview" aria-label={t('bulk.previewTitle')}>
      <h2>{localized(plan.title)}</h2>
      <p role="status" className="bulk-summary-line">
        {t('bulk.previewCounts', { changes: number.format(count), skipped: number.format(plan.skipped.length) })}
      </p>
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
          <h3 className="subheading">{t('bulk.conflicts', { n: plan.conflicts.length })}</h3>
          <ul>
            {plan.conflicts.slice(0, 50).map((conflict) => (
              <li key={`${conflict.target}|${conflict.field}`}>
                {t('bulk.conflictLine', {
                  label: conflict.label,
                  field: conflict.field,
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
            (op.changes.length > 0 ? op.changes : [{ field: op.method, old: null, new: null }]).map((change, index) => (
              <tr key={`${op.index}-${index}`}>
                <td>
                  {index === 0 ? op.label : ''}
                  {index === 0 && op.rule ? <small className="hint row-rule">{localized(op.rule)}</small> : null}
                </td>
                <td>{fieldLabels[change.field] ?? change.field}</td>
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
      <div className="form-actions">
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            void noc.invoke('bulk:discard', { jobId: plan.jobId }).catch(() => undefined);
            useBulkStore.getState().open(null);
          }}
        >
          {t('bulk.discard')}
        </button>
        <button type="button" className="button primary" disabled={count === 0} onClick={apply}>
          {t('bulk.apply', { n: number.format(count) })}
        </button>
      </div>
    </section>
  );
}
