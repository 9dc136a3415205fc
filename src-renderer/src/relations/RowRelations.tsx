import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceDescriptor, Row, SearchGroup } from '../../../src-preload/contract/index.ts';
import { windowState } from '../../../src-preload/contract/shared/deadlines.ts';
import { hitDetail, localized } from '../grid/format.ts';
import { describeError, noc } from '../noc.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { isResourceViewId } from '../views/resource-views.ts';
import { RowHistory } from './RowHistory.tsx';

/** "End now" for a time window that is running: its end becomes now, through the bulk engine's preview. */
function EndNow(props: { descriptor: ResourceDescriptor; row: Row }): React.JSX.Element | null {
  const { t } = useTranslation();
  const connected = useConnectionStore((state) => state.status.state === 'connected');
  // The moment the row was shown: the panel is built anew for every row.
  const [shownAt] = useState(() => Date.now());
  const window = props.descriptor.derived?.find((column) => column.kind === 'window-state');
  const endField = window?.endField;
  if (!window || !endField || !props.descriptor.actions.some((action) => action.id === 'edit-cell')) return null;
  if (windowState(props.row[window.field], props.row[endField], shownAt) !== 'active') return null;
  return (
    <button
      type="button"
      className="button"
      disabled={!connected}
      onClick={() =>
        void useBulkStore.getState().plan({
          resource: props.descriptor.id,
          action: 'edit-cell',
          targets: [String(props.row['@id'])],
          params: { field: endField, value: new Date().toISOString() },
        })
      }
    >
      {t('relations.endNow')}
    </button>
  );
}

/** The rows this row leads to (from the cache, relations followed in main), each opening its own grid. */
export function RowRelations(props: { descriptor: ResourceDescriptor; row: Row | null }): React.JSX.Element | null {
  const { t } = useTranslation();
  const iri = props.row ? String(props.row['@id']) : null;
  const [answer, setAnswer] = useState<{ iri: string; groups: SearchGroup[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!iri) return;
    let live = true;
    noc
      .invoke('search:related', { iri, limit: 10 })
      .then((result) => live && setAnswer({ iri, groups: result.groups }))
      .catch((failure: unknown) => live && setError(describeError(failure)));
    return () => {
      live = false;
    };
  }, [iri]);

  if (!props.row || !iri) return null;
  const groups = answer?.iri === iri ? answer.groups : [];
  return (
    <section className="row-relations" aria-label={t('relations.title')}>
      <EndNow descriptor={props.descriptor} row={props.row} />
      {groups.length > 0 ? <h3>{t('relations.title')}</h3> : null}
      {error ? <p className="form-error">{error}</p> : null}
      {groups.map((group) => (
        <div key={group.resource} className="relation-group">
          <h4>
            {localized(group.label)} <span className="count">{group.total}</span>
          </h4>
          <ul>
            {group.hits.map((hit) => {
              const view = isResourceViewId(hit.resource) ? hit.resource : null;
              return (
                <li key={hit.iri}>
                  {view ? (
                    <button
                      type="button"
                      className="link"
                      onClick={() => useUiStore.getState().selectView(view, hit.iri)}
                    >
                      {hit.label}
                    </button>
                  ) : (
                    <span>{hit.label}</span>
                  )}
                  {hit.detail ? <span className="hint"> · {hitDetail(hit.detail)}</span> : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <RowHistory
        iri={iri}
        fieldLabel={(field) => {
          const column = props.descriptor.columns.find((candidate) => candidate.field === field);
          return column ? localized(column.label) : field;
        }}
      />
    </section>
  );
}
