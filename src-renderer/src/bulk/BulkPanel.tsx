import { useTranslation } from 'react-i18next';
import type { LookupTables, ResourceDescriptor } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { ActionParams } from './ActionParams.tsx';
import { JobView } from './JobView.tsx';
import { PlanPreview } from './PlanPreview.tsx';

/** The side panel of a bulk action: parameters, then preview, then live progress, then the summary. */
export function BulkPanel({
  descriptor,
  lookups,
}: {
  descriptor: ResourceDescriptor;
  lookups: LookupTables;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const step = useBulkStore((state) => state.step);
  const error = useBulkStore((state) => state.error);
  if (!step) return null;
  const fieldLabels = Object.fromEntries(descriptor.columns.map((column) => [column.field, localized(column.label)]));
  const action =
    step.kind === 'params' ? descriptor.actions.find((candidate) => candidate.id === step.action) : undefined;
  return (
    <aside className="bulk-panel" aria-label={t('bulk.panel')}>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {step.kind === 'params' && action ? (
        <ActionParams descriptor={descriptor} action={action} targets={step.targets} lookups={lookups} />
      ) : null}
      {step.kind === 'preview' ? <PlanPreview plan={step.plan} fieldLabels={fieldLabels} /> : null}
      {step.kind === 'job' ? <JobView jobId={step.jobId} /> : null}
    </aside>
  );
}
