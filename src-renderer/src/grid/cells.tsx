import type { ICellRendererParams } from 'ag-grid-community';
import type { Tone } from '../../../src-preload/contract/index.ts';
import { iriLabel, looksLikeIri } from './format.ts';

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

/** A reference shown by name (or as "Customer 1096"), with the kind and id in the tooltip. */
export function IriCell(props: ICellRendererParams & { kind?: string }): React.JSX.Element | string | null {
  const text = props.valueFormatted ?? (typeof props.value === 'string' ? props.value : null);
  if (!text) return null;
  if (!looksLikeIri(props.value)) return text;
  return <span title={iriLabel(props.value, props.kind ?? '')}>{text}</span>;
}
