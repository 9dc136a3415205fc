import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkActionId, BulkActionParamsInput } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { normalizeQuickSearch } from '../grid/phone-search.ts';
import { BulkEditForm, ValueInput } from './BulkEditForm.tsx';
import { ParamsForm, type FormProps } from './params-form.tsx';
import { SuggestedInput } from './suggestions.tsx';
import { splitSizes, useBlockUsage } from '../relations/block-usage.ts';

/** Actions that need only the selected rows. */
function NoParams<A extends BulkActionId>(p: FormProps<A>): React.JSX.Element {
  return (
    <ParamsForm
      action={p.action}
      label={p.label}
      footer={p.footer}
      onSubmit={() => p.send(p.targets, {} as BulkActionParamsInput<A>)}
    >
      {p.children}
    </ParamsForm>
  );
}

function SetValue(p: FormProps<'set-cost-center' | 'set-description'>): React.JSX.Element {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  return (
    <ParamsForm action={p.action} label={p.label} footer={p.footer} onSubmit={() => p.send(p.targets, { value })}>
      {p.children}
      <SuggestedInput
        resource={p.descriptor.id}
        field={p.action === 'set-cost-center' ? 'costCenter' : 'description'}
        label={p.action === 'set-cost-center' ? t('bulk.newCostCenter') : t('bulk.newDescription')}
        value={value}
        onChange={setValue}
        autoFocus
      />
    </ParamsForm>
  );
}

function ReplaceInDescription(p: FormProps<'replace-in-description'>): React.JSX.Element {
  const { t } = useTranslation();
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  return (
    <ParamsForm
      action={p.action}
      label={p.label}
      footer={p.footer}
      onSubmit={() => p.send(p.targets, { find, replace, caseSensitive })}
    >
      {p.children}
      <SuggestedInput
        resource={p.descriptor.id}
        field="description"
        label={t('bulk.find')}
        value={find}
        onChange={setFind}
        required
        autoFocus
      />
      <SuggestedInput
        resource={p.descriptor.id}
        field="description"
        label={t('bulk.replaceWith')}
        value={replace}
        onChange={setReplace}
      />
      <label className="inline">
        <input type="checkbox" checked={caseSensitive} onChange={(event) => setCaseSensitive(event.target.checked)} />
        {t('bulk.caseSensitive')}
      </label>
    </ParamsForm>
  );
}

function ImportCsv(p: FormProps<'import-csv'>): React.JSX.Element {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const readFile = (file: File | undefined): void => {
    if (!file) return;
    setFileName(file.name);
    void file.text().then(setText);
  };
  return (
    <ParamsForm
      action={p.action}
      label={p.label}
      footer={p.footer}
      onSubmit={() => p.send([], { text, ...(fileName ? { fileName } : {}) })}
    >
      {p.children}
      <p className="hint">{t('bulk.csvHint')}</p>
      <label>
        {t('bulk.csvFile')}
        <input
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(event) => readFile(event.target.files?.[0])}
        />
      </label>
      <label>
        {t('bulk.csvText')}
        <textarea rows={8} value={text} onChange={(event) => setText(event.target.value)} spellCheck={false} />
      </label>
    </ParamsForm>
  );
}

function Split(p: FormProps<'split'>): React.JSX.Element {
  const { t } = useTranslation();
  const [size, setSize] = useState('');
  // only the sizes every selected block can be split into (from the cached blocks), once they are known
  const sizes = splitSizes(useBlockUsage(true), p.targets);
  return (
    <ParamsForm
      action={p.action}
      label={p.label}
      footer={p.footer}
      onSubmit={() => p.send(p.targets, { size: Number(size) })}
    >
      {p.children}
      {sizes.length > 0 ? (
        <label>
          {t('bulk.splitSize')}
          <select value={size} onChange={(event) => setSize(event.target.value)} required autoFocus>
            <option value="" disabled>
              {t('relations.usage.chooseSize')}
            </option>
            {sizes.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <label>
          {t('bulk.splitSize')}
          <input
            type="number"
            min={1}
            value={size}
            onChange={(event) => setSize(event.target.value)}
            required
            autoFocus
          />
        </label>
      )}
    </ParamsForm>
  );
}

/** The registry's fields of a new forward the form has its own inputs for. */
const FORWARD_FIELDS: ReadonlySet<string> = new Set(['orderDetailsX2voipNumber', 'forwardTo', 'dateStart', 'dateEnd']);

function CreateForward(p: FormProps<'create-forward'>): React.JSX.Element {
  const { t } = useTranslation();
  // lookups are keyed by the platform's name for the forward's number field, which may not be ours
  const numberField =
    p.descriptor.columns.find((column) => (column.logical ?? column.field) === 'orderDetailsX2voipNumber')?.field ??
    'orderDetailsX2voipNumber';
  // numbers chosen elsewhere (the phone-number grid) arrive as X2VoIP number IRIs; typed ones replace them
  const [typedNumbers, setNumbers] = useState<string | null>(null);
  const numbers =
    typedNumbers ??
    p.targets
      .map((iri) => p.lookups[numberField]?.[iri])
      .filter((number) => number !== undefined)
      .join('\n');
  const [forwardTo, setForwardTo] = useState('');
  const [dateStart, setDateStart] = useState('');
  const [dateEnd, setDateEnd] = useState('');
  const [more, setMore] = useState<Record<string, string>>({});
  // what the platform accepts on create, under its names; the window is required only where it says so
  const fields = p.actionDescriptor.fields ?? [];
  const required = (logical: string): boolean => fields.some((f) => f.logical === logical && f.required === true);
  const others = fields.filter((f) => f.required === true && !FORWARD_FIELDS.has(f.logical ?? ''));
  const submit = (): void => {
    // the numbers are typed or pasted; the grid's lookup knows which X2VoIP number IRI each one is
    const byNumber = new Map(
      Object.entries(p.lookups[numberField] ?? {}).map(([iri, number]) => [normalizeQuickSearch(number), iri]),
    );
    const wanted = numbers
      .split(/[\n,;]+/)
      .map((line) => normalizeQuickSearch(line.trim()))
      .filter((line) => line !== '');
    const unknown = wanted.filter((number) => !byNumber.has(number));
    if (unknown.length > 0) return p.fail(t('bulk.unknownNumbers', { numbers: unknown.join(', ') }));
    p.send(
      wanted.map((number) => byNumber.get(number)!),
      {
        forwardTo,
        ...(dateStart ? { dateStart: new Date(dateStart).toISOString() } : {}),
        ...(dateEnd ? { dateEnd: new Date(dateEnd).toISOString() } : {}),
        ...(others.length > 0 ? { fields: more } : {}),
      },
    );
  };
  return (
    <ParamsForm action={p.action} label={p.label} footer={p.footer} onSubmit={submit}>
      {p.children}
      <label>
        {t('bulk.forwardNumbers')}
        <textarea
          rows={5}
          value={numbers}
          onChange={(event) => setNumbers(event.target.value)}
          required
          spellCheck={false}
          autoFocus
        />
      </label>
      <SuggestedInput
        resource={p.descriptor.id}
        field="forwardTo"
        label={t('bulk.forwardTo')}
        value={forwardTo}
        onChange={setForwardTo}
        required
        inputMode="tel"
      />
      <label>
        {required('dateStart') ? t('bulk.dateStartRequired') : t('bulk.dateStart')}
        <input
          type="datetime-local"
          value={dateStart}
          onChange={(event) => setDateStart(event.target.value)}
          required={required('dateStart')}
        />
      </label>
      <label>
        {required('dateEnd') ? t('bulk.dateEndRequired') : t('bulk.dateEnd')}
        <input
          type="datetime-local"
          value={dateEnd}
          onChange={(event) => setDateEnd(event.target.value)}
          required={required('dateEnd')}
        />
      </label>
      {others.map((field) => (
        <ValueInput
          key={field.field}
          resource={p.descriptor.id}
          field={field}
          label={localized(field.label)}
          value={more[field.field] ?? ''}
          onChange={(value) => setMore({ ...more, [field.field]: value })}
          required
        />
      ))}
    </ParamsForm>
  );
}

/** One form per action of the contract: adding an action without its form does not compile. */
export const FORMS: { [A in BulkActionId]: (props: FormProps<A>) => React.JSX.Element } = {
  'set-cost-center': SetValue,
  'set-description': SetValue,
  'clear-cost-center': NoParams,
  'clear-description': NoParams,
  'replace-in-description': ReplaceInDescription,
  'import-csv': ImportCsv,
  split: Split,
  'end-cool-off': NoParams,
  'create-forward': CreateForward,
  'delete-forward': NoParams,
  'accept-outport': NoParams,
  'edit-cell': BulkEditForm,
  'bulk-edit': BulkEditForm,
};
