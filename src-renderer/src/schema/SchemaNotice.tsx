import { useTranslation } from 'react-i18next';
import { formatTime, localized } from '../grid/format.ts';
import { useSchemaStore } from '../state/schema-store.ts';

/**
 * Says where the field names of the grids come from when it is not the platform's current documentation: the
 * built-in model (fields assumed), or the documentation as of the last connection; and which registry fields the
 * platform has no field for (shown instead: the platform's own fields).
 */
export function SchemaNotice(props: { resourceLabel: string; onOpenSchema?: () => void }): React.JSX.Element | null {
  const { t } = useTranslation();
  const status = useSchemaStore((state) => state.status);
  if (!status) return null;
  const unresolved = status.unresolved.filter((entry) => localized(entry.resource) === props.resourceLabel);
  const messages: string[] = [];
  if (status.basis === 'assumed') messages.push(t('schema.fieldsAssumed'));
  else if (status.fromCache && status.fetchedAt !== null)
    messages.push(t('schema.asOf', { time: formatTime(status.fetchedAt) }));
  if (unresolved.length > 0)
    messages.push(t('schema.unresolved', { fields: unresolved.map((entry) => entry.field).join(', ') }));
  if (messages.length === 0) return null;
  return (
    <div role="note" className="notice warning schema-notice">
      {messages.join(' ')}
      {props.onOpenSchema ? (
        <button type="button" className="button ghost" onClick={props.onOpenSchema}>
          {t('schema.open')}
        </button>
      ) : null}
    </div>
  );
}
