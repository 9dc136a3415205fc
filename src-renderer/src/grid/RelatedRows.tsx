import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelatedQuery, RelatedRows as Related, Row } from '../../../src-preload/contract/index.ts';
import { describeError, noc } from '../noc.ts';
import { descriptorFor, useResourcesStore } from '../state/resources-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { isResourceViewId } from '../views/resource-views.ts';
import { formatValue, iriLabel, localized } from './format.ts';

const SHOWN = 50;

function collectionOf(iri: unknown): string | null {
  return typeof iri === 'string' ? iri.replace(/\/[0-9]+$/, '') : null;
}

/** What can be asked about this item with one filtered request: its numbers, its device, the other pools' blocks. */
function queriesFor(row: Row): { key: string; query: RelatedQuery }[] {
  const iri = typeof row['@id'] === 'string' ? row['@id'] : null;
  const collection = collectionOf(iri);
  if (!iri) return [];
  if (collection === '/orders') return [{ key: 'numbersOfOrder', query: { kind: 'numbers-of-order', iri } }];
  if (collection === '/number-blocks') {
    return [
      { key: 'numbersOfBlock', query: { kind: 'numbers-of-block', iri } },
      { key: 'blocksOutsidePool', query: { kind: 'blocks-outside-pool', iri } },
    ];
  }
  if (collection === '/tracking-device-outages') {
    const report = descriptorFor('/tracking-devices')?.tabs.find((tab) => tab.id === 'outage-report');
    const field =
      report?.columns.find((column) => (column.logical ?? column.field) === 'unitCode')?.field ?? 'unitCode';
    const unitCode = row[field];
    if (typeof unitCode === 'string' && unitCode)
      return [{ key: 'deviceByUnitCode', query: { kind: 'devices-by-unit-code', unitCode } }];
  }
  return [];
}

/** Buttons in the detail panel for the rows related to the item shown, and the rows once asked for. */
export function RelatedRows({ row }: { row: Row }): React.JSX.Element | null {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ key: string; related: Related | null; error: string | null } | null>(null);
  const descriptors = useResourcesStore((state) => state.descriptors);
  const queries = queriesFor(row);
  if (queries.length === 0) return null;

  const ask = (key: string, query: RelatedQuery): void => {
    setResult({ key, related: null, error: null });
    noc
      .invoke('platform:related', query)
      .then((related) => setResult({ key, related, error: null }))
      .catch((failure: unknown) => setResult({ key, related: null, error: describeError(failure) }));
  };

  const related = result?.related ?? null;
  const target = related ? descriptors.find((descriptor) => descriptor.id === related.resource) : undefined;
  const shownColumns = target?.columns.filter((column) => column.visible && column.type !== 'iri').slice(0, 2) ?? [];
  return (
    <div className="related-rows">
      {queries.map(({ key, query }) => (
        <button key={key} type="button" className="button" onClick={() => ask(key, query)}>
          {t(`related.${key}`)}
        </button>
      ))}
      {result && !result.related && !result.error ? <p className="hint">{t('related.loading')}</p> : null}
      {result?.error ? <p className="form-error">{result.error}</p> : null}
      {related ? (
        <>
          <p className="hint" role="status">
            {t(related.filter ? 'related.countPlatform' : 'related.countCache', { count: related.rows.length })}
          </p>
          <ul className="related-list" aria-label={t(`related.${result!.key}`)}>
            {related.rows.slice(0, SHOWN).map((item) => (
              <li key={String(item['@id'])}>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    if (isResourceViewId(related.resource))
                      useUiStore.getState().selectView(related.resource, String(item['@id']));
                  }}
                >
                  {shownColumns.map((column) => formatValue(item[column.field], column.type)).join(' · ') ||
                    iriLabel(String(item['@id']), target ? localized(target.singular) : t('detail.linkedItem'))}
                </button>
              </li>
            ))}
          </ul>
          {related.rows.length > SHOWN ? (
            <p className="hint">{t('related.more', { count: related.rows.length - SHOWN })}</p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
