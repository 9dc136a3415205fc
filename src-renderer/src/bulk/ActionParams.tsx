import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDescriptor, LookupTables, ResourceDescriptor } from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { normalizeQuickSearch } from '../grid/phone-search.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { splitSizes, useBlockUsage } from '../relations/block-usage.ts';

interface Props {
  descriptor: ResourceDescriptor;
  action: ActionDescriptor;
  targets: string[];
  lookups: LookupTables;
}

/** The parameters of one action; "Preview" asks main for the exact plan, nothing is sent yet. */
export function ActionParams({ descriptor, action, targets, lookups }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [size, setSize] = useState('');
  const [forwardTo, setForwardTo] = useState('');
  const [dateStart, setDateStart] = useState('');
  const [dateEnd, setDateEnd] = useState('');
  // Numbers chosen elsewhere (the phone-number grid) arrive as X2VoIP number IRIs; typed ones replace them.
  const [typedNumbers, setNumbers] = useState<string | null>(null);
  const numbers =
    typedNumbers ??
    (action.id === 'create-forward'
      ? targets
          .map((iri) => lookups['orderDetailsX2voipNumber']?.[iri])
          .filter((number) => number !== undefined)
          .join('\n')
      : '');
  const [busy, setBusy] = useState(false);
  // Split offers only the sizes every selected block can be split into (from the cached blocks).
  const sizes = splitSizes(useBlockUsage(action.id === 'split'), targets);
  const { plan, setError } = useBulkStore.getState();

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    let params: Record<string, unknown> = {};
    let jobTargets = targets;
    switch (action.id) {
      case 'set-cost-center':
      case 'set-description':
        params = { value };
        break;
      case 'replace-in-description':
        params = { find, replace, caseSensitive };
        break;
      case 'import-csv':
        params = { text: csv, ...(fileName ? { fileName } : {}) };
        jobTargets = [];
        break;
      case 'split':
        params = { size: Number(size) };
        break;
      case 'create-forward': {
        params = {
          forwardTo,
          ...(dateStart ? { dateStart: new Date(dateStart).toISOString() } : {}),
          ...(dateEnd ? { dateEnd: new Date(dateEnd).toISOString() } : {}),
        };
        // The numbers are typed or pasted; the grid's lookup knows which X2VoIP number IRI each one is.
        const byNumber = new Map(
          Object.entries(lookups['orderDetailsX2voipNumber'] ?? {}).map(([iri, number]) => [number, iri]),
        );
        const wanted = numbers
          .split(/[\n,;]+/)
          .map((line) => normalizeQuickSearch(line.trim()))
          .filter((line) => line !== '');
        const unknown = wanted.filter((number) => !byNumber.has(number));
        if (unknown.length > 0) {
          setError(t('bulk.unknownNumbers', { numbers: unknown.join(', ') }));
          return;
        }
        jobTargets = wanted.map((number) => byNumber.get(number)!);
        break;
      }
      default:
        params = {};
    }
    setBusy(true);
    await plan(descriptor.id, action.id, jobTargets, params);
    setBusy(false);
  };

  const readFile = (file: File | undefined): void => {
    if (!file) return;
    setFileName(file.name);
    void file.text().then(setCsv);
  };

  return (
    <form className="bulk-form" aria-label={localized(action.label)} onSubmit={(event) => void submit(event)}>
      <h3>{localized(action.label)}</h3>
      {action.note ? <p className="hint">{localized(action.note)}</p> : null}
      {action.id !== 'import-csv' && action.id !== 'create-forward' ? (
        <p>{t('bulk.selectedRows', { n: targets.length })}</p>
      ) : null}
      {action.id === 'set-cost-center' || action.id === 'set-description' ? (
        <label>
          {action.id === 'set-cost-center' ? t('bulk.newCostCenter') : t('bulk.newDescription')}
          <input value={value} onChange={(event) => setValue(event.target.value)} autoFocus />
        </label>
      ) : null}
      {action.id === 'replace-in-description' ? (
        <>
          <label>
            {t('bulk.find')}
            <input value={find} onChange={(event) => setFind(event.target.value)} required autoFocus />
          </label>
          <label>
            {t('bulk.replaceWith')}
            <input value={replace} onChange={(event) => setReplace(event.target.value)} />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={caseSensitive}
              onChange={(event) => setCaseSensitive(event.target.checked)}
            />
            {t('bulk.caseSensitive')}
          </label>
        </>
      ) : null}
      {action.id === 'import-csv' ? (
        <>
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
            <textarea rows={8} value={csv} onChange={(event) => setCsv(event.target.value)} spellCheck={false} />
          </label>
        </>
      ) : null}
      {action.id === 'split' && sizes.length > 0 ? (
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
      ) : action.id === 'split' ? (
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
      ) : null}
      {action.id === 'create-forward' ? (
        <>
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
          <label>
            {t('bulk.forwardTo')}
            <input value={forwardTo} onChange={(event) => setForwardTo(event.target.value)} required inputMode="tel" />
          </label>
          <label>
            {t('bulk.dateStart')}
            <input type="datetime-local" value={dateStart} onChange={(event) => setDateStart(event.target.value)} />
          </label>
          <label>
            {t('bulk.dateEnd')}
            <input type="datetime-local" value={dateEnd} onChange={(event) => setDateEnd(event.target.value)} />
          </label>
        </>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button ghost" onClick={() => useBulkStore.getState().open(null)}>
          {t('bulk.close')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('bulk.planning') : t('bulk.preview')}
        </button>
      </div>
    </form>
  );
}
