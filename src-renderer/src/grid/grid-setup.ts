import {
  AllCommunityModule,
  colorSchemeDark,
  colorSchemeLight,
  ModuleRegistry,
  themeQuartz,
  type ColDef,
  type GetRowIdParams,
  type RowSelectionOptions,
} from 'ag-grid-community';
import type { Row } from '../../../src-preload/contract/index.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

// Dense rows: NOC staff scan hundreds of them.
const baseTheme = themeQuartz.withParams({
  spacing: 5,
  fontSize: 13,
  headerFontSize: 13,
  rowHeight: 30,
  headerHeight: 34,
});
const lightTheme = baseTheme.withPart(colorSchemeLight);
const darkTheme = baseTheme.withPart(colorSchemeDark);

export const gridTheme = (theme: 'light' | 'dark'): typeof lightTheme => (theme === 'dark' ? darkTheme : lightTheme);

// No header checkbox: it recomputes the selection state over every row on each keystroke; "Select all filtered" does its job.
export const rowSelection: RowSelectionOptions = {
  mode: 'multiRow',
  enableClickSelection: true,
  checkboxes: true,
  headerCheckbox: false,
};
// Module constants: a new object on every render would make AG Grid re-apply the columns and undo user changes.
// initialFlex, not flex: rebuilt definitions (lookups, language) must not undo a width set by sizing or by the user.
export const defaultColDef: ColDef<Row> = { initialFlex: 1, minWidth: 120 };
export const getRowId = (params: GetRowIdParams<Row>): string => String(params.data['@id']);
