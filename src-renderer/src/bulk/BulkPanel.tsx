import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LookupTables, ResourceDescriptor } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { ActionParams } from './ActionParams.tsx';
import { JobView } from './JobView.tsx';
import { PlanPreview } from './PlanPreview.tsx';
import './bulk.css';

const FIELDS = 'input:not([type="hidden"]), select, textarea';

/**
 * Moves the focus into the panel at each step, so a keyboard user goes on where the work is: the form's first
 * field, or the preview or job itself (read from its top; Tab reaches its buttons).
 */
function useStepFocus(panel: React.RefObject<HTMLElement | null>, stepKey: string | null): void {
  useEffect(() => {
    if (stepKey === null) return;
    const frame = requestAnimationFrame(() => {
      const root = panel.current;
      if (!root || root.contains(document.activeElement)) return;
      const target =
        root.querySelector<HTMLElement>('form ' + FIELDS) ??
        root.querySelector<HTMLElement>('section[tabindex="-1"]') ??
        root.querySelector<HTMLElement>('form button[type="submit"]');
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [panel, stepKey]);
}

/** The side panel of a bulk action: parameters, then preview, then live progress, then the summary. */
export function BulkPanel({
  descriptor,
  lookups,
}: {
  descriptor: ResourceDescriptor;
  lookups: LookupTables;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const panel = useRef<HTMLElement>(null);
  const step = useBulkStore((state) => state.step);
  const error = useBulkStore((state) => state.error);
  const stepKey =
    step === null
      ? null
      : step.kind === 'params'
        ? `params:${step.action}`
        : step.kind === 'preview'
          ? `preview:${step.plan.jobId}`
          : `job:${step.jobId}`;
  useStepFocus(panel, stepKey);
  if (!step) return null;
  const fieldLabels = Object.fromEntries(descriptor.columns.map((column) => [column.field, localized(column.label)]));
  const action =
    step.kind === 'params' ? descriptor.actions.find((candidate) => candidate.id === step.action) : undefined;
  return (
    <aside className="bulk-panel" aria-label={t('bulk.panel')} ref={panel}>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {step.kind === 'params' && action ? (
        <ActionParams
          descriptor={descriptor}
          action={action}
          targets={step.targets}
          hidden={step.hidden ?? 0}
          lookups={lookups}
        />
      ) : null}
      {step.kind === 'preview' ? (
        <PlanPreview plan={step.plan} fieldLabels={fieldLabels} hidden={step.hidden ?? 0} />
      ) : null}
      {step.kind === 'job' ? <JobView jobId={step.jobId} /> : null}
    </aside>
  );
}
