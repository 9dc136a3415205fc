import { useEffect, useId, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkValuesInUse } from '../../../src-preload/contract/index.ts';
import { noc } from '../noc.ts';

type Values = BulkValuesInUse['values'];

const KEEP_MS = 30_000;
const known = new Map<string, { at: number; values: Promise<Values> }>();

/** The values a field holds in the cached rows (main reads the cache), most used first; kept for 30 s. */
function valuesInUse(resource: string, field: string): Promise<Values> {
  const key = `${resource}\u0000${field}`;
  const hit = known.get(key);
  if (hit && Date.now() - hit.at < KEEP_MS) return hit.values;
  const values = noc
    .invoke('bulk:values-in-use', { resource, field })
    .then((answer) => answer.values)
    .catch(() => [] as Values);
  known.set(key, { at: Date.now(), values });
  return values;
}

export function useValuesInUse(resource: string, field: string | null): Values {
  const [values, setValues] = useState<Values>([]);
  useEffect(() => {
    if (field === null) return;
    let live = true;
    void valuesInUse(resource, field).then((loaded) => live && setValues(loaded));
    return () => {
      live = false;
    };
  }, [resource, field]);
  return field === null ? [] : values;
}

/**
 * A text input that offers the values in use for its field (a native datalist: the browser's own accessible
 * combobox, filtered as the operator types), each with how many rows hold it.
 */
export function SuggestedInput({
  resource,
  field,
  label,
  value,
  onChange,
  ...rest
}: {
  resource: string;
  /** The field whose values are offered (the registry's or the platform's name); null offers none. */
  field: string | null;
  label: string;
  value: string;
  onChange: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'list'>): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const values = useValuesInUse(resource, field);
  return (
    <label>
      {label}
      <input
        {...rest}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        list={values.length > 0 ? id : undefined}
        autoComplete="off"
      />
      {values.length > 0 ? (
        <datalist id={id}>
          {values.map((entry) => (
            <option key={entry.value} value={entry.value} label={t('bulk.inUse', { count: entry.count })} />
          ))}
        </datalist>
      ) : null}
    </label>
  );
}
