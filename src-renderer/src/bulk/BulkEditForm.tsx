import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WritableFieldDescriptor } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { ParamsForm, type FormProps } from './params-form.tsx';
import { SuggestedInput } from './suggestions.tsx';

/** The input for a value of one writable field, as its schema describes it. */
export function ValueInput(props: {
  /** The resource whose cached rows suggest the values in use (text fields). */
  resource: string;
  field: WritableFieldDescriptor;
  value: string;
  onChange: (value: string) => void;
  label: string;
  required?: boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { field, value, onChange } = props;
  const required = props.required ?? false;
  if (field.kind === 'enum' || field.kind === 'boolean') {
    const options =
      field.kind === 'enum'
        ? (field.options ?? []).map((o) => ({ value: o, label: o }))
        : [
            { value: 'true', label: t('bulk.yes') },
            { value: 'false', label: t('bulk.no') },
          ];
    return (
      <label>
        {props.label}
        <select value={value} onChange={(event) => onChange(event.target.value)} required={required}>
          <option value="">{field.nullable ? t('bulk.emptyValue') : t('bulk.chooseValue')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (field.kind === 'datetime' || field.kind === 'number')
    return (
      <label>
        {props.label}
        <input
          type={field.kind === 'datetime' ? 'datetime-local' : 'number'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
        />
      </label>
    );
  return (
    <SuggestedInput
      resource={props.resource}
      // an IRI field's values are links, not words an operator picks from
      field={field.kind === 'iri' ? null : field.field}
      label={props.label}
      value={value}
      onChange={onChange}
      required={required}
      inputMode={field.kind === 'phone' ? 'tel' : undefined}
    />
  );
}

/** A datetime-local input's value as an instant; other values as typed. */
const typedValue = (field: WritableFieldDescriptor, value: string): string =>
  field.kind === 'datetime' && value !== '' ? new Date(value).toISOString() : value;

/**
 * bulk-edit (and edit-cell from the menu): one field the platform lets us write, and its new value for every
 * selected row. Empty clears a field that may be empty; main checks the value against the platform's schema
 * before anything is sent.
 */
export function BulkEditForm(p: FormProps<'bulk-edit' | 'edit-cell'>): React.JSX.Element {
  const { t } = useTranslation();
  const fields = p.descriptor.writable;
  const [name, setName] = useState(fields[0]?.field ?? '');
  const [value, setValue] = useState('');
  const field = fields.find((f) => f.field === name);
  return (
    <ParamsForm
      action={p.action}
      label={p.label}
      footer={p.footer}
      onSubmit={() => field && p.send(p.targets, { field: field.field, value: typedValue(field, value) })}
    >
      {p.children}
      <label>
        {t('bulk.editField')}
        <select
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setValue('');
          }}
        >
          {fields.map((f) => (
            <option key={f.field} value={f.field}>
              {localized(f.label)}
            </option>
          ))}
        </select>
      </label>
      {field ? (
        <>
          <ValueInput
            resource={p.descriptor.id}
            field={field}
            value={value}
            onChange={setValue}
            label={t('bulk.editValue')}
          />
          <p className="hint">
            {field.nullable ? t('bulk.emptyClears') : t('bulk.cannotBeEmpty')}
            {field.maxLength ? ` ${t('bulk.maxLength', { n: field.maxLength })}` : ''}
          </p>
        </>
      ) : null}
    </ParamsForm>
  );
}
