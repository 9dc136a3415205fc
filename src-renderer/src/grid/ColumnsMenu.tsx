import type { GridApi } from 'ag-grid-community';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../src-preload/contract/index.ts';

/** The platform's type of a column the registry does not know (set by buildColumnDefs), else null. */
function platformTypeOf(context: unknown): string | null {
  if (typeof context !== 'object' || context === null) return null;
  const type = (context as { platformType?: unknown }).platformType;
  return typeof type === 'string' ? type : null;
}

/** Show or hide columns; order and width are changed by dragging the headers. All of it is remembered. */
export function ColumnsMenu(props: {
  api: React.RefObject<GridApi<Row> | null>;
  version: number;
  onChange: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const [, rerender] = useState(0);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent): void => {
      if (panel.current && !panel.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const grid = props.api.current;
  const columns =
    grid && !grid.isDestroyed()
      ? (grid.getColumns()?.filter((column) => column.getColId() !== 'ag-Grid-SelectionColumn') ?? [])
      : [];
  return (
    <div className="columns-menu" ref={panel}>
      <button type="button" className="button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen(!open)}>
        {t('grid.columns')}
      </button>
      {open ? (
        <fieldset className="columns-panel" aria-label={t('grid.columns')} data-version={props.version}>
          {columns.map((column) => (
            <label key={column.getColId()} className="inline">
              <input
                type="checkbox"
                checked={grid?.getColumn(column.getColId())?.isVisible() ?? false}
                onChange={(event) => {
                  grid?.setColumnsVisible([column.getColId()], event.target.checked);
                  rerender((count) => count + 1);
                  props.onChange();
                }}
              />
              {column.getColDef().headerName ?? column.getColId()}
              {platformTypeOf(column.getColDef().context) ? (
                <span className="hint">
                  {' '}
                  · {t('schema.columnType', { type: platformTypeOf(column.getColDef().context) })}
                </span>
              ) : null}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
