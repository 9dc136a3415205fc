import type { CustomCellEditorProps } from 'ag-grid-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../src-preload/contract/index.ts';
import { clearRefusal, refusalFor } from './edit-refusals.ts';

/**
 * The text editor of a writable cell. When the last edit of this cell was refused it opens again with the typed
 * value and the reason under it, so that the operator corrects it instead of typing it again.
 */
export function RefusableCellEditor(props: CustomCellEditorProps<Row, unknown>): React.JSX.Element {
  const { t } = useTranslation();
  const iri = String(props.data?.['@id'] ?? '');
  const field = props.colDef.colId ?? props.colDef.field ?? '';
  const [refusal] = useState(() => refusalFor(iri, field));
  const typed = props.eventKey && props.eventKey.length === 1 ? props.eventKey : null;
  const [text, setText] = useState(() =>
    refusal
      ? refusal.value
      : (typed ?? (props.initialValue === null || props.initialValue === undefined ? '' : String(props.initialValue))),
  );
  const input = useRef<HTMLInputElement>(null);
  const { onValueChange } = props;

  useEffect(() => {
    onValueChange(text);
    // the typed or refused value is the editor's value from the start
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    input.current?.focus();
    if (!typed) input.current?.select();
    clearRefusal(iri, field);
  }, [field, iri, typed]);

  return (
    <div className={refusal ? 'cell-editor refused' : 'cell-editor'}>
      <input
        ref={input}
        className="cell-editor-input"
        aria-label={props.colDef.headerName ?? field}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={refusal ? 'cell-editor-error' : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onValueChange(event.target.value);
        }}
      />
      {refusal ? (
        <p id="cell-editor-error" role="alert" className="cell-editor-error">
          {t('gridux.editRefused', { reason: refusal.message })}
          <span className="hint"> {t('gridux.editHint')}</span>
        </p>
      ) : null}
    </div>
  );
}
