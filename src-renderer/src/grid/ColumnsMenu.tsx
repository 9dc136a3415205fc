import type { GridApi } from 'ag-grid-community';
import { DropdownMenu } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../src-preload/contract/index.ts';

/** The platform's type of a column the registry does not know (set by buildColumnDefs), else null. */
function platformTypeOf(context: unknown): string | null {
  if (typeof context !== 'object' || context === null) return null;
  const type = (context as { platformType?: unknown }).platformType;
  return typeof type === 'string' ? type : null;
}

/**
 * Show or hide columns (a menu of checkboxes: arrow keys, Space or Enter, Escape returns to the button); order and
 * width are changed by dragging the headers. All of it is remembered.
 */
export function ColumnsMenu(props: {
  api: React.RefObject<GridApi<Row> | null>;
  version: number;
  onChange: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [, rerender] = useState(0);

  const grid = props.api.current;
  const columns =
    grid && !grid.isDestroyed()
      ? (grid.getColumns()?.filter((column) => column.getColId() !== 'ag-Grid-SelectionColumn') ?? [])
      : [];
  return (
    <DropdownMenu.Root onOpenChange={() => rerender((count) => count + 1)}>
      <DropdownMenu.Trigger className="button">{t('grid.columns')}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="columns-panel dropdown"
          align="end"
          sideOffset={4}
          aria-label={t('grid.columns')}
          data-version={props.version}
        >
          {columns.map((column) => {
            const type = platformTypeOf(column.getColDef().context);
            return (
              <DropdownMenu.CheckboxItem
                key={column.getColId()}
                className="menu-item checkbox-item"
                checked={grid?.getColumn(column.getColId())?.isVisible() ?? false}
                // the menu stays open: an operator often shows or hides several columns in a row
                onSelect={(event) => event.preventDefault()}
                onCheckedChange={(checked) => {
                  grid?.setColumnsVisible([column.getColId()], checked);
                  // a column shown at the far right is scrolled to, so the operator sees what they asked for
                  if (checked) grid?.ensureColumnVisible(column.getColId());
                  rerender((count) => count + 1);
                  props.onChange();
                }}
              >
                <span className="check" aria-hidden="true">
                  <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
                </span>
                {column.getColDef().headerName ?? column.getColId()}
                {type ? <span className="hint"> · {t('schema.columnType', { type })}</span> : null}
              </DropdownMenu.CheckboxItem>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
