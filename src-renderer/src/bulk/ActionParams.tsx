import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ActionDescriptor,
  BulkActionId,
  BulkJobSpecInput,
  LookupTables,
  ResourceDescriptor,
} from '../../../src-preload/contract/index.ts';
import { localized } from '../grid/format.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { FORMS } from './action-forms.tsx';
import { HiddenSelection } from './HiddenSelection.tsx';
import type { FormProps } from './params-form.tsx';

interface Props {
  descriptor: ResourceDescriptor;
  action: ActionDescriptor;
  targets: string[];
  /** Selected rows the filter hides (not in targets). */
  hidden: number;
  lookups: LookupTables;
}

const isAction = (id: string): id is BulkActionId => Object.hasOwn(FORMS, id);

/** Actions whose form chooses its own targets (a pasted list, or every cached number). */
const OWN_TARGETS: ReadonlySet<string> = new Set(['import-csv', 'create-forward']);

/**
 * The parameters of one action, in the form that action has (one per action of the contract); "Preview" asks main
 * for the exact plan, nothing is sent yet.
 */
export function ActionParams({ descriptor, action, targets, hidden, lookups }: Props): React.JSX.Element | null {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const id = action.id;
  if (!isAction(id)) return null;

  const send = async (spec: BulkJobSpecInput): Promise<void> => {
    setBusy(true);
    await useBulkStore.getState().plan(spec, OWN_TARGETS.has(spec.action) ? 0 : hidden);
    setBusy(false);
  };
  // FORMS pairs each action with the form of its own parameters; the pair is looked up by a runtime id
  const Form = FORMS[id] as (props: FormProps<BulkActionId>) => React.JSX.Element;
  return (
    <Form
      action={id}
      descriptor={descriptor}
      actionDescriptor={action}
      targets={targets}
      lookups={lookups}
      label={localized(action.label)}
      send={(jobTargets, params) =>
        void send({ resource: descriptor.id, action: id, targets: jobTargets, params } as BulkJobSpecInput)
      }
      fail={(message) => useBulkStore.getState().setError(message)}
      footer={
        <div className="form-actions">
          <button type="button" className="button ghost" onClick={() => useBulkStore.getState().open(null)}>
            {t('bulk.close')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('bulk.planning') : t('bulk.preview')}
          </button>
        </div>
      }
    >
      <h2>{localized(action.label)}</h2>
      {action.note ? <p className="hint">{localized(action.note)}</p> : null}
      {OWN_TARGETS.has(id) ? null : (
        <>
          <p>{t('bulk.selectedRows', { count: targets.length })}</p>
          <HiddenSelection hidden={hidden} />
        </>
      )}
    </Form>
  );
}
