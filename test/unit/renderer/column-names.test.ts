import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import type { ColumnDescriptor, Row } from '../../../src-preload/contract/index.ts';
import { buildColumnDefs, LookupSource } from '../../../src-renderer/src/grid/column-defs.ts';

const customer: ColumnDescriptor = {
  field: 'customer',
  label: { code: 'common.verbatim', params: { text: 'Customer' } },
  type: 'iri',
  visible: true,
};
const iri = '/customers/c-7';

function shown(def: ColDef<Row>): string {
  const format = def.valueFormatter as (params: ValueFormatterParams<Row>) => string;
  return format({ value: iri } as ValueFormatterParams<Row>);
}

describe('names reach the cells of columns built before they came', () => {
  it('the same definitions show the name once the lookups have it, and search finds it', () => {
    const names = new LookupSource({});
    const [def] = buildColumnDefs([customer], null, names);
    expect(shown(def!)).not.toBe('Acme BV');
    names.set({ customer: { [iri]: 'Acme BV' } });
    expect(shown(def!)).toBe('Acme BV');
    const text = def!.getQuickFilterText as (params: { value: unknown }) => string;
    expect(text({ value: iri })).toBe('Acme BV');
  });
});
