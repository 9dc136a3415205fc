import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlatformSchemaView, SchemaResourceView } from '../../../src-preload/contract/index.ts';
import { formatTime, localized } from '../grid/format.ts';
import { describeError, noc } from '../noc.ts';
import { SchemaResource } from './SchemaResource.tsx';

/**
 * The platform schema of the profile on screen, for support: what the platform documents about each resource,
 * and every place where our built-in assumptions differ, so it is clear why a column or action behaves as it does.
 */
export function PlatformSchemaDialog(props: { open: boolean; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [view, setView] = useState<PlatformSchemaView | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = (): void => {
    noc
      .invoke('schema:view', {})
      .then((next) => {
        setView(next);
        setError(null);
      })
      .catch((failure: unknown) => setError(describeError(failure)));
  };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) {
      element.showModal();
      load();
    } else if (!props.open && element.open) element.close();
  }, [props.open]);

  const refresh = (): void => {
    setBusy(true);
    noc
      .invoke('schema:refresh', {})
      .then(() => load())
      .catch((failure: unknown) => setError(describeError(failure)))
      .finally(() => setBusy(false));
  };

  const keyOf = (resource: SchemaResourceView): string => resource.type ?? resource.registry ?? '';
  const current = view?.resources.find((resource) => keyOf(resource) === selected) ?? view?.resources[0] ?? null;
  const status = view?.status;

  return (
    <dialog ref={dialog} className="dialog wide schema-dialog" aria-labelledby="schema-title" onClose={props.onClose}>
      <div className="dialog-header">
        <h2 id="schema-title">{t('schema.title')}</h2>
        <button type="button" className="button" disabled={busy} onClick={refresh}>
          {busy ? t('schema.reading') : t('schema.refresh')}
        </button>
        <button type="button" className="button ghost" aria-label={t('schema.close')} onClick={props.onClose}>
          ✕
        </button>
      </div>
      {error ? <p className="form-error">{error}</p> : null}
      {!view && !error ? <p className="hint">{t('schema.none')}</p> : null}
      {status ? (
        <p className="schema-status" role="status">
          {status.basis === 'assumed'
            ? t('schema.fieldsAssumed')
            : t('schema.documented', {
                sources: [
                  status.hydra ? 'Hydra' : null,
                  status.openApiVersion ? `OpenAPI ${status.openApiVersion}` : null,
                ]
                  .filter(Boolean)
                  .join(' + '),
              })}{' '}
          {status.fetchedAt !== null ? t('schema.readAt', { time: formatTime(status.fetchedAt) }) : null}{' '}
          {status.fromCache ? t('schema.fromCache') : null}{' '}
          {status.problems.map((problem) => t(`schema.problem.${problem}`)).join(' ')}
        </p>
      ) : null}
      {view ? (
        <div className="schema-layout">
          <ul className="schema-resources" aria-label={t('schema.resources')}>
            {view.resources.map((resource) => (
              <li key={keyOf(resource)}>
                <button
                  type="button"
                  className="sidebar-item"
                  aria-current={current && keyOf(current) === keyOf(resource) ? 'true' : undefined}
                  onClick={() => setSelected(keyOf(resource))}
                >
                  {localized(resource.label)}
                  {resource.differences.length > 0 ? (
                    <span
                      className="schema-badge"
                      title={t('schema.differencesCount', { count: resource.differences.length })}
                    >
                      {resource.differences.length}
                    </span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
          {current ? <SchemaResource resource={current} /> : null}
        </div>
      ) : null}
    </dialog>
  );
}
