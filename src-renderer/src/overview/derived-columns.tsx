import type { ColDef, ICellRendererParams, ValueGetterParams } from 'ag-grid-community';
import type { DerivedColumn, Row } from '../../../src-preload/contract/index.ts';
import {
  daysUntil,
  deadlineBucket,
  matchesPreset,
  windowState,
  type WindowState,
} from '../../../src-preload/contract/shared/deadlines.ts';
import { i18n } from '../i18n/index.ts';
import { localized } from '../grid/format.ts';

const TONES = { overdue: 'red', today: 'amber', tomorrow: 'amber', week: 'blue', later: 'grey' } as const;
const STATE_TONES: Record<WindowState, string> = { active: 'green', upcoming: 'blue', ended: 'grey' };

/** Days until the deadline, or null for rows the column does not apply to (they sort last either way). */
function valueOf(column: DerivedColumn, row: Row | undefined, now: number): number | string | null {
  if (!row) return null;
  if (column.kind === 'window-state') return windowState(row[column.field], row[column.endField ?? ''], now);
  if (column.when && !matchesPreset(row, column.when, now)) return null;
  return daysUntil(row[column.field], now);
}

export function daysLeftText(days: number): string {
  const bucket = deadlineBucket(days);
  if (bucket === 'overdue') return i18n.t('deadline.overdue', { count: -days });
  if (bucket === 'today' || bucket === 'tomorrow') return i18n.t(`deadline.${bucket}`);
  return i18n.t('deadline.inDays', { count: days });
}

function DerivedCell(props: ICellRendererParams<Row, number | string | null>): React.JSX.Element | null {
  const value = props.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string')
    return (
      <span className="chip" data-tone={STATE_TONES[value as WindowState] ?? 'grey'}>
        {i18n.t(`deadline.state.${value}`)}
      </span>
    );
  const bucket = deadlineBucket(value);
  return (
    <span className="chip deadline" data-tone={TONES[bucket]} data-deadline={bucket}>
      {daysLeftText(value)}
    </span>
  );
}

/** Nulls (rows the column does not apply to) after every value, whichever way the column is sorted. */
function compare(a: unknown, b: unknown, _na: unknown, _nb: unknown, descending: boolean): number {
  const missingA = a === null || a === undefined;
  const missingB = b === null || b === undefined;
  if (missingA || missingB) return missingA === missingB ? 0 : (missingA ? 1 : -1) * (descending ? -1 : 1);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** AG Grid columns for the registry's derived columns; computed against the clock when the grid reads them. */
export function derivedColumnDefs(columns: readonly DerivedColumn[] | undefined): ColDef<Row>[] {
  return (columns ?? []).map((column) => ({
    colId: column.id,
    headerName: localized(column.label),
    valueGetter: (params: ValueGetterParams<Row>) => valueOf(column, params.data, Date.now()),
    filterValueGetter: (params: ValueGetterParams<Row>) => {
      const value = valueOf(column, params.data, Date.now());
      if (value === null) return '';
      return typeof value === 'string' ? i18n.t(`deadline.state.${value}`) : daysLeftText(value);
    },
    cellRenderer: DerivedCell,
    comparator: compare,
    filter: 'agTextColumnFilter',
    sortable: true,
    resizable: true,
    initialWidth: 140,
    ...(column.initialSort ? { initialSort: column.initialSort } : {}),
  }));
}

/** The registry's columns with the derived ones placed where they are read: state first, days left by their date. */
export function withDerivedColumns(base: ColDef<Row>[], columns: readonly DerivedColumn[] | undefined): ColDef<Row>[] {
  const result = [...base];
  const derived = derivedColumnDefs(columns);
  (columns ?? []).forEach((column, index) => {
    // A window's state reads best next to what it is of (the first column); a deadline next to its date.
    const after = column.kind === 'window-state' ? 0 : result.findIndex((def) => def.colId === column.field);
    result.splice(after === -1 ? result.length : after + 1, 0, derived[index]!);
  });
  return result;
}

/** Rows whose time window has ended are dimmed (the grid adds this class). */
export function isEndedRow(columns: readonly DerivedColumn[] | undefined, row: Row | undefined): boolean {
  const state = columns?.find((column) => column.kind === 'window-state');
  return !!state && !!row && windowState(row[state.field], row[state.endField ?? ''], Date.now()) === 'ended';
}
