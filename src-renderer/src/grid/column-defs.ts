import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { ColumnDescriptor, LookupTables, ResourceDescriptor, Row } from '../../../src-preload/contract/index.ts';
import { IriCell, StatusChip } from './cells.tsx';
import { columnLookup, formatValue, localized, readField } from './format.ts';
import { phoneQuickFilterText } from './phone-search.ts';
import { ValueListFilter } from './ValueListFilter.tsx';
import { RefusableCellEditor } from './RefusableCellEditor.tsx';

/**
 * Text fields with a few values that repeat over many rows, filtered by ticking values, not by typing, also where the
 * platform's schema does not list their values (an undocumented platform, a free-text field such as cost center).
 */
const FEW_VALUES = new Set(['costCenter', 'routeType', 'model', 'receivingProvider', 'callType', 'carrier', 'trunk']);

/** Columns sized to their content on a grid's first open: identifiers and dates are unreadable when cut off. */
const IDENTIFIERS = new Set(['iccid', 'imsi', 'imei', 'msisdn', 'unitCode', 'number', 'numbers', 'start', 'end']);

export function sizedToContent(column: ColumnDescriptor): boolean {
  const name = column.logical ?? column.field;
  return column.type === 'date' || column.type === 'datetime' || column.type === 'phone' || IDENTIFIERS.has(name);
}

export function filterFor(column: ColumnDescriptor): ColDef['filter'] {
  if (column.type === 'status' || column.type === 'boolean' || column.type === 'iri') return ValueListFilter;
  if (column.fewValues && column.type !== 'number' && column.type !== 'date' && column.type !== 'datetime')
    return ValueListFilter;
  if (column.type === 'text' && FEW_VALUES.has(column.logical ?? column.field)) return ValueListFilter;
  if (column.type === 'number') return 'agNumberColumnFilter';
  if (column.type === 'date' || column.type === 'datetime') return 'agDateColumnFilter';
  return 'agTextColumnFilter';
}

function dateComparator(filterDate: Date, cellValue: unknown): number {
  if (typeof cellValue !== 'string') return -1;
  const cell = new Date(cellValue);
  const day = new Date(cell.getFullYear(), cell.getMonth(), cell.getDate()).getTime();
  return day === filterDate.getTime() ? 0 : day < filterDate.getTime() ? -1 : 1;
}

function quickFilterText(value: unknown, lookup: Record<string, string> | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return lookup?.[value] ?? value;
  if (typeof value === 'object') return Array.isArray(value) ? value.join(' ') : '';
  return String(value);
}

/** The current names for IRIs, read by the cells when they are drawn: one object for the grid's life. */
export class LookupSource {
  private tables: LookupTables;
  constructor(tables: LookupTables) {
    this.tables = tables;
  }
  get current(): LookupTables {
    return this.tables;
  }
  set(tables: LookupTables): void {
    this.tables = tables;
  }
}

/** AG Grid columns built from the registry: one code path for every resource, no per-resource grid. */
export function buildColumnDefs(
  columns: readonly ColumnDescriptor[],
  descriptor: ResourceDescriptor | null,
  lookups: LookupSource,
  editable = false,
): ColDef<Row>[] {
  const phoneFields = new Set(descriptor?.phoneFields ?? []);
  // Inline editing for the fields the registry marks writable as text; the edit goes through the bulk engine.
  const writable = new Set(
    editable && descriptor?.actions.some((action) => action.id === 'edit-cell')
      ? descriptor.writable
          .filter((field) => field.kind === 'text' || field.kind === 'phone')
          .map((field) => field.field)
      : [],
  );
  return columns.map((column) => {
    // Read when a cell is drawn: names that arrive later need a refresh of the cells, not new definitions.
    const lookup = (): Record<string, string> | undefined => columnLookup(column, lookups.current);
    const kind = column.type === 'iri' ? localized(column.label) : undefined;
    const isPhone = column.type === 'phone' || phoneFields.has(column.field);
    const def: ColDef<Row> = {
      colId: column.field,
      headerName: localized(column.label),
      // initial*: applied when the column is created only, so rebuilt definitions (another
      // language) never undo what the user hid, resized or sorted.
      initialHide: !column.visible,
      ...(column.width ? { initialWidth: column.width } : {}),
      valueGetter: (params: ValueGetterParams<Row>) => readField(params.data, column.field),
      valueFormatter: (params: ValueFormatterParams<Row>) => formatValue(params.value, column.type, lookup(), kind),
      filter: filterFor(column),
      ...(filterFor(column) === ValueListFilter
        ? {}
        : {
            filterParams:
              column.type === 'date' || column.type === 'datetime'
                ? { comparator: dateComparator }
                : { buttons: ['reset'] },
          }),
      // Built for every row on the first keystroke: raw values only (dates as ISO text), no locale formatting.
      getQuickFilterText: (params) =>
        isPhone ? phoneQuickFilterText(params.value) : quickFilterText(params.value, lookup()),
      sortable: true,
      resizable: true,
      editable: writable.has(column.field),
      ...(writable.has(column.field) ? { cellEditor: RefusableCellEditor, cellEditorPopup: true } : {}),
      // what the column chooser and the header say about where the field comes from
      context: {
        binding: column.binding ?? null,
        origin: column.origin ?? null,
        platformType: column.platformType ?? null,
      },
      ...(column.platformType ? { headerTooltip: `${column.field} · ${column.platformType}` } : {}),
    };
    if (column.type === 'status') {
      def.cellRenderer = StatusChip;
      def.cellRendererParams = { tones: column.tones ?? {} };
    }
    if (column.type === 'iri') {
      def.cellRenderer = IriCell;
      def.cellRendererParams = { kind };
    }
    if (column.type === 'number') def.type = 'numericColumn';
    return def;
  });
}
