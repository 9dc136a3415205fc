import type { ColDef, ValueGetterParams } from 'ag-grid-community';
import { useEffect, useState } from 'react';
import type { BlockUsage, Row } from '../../../src-preload/contract/index.ts';
import { i18n, locale } from '../i18n/index.ts';
import { noc } from '../noc.ts';

/** Number-block usage from the cached numbers, asked again when rows change (a refresh, a split). */
export function useBlockUsage(enabled: boolean): BlockUsage | null {
  const [usage, setUsage] = useState<BlockUsage | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = (): void => {
      void noc
        .invoke('blocks:usage', {})
        .then((answer) => live && setUsage(answer))
        .catch(() => undefined);
    };
    load();
    const off = noc.on('grid:changes', () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(load, 300);
    });
    return () => {
      live = false;
      off();
      if (timer) clearTimeout(timer);
    };
  }, [enabled]);
  return enabled ? usage : null;
}

type Measure = 'inUse' | 'free' | 'percent';

/**
 * In use, free and % used per block, placed after the block's size. The columns exist from the first render (empty
 * until the counts arrive): the grid keeps its column order and would put columns added later at the end.
 */
export function withUsageColumns(
  base: ColDef<Row>[],
  usage: BlockUsage | null,
  enabled: boolean,
  /** The size column's field: the platform's name for our 'size'. */
  sizeField = 'size',
): ColDef<Row>[] {
  if (!enabled) return base;
  const number = new Intl.NumberFormat(locale());
  const percent = new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 });
  const value = (row: Row | undefined, measure: Measure): number | null => {
    const block = row && usage?.numbersCached ? usage.blocks[String(row['@id'])] : undefined;
    if (!block) return null;
    if (measure === 'inUse') return block.inUse;
    if (measure === 'free') return Math.max(0, block.size - block.inUse);
    return block.size > 0 ? block.inUse / block.size : null;
  };
  const column = (measure: Measure): ColDef<Row> => ({
    colId: `usage-${measure}`,
    headerName: i18n.t(`relations.usage.${measure}`),
    valueGetter: (params: ValueGetterParams<Row>) => value(params.data, measure),
    valueFormatter: (params) =>
      typeof params.value === 'number' ? (measure === 'percent' ? percent : number).format(params.value) : '',
    type: 'numericColumn',
    filter: 'agNumberColumnFilter',
    sortable: true,
    flex: 0,
    width: 100,
    minWidth: 90,
  });
  const after = base.findIndex((def) => def.colId === sizeField);
  const result = [...base];
  result.splice(after === -1 ? result.length : after + 1, 0, column('inUse'), column('free'), column('percent'));
  return result;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The split sizes every selected block allows: smaller than the smallest and dividing each one's size. */
export function splitSizes(usage: BlockUsage | null, targets: readonly string[]): number[] {
  const sizes = targets.map((iri) => usage?.blocks[iri]?.size).filter((size) => size !== undefined);
  if (sizes.length === 0) return [];
  const common = sizes.reduce(gcd);
  const smallest = Math.min(...sizes);
  const divisors: number[] = [];
  for (let n = 1; n < smallest; n += 1) if (common % n === 0) divisors.push(n);
  return divisors;
}
