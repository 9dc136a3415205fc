import { describe, expect, it } from 'vitest';
import type { ColumnDescriptor } from '../../../src-preload/contract/index.ts';
import { filterFor } from '../../../src-renderer/src/grid/column-defs.ts';
import { ValueListFilter } from '../../../src-renderer/src/grid/ValueListFilter.tsx';

const column = (extra: Partial<ColumnDescriptor>): ColumnDescriptor => ({
  field: 'kind',
  label: { code: 'common.verbatim', params: { text: 'Kind' } },
  type: 'text',
  visible: true,
  ...extra,
});

describe('which columns are filtered by a value list', () => {
  it('a text column the schema lists values for, under any name', () => {
    expect(filterFor(column({ fewValues: true }))).toBe(ValueListFilter);
    expect(filterFor(column({ field: 'lijnsoort', logical: 'lineKind', fewValues: true }))).toBe(ValueListFilter);
  });

  it('the known low-cardinality text fields, also without a schema (by their registry name)', () => {
    expect(filterFor(column({ field: 'costCenter' }))).toBe(ValueListFilter);
    expect(filterFor(column({ field: 'cost_center', logical: 'costCenter' }))).toBe(ValueListFilter);
    expect(filterFor(column({ field: 'type', logical: 'routeType' }))).toBe(ValueListFilter);
  });

  it('status, boolean and reference columns; other text, numbers and dates keep their own filters', () => {
    expect(filterFor(column({ type: 'status' }))).toBe(ValueListFilter);
    expect(filterFor(column({ type: 'boolean' }))).toBe(ValueListFilter);
    expect(filterFor(column({ type: 'iri' }))).toBe(ValueListFilter);
    expect(filterFor(column({ field: 'description' }))).toBe('agTextColumnFilter');
    expect(filterFor(column({ type: 'number', fewValues: true }))).toBe('agNumberColumnFilter');
    expect(filterFor(column({ type: 'datetime' }))).toBe('agDateColumnFilter');
  });
});
