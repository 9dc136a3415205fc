import { useTranslation } from 'react-i18next';
import type { SchemaResourceView } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';

/** One resource as the platform describes it: operations, paging, filters, fields, and where we assumed otherwise. */
export function SchemaResource({ resource }: { resource: SchemaResourceView }): React.JSX.Element {
  const { t } = useTranslation();
  const yes = (value: boolean): string => (value ? t('common.yes') : t('common.no'));
  return (
    <section className="schema-resource" aria-label={localized(resource.label)}>
      <h3>
        {localized(resource.label)}
        {resource.type ? <span className="hint"> · {resource.type}</span> : null}
      </h3>
      <p className="hint">
        {t(`schema.origin.${resource.origin}`)} ·{' '}
        {t('schema.operations', {
          list: resource.operations.map((operation) => t(`schema.operation.${operation}`)).join(', '),
        })}
        {resource.itemsPerPage.maximum !== null
          ? ` · ${t('schema.pageSize', { max: resource.itemsPerPage.maximum })}`
          : null}
      </p>
      {resource.differences.length > 0 ? (
        <>
          <h4>{t('schema.differences')}</h4>
          <ul className="schema-differences">
            {resource.differences.map((difference, at) => (
              <li key={at}>
                {t(`schema.difference.${difference.kind}`, {
                  field: difference.field ?? '',
                  ours: difference.ours ?? '',
                  theirs: difference.theirs ?? '',
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>{t('schema.filters')}</h4>
      {resource.filters.length === 0 ? (
        <p className="hint">{t('schema.noFilters')}</p>
      ) : (
        <p>
          {resource.filters
            .map(
              (filter) =>
                `${filter.name} (${filter.type}${filter.origin === 'documented' ? '' : `, ${t(`schema.origin.${filter.origin}`)}`})`,
            )
            .join(' · ')}
        </p>
      )}
      <h4>{t('schema.fields')}</h4>
      <table className="bulk-table schema-fields">
        <thead>
          <tr>
            <th>{t('schema.column.name')}</th>
            <th>{t('schema.column.type')}</th>
            <th>{t('schema.column.values')}</th>
            <th>{t('schema.column.writable')}</th>
            <th>{t('schema.column.creatable')}</th>
            <th>{t('schema.column.required')}</th>
            <th>{t('schema.column.maxLength')}</th>
            <th>{t('schema.column.source')}</th>
            <th>{t('schema.column.ours')}</th>
          </tr>
        </thead>
        <tbody>
          {resource.fields.map((field) => (
            <tr key={field.name} data-origin={field.origin}>
              <td>{field.name}</td>
              <td>
                {field.type === 'link' && field.relation ? t('schema.linkTo', { target: field.relation }) : field.type}
                {field.nullable ? ` · ${t('schema.nullable')}` : ''}
              </td>
              <td>{field.enum?.join(', ') ?? ''}</td>
              <td>{yes(field.writable)}</td>
              <td>{yes(field.creatable)}</td>
              <td>{yes(field.required)}</td>
              <td>{field.maxLength ?? ''}</td>
              <td>{t(`schema.origin.${field.origin}`)}</td>
              <td>{field.logical && field.logical !== field.name ? field.logical : field.logical ? '=' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
