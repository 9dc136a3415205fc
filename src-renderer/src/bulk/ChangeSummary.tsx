import { useTranslation } from 'react-i18next';
import type { BulkOperation } from '../../../src-preload/contract/index.ts';
import { summarizeChanges, type FromCount } from './change-summary.ts';
import { writtenValueText } from './written-value.ts';

/** Above the row list: what the job does, grouped by old → new value ("118 empty, 40 IT, 22 Sales → Logistiek-NL"). */
export function ChangeSummary({
  operations,
  fieldLabels,
}: {
  operations: readonly BulkOperation[];
  fieldLabels: Record<string, string>;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const { groups, moreGroups } = summarizeChanges(operations);
  if (groups.length === 0) return null;
  const from = (entry: FromCount): string =>
    entry.value === null
      ? t('bulk.summary.fromEmpty', { count: entry.count })
      : t('bulk.summary.from', { count: entry.count, value: writtenValueText(entry.value, '') });
  return (
    <ul className="bulk-change-summary" aria-label={t('bulk.summary.title')}>
      {groups.map((group) => (
        <li key={`${group.field}|${group.to ?? ''}`}>
          <span className="bulk-summary-field">{fieldLabels[group.field] ?? group.field}: </span>
          {[
            ...group.from.map(from),
            ...(group.others.rows > 0 ? [t('bulk.summary.others', { count: group.others.rows })] : []),
          ].join(', ')}
          {' → '}
          <strong>{writtenValueText(group.to, t('bulk.summary.empty'))}</strong>
        </li>
      ))}
      {moreGroups > 0 ? <li className="hint">{t('bulk.summary.moreGroups', { count: moreGroups })}</li> : null}
    </ul>
  );
}
