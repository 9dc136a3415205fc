import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../src-preload/contract/index.ts';
import { phoneSearchForm } from '../../../src-preload/contract/shared/phone-number.ts';
import { describeError, noc } from '../noc.ts';
import { useBulkStore } from '../state/bulk-store.ts';
import { useResourcesStore } from '../state/resources-store.ts';
import { useUiStore } from '../state/ui-store.ts';

const FORWARDS = 'scheduled-forwards';
const CREATE = 'create-forward';

/**
 * From numbers selected in the phone-number grid to the existing "Create forward" action of scheduled forwards:
 * each number becomes its X2VoIP number (the forwards grid's lookup knows which), and the forwards view opens with
 * them filled in, for the forward-to number and the window.
 */
export function CreateForwardButton(props: {
  selectedRows: () => Row[];
  phoneField: string;
  /** Why it cannot be used now, shown beside it; null when it can. */
  disabledReason: string | null;
  /** The reason in full (the connection problem), as its tooltip. */
  disabledDetail?: string | null;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy || props.disabledReason !== null}
        title={props.disabledReason ? (props.disabledDetail ?? undefined) : undefined}
        aria-describedby={props.disabledReason ? reasonId : undefined}
        onClick={() => {
          const numbers = props.selectedRows().map((row) => phoneSearchForm(String(row[props.phoneField] ?? '')));
          if (numbers.length === 0) return;
          setBusy(true);
          void noc
            .invoke('grid:lookups', { resource: FORWARDS })
            .then((lookups) => {
              // keyed by the platform's name of the forward's number field, as the create-forward form reads it
              const forwards = useResourcesStore.getState().descriptors.find((entry) => entry.id === FORWARDS);
              const numberField =
                forwards?.columns.find((column) => (column.logical ?? column.field) === 'orderDetailsX2voipNumber')
                  ?.field ?? 'orderDetailsX2voipNumber';
              const byNumber = new Map(
                Object.entries(lookups[numberField] ?? {}).map(([iri, number]) => [phoneSearchForm(number), iri]),
              );
              const targets = numbers.map((number) => byNumber.get(number)).filter((iri) => iri !== undefined);
              useUiStore.getState().selectView(FORWARDS);
              useBulkStore.getState().open({ kind: 'params', resource: FORWARDS, action: CREATE, targets });
              if (targets.length < numbers.length)
                useBulkStore.getState().setError(t('relations.notX2voip', { count: numbers.length - targets.length }));
            })
            .catch((failure: unknown) => useBulkStore.getState().setError(describeError(failure)))
            .finally(() => setBusy(false));
        }}
      >
        {t('relations.createForward')}
      </button>
      {props.disabledReason ? (
        <span id={reasonId} className="disabled-reason">
          {props.disabledReason}
        </span>
      ) : null}
    </>
  );
}
