import type { ColDef } from 'ag-grid-community';
import { useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ColumnDescriptor,
  GridTarget,
  LookupTables,
  ResourceDescriptor,
  Row,
} from '../../../src-preload/contract/index.ts';
import { withDerivedColumns } from '../overview/derived-columns.tsx';
import { useBlockUsage, withUsageColumns } from '../relations/block-usage.ts';
import { useConnectionStore } from '../state/connection-store.ts';
import { buildColumnDefs, LookupSource } from './column-defs.ts';

/** The grid's column definitions: the resource's columns, derived deadline columns, block usage columns. */
export function useGridColumns(
  target: GridTarget,
  descriptor: ResourceDescriptor,
  columns: readonly ColumnDescriptor[],
  lookups: LookupTables,
): ColDef<Row>[] {
  const { i18n } = useTranslation();
  const connected = useConnectionStore((state) => state.status.state === 'connected');
  const showUsage = descriptor.id === 'number-blocks' && !target.tab;
  const usage = useBlockUsage(showUsage);
  // Names are read through this reference, so their arrival does not rebuild the columns (and AG Grid's row model).
  const [names] = useState(() => new LookupSource(lookups));
  // A layout effect: before the effects that refresh the cells run.
  useLayoutEffect(() => names.set(lookups), [names, lookups]);
  return useMemo(
    () =>
      withUsageColumns(
        withDerivedColumns(
          buildColumnDefs(columns, target.tab ? null : descriptor, names, connected && !target.tab),
          target.tab ? [] : descriptor.derived,
        ),
        usage,
        showUsage,
        descriptor.columns.find((column) => (column.logical ?? column.field) === 'size')?.field,
      ),
    // i18n.language: headers are translated
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns, descriptor, target.tab, names, i18n.language, connected, usage, showUsage],
  );
}
