import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDescriptor, LookupTables, Row } from '../../../src-preload/contract/index.ts';
import { describeError, noc } from '../noc.ts';
import { descriptorFor } from '../state/resources-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { isResourceViewId, type ResourceViewId } from '../views/resource-views.ts';
import { columnLookup, fieldName, formatValue, iriLabel, localized, looksLikeIri, nameFromLookups } from './format.ts';
import { RelatedRows } from './RelatedRows.tsx';
import { TechnicalDetails } from '../i18n/TechnicalDetails.tsx';

interface Props {
  row: Row | null;
  columns: readonly ColumnDescriptor[];
  lookups: LookupTables;
  onClose: () => void;
  /** Shown under the fields of the row (its related rows, row actions). */
  extra?: React.ReactNode;
}

type Linked = { iri: string; row: Row | null; error: string | null };

/** A field's value as the panel shows it: IRIs by the name a lookup knows, else as "Customer 1096". */
function fieldText(value: unknown, kind: string, column: ColumnDescriptor | undefined, lookups: LookupTables): string {
  const own = column ? columnLookup(column, lookups) : undefined;
  const named = (iri: string): string => own?.[iri] ?? nameFromLookups(iri, lookups) ?? iriLabel(iri, kind);
  if (looksLikeIri(value)) return named(value);
  if (Array.isArray(value) && value.length > 0 && value.every(looksLikeIri)) return value.map(named).join(', ');
  return column ? formatValue(value, column.type, own, kind) : formatValue(value, 'unknown');
}

/** Every field of the selected row, unknown ones included; IRIs to other resources are links. Keyed by row. */
export function DetailPanel({ row, columns, lookups, onClose, extra }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const [trail, setTrail] = useState<Linked[]>([]);

  const follow = (iri: string): void => {
    setTrail((previous) => [...previous, { iri, row: null, error: null }]);
    noc
      .invoke('platform:get-item', { iri })
      .then((item) =>
        setTrail((previous) => previous.map((entry) => (entry.iri === iri ? { ...entry, row: item } : entry))),
      )
      .catch((failure: unknown) =>
        setTrail((previous) =>
          previous.map((entry) => (entry.iri === iri ? { ...entry, error: describeError(failure) } : entry)),
        ),
      );
  };

  const linked = trail.at(-1);
  const linkedView = linked ? descriptorFor(linked.iri.slice(0, linked.iri.lastIndexOf('/'))) : undefined;
  const shown = linked ? linked.row : row;
  const known = new Map(columns.map((column) => [column.field, column]));
  const linkedTitle = linkedView ? localized(linkedView.singular) : t('detail.linkedItem');

  return (
    <aside className="detail-panel" aria-label={t('detail.title')}>
      <div className="detail-header">
        <h2 title={linked ? iriLabel(linked.iri, linkedTitle) : undefined}>
          {linked ? linkedTitle : t('detail.title')}
        </h2>
        {linked ? (
          <button type="button" className="button ghost" onClick={() => setTrail((previous) => previous.slice(0, -1))}>
            {t('detail.back')}
          </button>
        ) : row ? (
          <button type="button" className="button ghost" aria-label={t('detail.close')} onClick={onClose}>
            ✕
          </button>
        ) : null}
      </div>
      {linked && linkedView && isResourceViewId(linkedView.id) ? (
        <button
          type="button"
          className="button"
          onClick={() => useUiStore.getState().selectView(linkedView.id as ResourceViewId, linked.iri)}
        >
          {t('detail.showInGrid', { view: localized(linkedView.label) })}
        </button>
      ) : null}
      {linked?.error ? <p className="form-error">{linked.error}</p> : null}
      {linked && !linked.row && !linked.error ? <p className="hint">{t('detail.loadingLink')}</p> : null}
      {!shown && !linked ? <p className="hint">{t('detail.none')}</p> : null}
      {shown ? <RelatedRows key={String(shown['@id'])} row={shown} /> : null}
      {shown ? (
        <dl className="detail-fields">
          {Object.entries(shown)
            .filter(([field]) => !field.startsWith('@'))
            .map(([field, value]) => {
              const column = linked ? undefined : known.get(field);
              const kind = column ? localized(column.label) : fieldName(field);
              const text = fieldText(value, kind, column, lookups);
              return (
                <div key={field} className="detail-field" data-known={column ? 'true' : 'false'}>
                  <dt>{kind}</dt>
                  <dd>
                    {looksLikeIri(value) ? (
                      <button
                        type="button"
                        className="link"
                        onClick={() => follow(value)}
                        title={t('detail.openLink', { item: iriLabel(value, kind) })}
                      >
                        {text}
                      </button>
                    ) : text === '' ? (
                      <span className="hint">{t('detail.empty')}</span>
                    ) : (
                      text
                    )}
                  </dd>
                </div>
              );
            })}
        </dl>
      ) : null}
      {shown ? (
        <TechnicalDetails>
          <dl className="detail-fields">
            {Object.entries(shown).map(([field, value]) => {
              const column = linked ? undefined : known.get(field);
              return (
                <div key={field} className="detail-field">
                  <dt>
                    {field}
                    {!field.startsWith('@') && !linked ? (
                      <span className="hint" data-origin={column?.origin ?? 'observed'}>
                        {' · '}
                        {column?.origin === 'documented'
                          ? t('schema.declared')
                          : column?.origin === 'assumed'
                            ? t('schema.assumedField')
                            : t('schema.notDeclared')}
                        {!column || column.binding === 'platform' ? ` · ${t('detail.unknownField')}` : ''}
                      </span>
                    ) : null}
                  </dt>
                  {field.startsWith('@') || looksLikeIri(value) ? <dd>{String(value)}</dd> : null}
                </div>
              );
            })}
          </dl>
        </TechnicalDetails>
      ) : null}
      {linked ? null : extra}
    </aside>
  );
}
