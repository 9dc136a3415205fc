import type { ICellRendererParams } from 'ag-grid-community';
import type { Tone } from '../../../src-preload/contract/index.ts';

/** A status value as a coloured chip; values the registry does not know are grey, never hidden. */
export function StatusChip(props: ICellRendererParams & { tones?: Record<string, Tone> }): React.JSX.Element | null {
  if (props.value === null || props.value === undefined || props.value === '') return null;
  const text = String(props.value);
  return (
    <span className="chip" data-tone={props.tones?.[text] ?? 'grey'}>
      {props.valueFormatted ?? text}
    </span>
  );
}
